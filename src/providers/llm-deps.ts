/**
 * The engine hooks for a configured model: an LLM answerer and an LLM follow-up rewriter, each falling back to the
 * built-in one. The same on Node and on Workers; each entry builds the model and reads the prompts its own way.
 */
import type { LogRecord } from "../app-types.js";
import type { EngineInput } from "../engine.js";
import { createLlmGenerator } from "../answer/llm-generator.js";
import { validatePromptSet, type PromptSet } from "../answer/prompts.js";
import { createLlmCondenser } from "../chat/llm-condenser.js";
import type { ChatModelChoice } from "./llm.js";

export interface LlmEngineHooks extends Pick<EngineInput, "createGenerator" | "createCondenser"> {
  /** What /healthz reports as `llm`: "none", or provider and model. */
  llm: string;
}

export interface LlmEngineHooksOptions {
  /** From createChatModel; null means extractive answers. */
  choice: ChatModelChoice | null;
  prompts: PromptSet;
  /** LLM_TIMEOUT_MS. */
  timeoutMs: number;
  log?: (record: LogRecord) => void;
}

/**
 * The rewrite runs before retrieval, so a slow model must not hold the whole answer up: it gets a third of the
 * answer's budget (at least a second), then the rule rewrite takes over.
 */
export function condenseTimeout(timeoutMs: number): number {
  return Math.max(1000, Math.round(timeoutMs / 3));
}

export function createLlmEngineHooks(options: LlmEngineHooksOptions): LlmEngineHooks {
  const { choice, prompts, timeoutMs, log } = options;
  if (!choice) return { llm: "none" };
  validatePromptSet(prompts);
  return {
    llm: choice.id,
    createGenerator: (extractive) =>
      createLlmGenerator({
        model: choice.model,
        template: prompts.answer,
        extractive,
        timeoutMs,
        expectsFinishReason: choice.expectsFinishReason,
        name: choice.id,
        log,
      }),
    createCondenser: (rules) =>
      createLlmCondenser({ model: choice.model, template: prompts.condense, rules, timeoutMs: condenseTimeout(timeoutMs), log }),
  };
}
