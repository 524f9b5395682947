/**
 * Follow-up rewriting with a model: "那它的市长说了什么?" after a question about Shenzhen becomes a standalone
 * question naming Shenzhen, in the follow-up's own language. The rule condenser always runs too: its carried-over
 * cities back up the rewrite, and its question replaces a rewrite that fails, times out or drifts into the other
 * language.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { LogRecord } from "../app-types.js";
import { classifyModelError, timeoutFailure } from "../answer/model-failure.js";
import { escapeText, formatHistory, languageName, renderCondensePrompt } from "../answer/prompts.js";
import { detectLanguage } from "../corpus/language.js";
import { MAX_QUESTION_CHARS } from "../schemas.js";
import type { Condenser } from "./condense.js";

export interface LlmCondenserOptions {
  model: Pick<BaseChatModel, "invoke">;
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
      const timeout = AbortSignal.timeout(options.timeoutMs);
      try {
        const reply = await options.model.invoke([new SystemMessage(prompt.system), new HumanMessage(prompt.user)], {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const rewritten = cleanRewrite(reply.text);
        if (!rewritten || detectLanguage(rewritten, lang) !== lang) {
          options.log?.({ level: "warn", msg: "llm condense unusable; using the rule rewrite" });
          return ruled;
        }
        return { question: rewritten, contextCities: ruled.contextCities };
      } catch (err) {
        const failure = timeout.aborted ? timeoutFailure(options.timeoutMs) : classifyModelError(err);
        options.log?.({ level: "warn", msg: "llm condense failed; using the rule rewrite", failure: failure.kind, reason: failure.reason });
        return ruled;
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
