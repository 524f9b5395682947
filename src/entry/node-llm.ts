/**
 * The answer step on Node: the configured model (or none) with prompts read from prompts/, for the server and CLI.
 * Without a model nothing of the LLM path is imported: LangChain's message classes alone cost ~0.4 s of start-up.
 */
import { readFile } from "node:fs/promises";
import type { LogRecord } from "../app-types.js";
import type { Config } from "../config.js";
import type { LlmEngineHooks } from "../providers/llm-deps.js";
import { createChatModel } from "../providers/llm.js";

const PROMPTS_DIR = new URL("../../prompts/", import.meta.url);

export async function createNodeLlmHooks(config: Config, log: (record: LogRecord) => void): Promise<LlmEngineHooks> {
  const choice = createChatModel(config);
  if (!choice) return { llm: "none" };
  const prompts = {
    answer: await readFile(new URL("answer.md", PROMPTS_DIR), "utf8"),
    condense: await readFile(new URL("condense.md", PROMPTS_DIR), "utf8"),
  };
  const { createLlmEngineHooks } = await import("../providers/llm-deps.js");
  return createLlmEngineHooks({ choice, prompts, timeoutMs: config.LLM_TIMEOUT_MS, log });
}
