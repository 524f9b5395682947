/**
 * Follow-up rewriting with a model: "那它的市长说了什么?" after a question about Shenzhen becomes a standalone
 * question naming Shenzhen, in the follow-up's own language. The rule condenser always runs too: its carried-over
 * cities back up the rewrite, and its question replaces a rewrite that fails, times out or drifts into the other
 * language.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { LogRecord } from "../app-types.js";
import { CANCELLED, EMPTY, classifyModelError, timeoutFailure, type ModelFailure } from "../answer/model-failure.js";
import { escapeText, formatHistory, languageName, renderCondensePrompt } from "../answer/prompts.js";
import { detectLanguage } from "../corpus/language.js";
import { createDeadline } from "../util/deadline.js";
import { MAX_QUESTION_CHARS } from "../schemas.js";
import type { Condenser } from "./condense.js";

export interface LlmCondenserOptions {
  /**
   * Read through stream(), not invoke(): ChatOpenAI's invoke() on a streaming model estimates token usage with
   * tiktoken, which downloads its ranks on first use and hangs, beyond any abort signal, on a machine offline.
   */
  model: Pick<BaseChatModel, "stream">;
  /** Text of prompts/condense.md. */
  template: string;
  rules: Condenser;
  /** The rewrite is a short step before retrieval; past this the rule rewrite is used. */
  timeoutMs: number;
  log?: (record: LogRecord) => void;
}

export function createLlmCondenser(options: LlmCondenserOptions): Condenser {
  return {
    async condense(question, history, signal) {
      const ruled = await options.rules.condense(question, history, signal);
      if (!history.some((t) => t.role === "user")) return ruled;
      const lang = detectLanguage(question, detectLanguage(history.map((t) => t.content).join(" ")));
      const prompt = renderCondensePrompt(options.template, {
        language: languageName(lang),
        history: formatHistory(history),
        question: escapeText(question),
      });
      const deadline = createDeadline(options.timeoutMs, signal);
      const combined = deadline.signal;
      const fallBack = (failure: ModelFailure) => {
        options.log?.({ level: "warn", msg: "llm condense fell back to the rule rewrite", failure: failure.kind, reason: failure.reason });
        return ruled;
      };
      const aborted = () => (deadline.expired ? timeoutFailure(options.timeoutMs) : CANCELLED);
      try {
        let reply = "";
        const stream = await options.model.stream([new SystemMessage(prompt.system), new HumanMessage(prompt.user)], { signal: combined });
        for await (const chunk of stream) reply += chunk.text;
        if (combined.aborted) return fallBack(aborted());
        const rewritten = cleanRewrite(reply);
        if (!rewritten) return fallBack(EMPTY);
        if (detectLanguage(rewritten, lang) !== lang) {
          return fallBack({ kind: "malformed", retryable: false, reason: "the rewrite was in the other language" });
        }
        return { question: rewritten, contextCities: ruled.contextCities };
      } catch (err) {
        return fallBack(combined.aborted ? aborted() : classifyModelError(err));
      } finally {
        deadline.clear();
      }
    },
  };
}

/** The question alone: no reasoning block, no "Standalone question:" label, no wrapping quotes, one line. */
export function cleanRewrite(raw: string): string {
  const text = raw
    .replace(/<think>[\s\S]*?<\/think>/gi, "")
    .split("\n")
    .map((l) => l.trim())
    .find(Boolean);
  if (!text) return "";
  const unlabelled = text.replace(/^(standalone question|question|rewritten question|独立问题|问题)\s*[::]\s*/i, "");
  const unquoted = unlabelled.replace(/^["“”'‘’「」]+|["“”'‘’「」]+$/gu, "").trim();
  return unquoted.length <= MAX_QUESTION_CHARS ? unquoted : "";
}
