/** The answer step on Node: the configured model (or none) with prompts read from prompts/, for the server and CLI. */
import { readFile } from "node:fs/promises";
import type { LogRecord } from "../app-types.js";
import type { Config } from "../config.js";
import { createChatModel } from "../providers/llm.js";
import { createLlmEngineHooks } from "../providers/llm-deps.js";

const PROMPTS_DIR = new URL("../../prompts/", import.meta.url);

export async function createNodeLlmHooks(config: Config, log: (record: LogRecord) => void) {
  const prompts = {
    answer: await readFile(new URL("answer.md", PROMPTS_DIR), "utf8"),
    condense: await readFile(new URL("condense.md", PROMPTS_DIR), "utf8"),
  };
  return createLlmEngineHooks({ choice: createChatModel(config), prompts, timeoutMs: config.LLM_TIMEOUT_MS, log });
}
