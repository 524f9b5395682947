/**
 * The question log: every answered question goes to the store (question, language, answerable, mode, timings;
 * never the client's IP), so the team can see what readers ask. A database failure is logged and swallowed:
 * it must never fail or delay the reader's answer beyond the write itself.
 */
import type { LogRecord } from "../app-types.js";
import type { ChatAnswer, ChatRequest } from "../schemas.js";
import type { FeedbackStore } from "./feedback-store.js";

export function logAnsweredQuestion(
  store: FeedbackStore,
  log: (record: LogRecord) => void = (r) => console.error(JSON.stringify(r)),
): (request: ChatRequest, answer: ChatAnswer) => Promise<void> {
  return async (request, answer) => {
    try {
      await store.logQuestion({
        question: request.question,
        lang: answer.lang,
        answerable: answer.answerable,
        mode: answer.mode,
        timings: answer.timings,
      });
    } catch (err) {
      log({ level: "error", msg: "question log failed", error: err instanceof Error ? err.message : String(err) });
    }
  };
}
