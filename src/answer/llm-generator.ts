/**
 * The LLM answerer: streams a model's answer over the numbered sources, token by token as it arrives, and falls
 * back to the extractive answerer whenever the model cannot give a usable answer (error, timeout, empty output,
 * a stream that breaks off), so a user always gets an answer and a warning saying why it is extractive.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LogRecord } from "../app-types.js";
import type { AnswerGenerator, AnswerInput, GeneratedAnswer, GenerateOptions } from "./generator.js";
import { buildAnswerMessages } from "./answer-messages.js";
import { createThinkFilter } from "./think-filter.js";
import { createDeadline } from "../util/deadline.js";
import { createPromptLeakDetector } from "../util/prompt-leak.js";
import {
  CANCELLED,
  EMPTY,
  classifyModelError,
  cutFailure,
  timeoutFailure,
  type ModelFailure,
} from "./model-failure.js";

export interface LlmGeneratorOptions {
  model: Pick<BaseChatModel, "stream">;
  /** Text of prompts/answer.md. */
  template: string;
  /** The answerer to fall back to. */
  extractive: AnswerGenerator;
  /** The whole answer, retries included, must finish within this. */
  timeoutMs: number;
  /** Extra attempts after a retryable failure before the first token; default 2. */
  retries?: number;
  /** First backoff delay, doubled on each retry; default 250 ms. */
  backoffMs?: number;
  /**
   * The provider always ends a complete stream with a finish reason (OpenAI-compatible servers do), so a stream
   * that ends without one was cut off even though the connection closed cleanly.
   */
  expectsFinishReason?: boolean;
  /** Names the answerer in logs, e.g. "openai:qwen-plus". */
  name?: string;
  log?: (record: LogRecord) => void;
}

export function createLlmGenerator(options: LlmGeneratorOptions): AnswerGenerator {
  // An answer that repeats the instructions (a model talked into printing its prompt) is no answer.
  const leaksPrompt = createPromptLeakDetector([options.template]);
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 250;

  /** Streams one answer into `onPiece`; returns the failure, or null when the answer is complete. */
  async function streamAnswer(input: AnswerInput, signal: AbortSignal, isCancelled: () => boolean, onPiece: (piece: string) => void): Promise<ModelFailure | null> {
    const deadline = performance.now() + options.timeoutMs;
    const messages = buildAnswerMessages(options.template, input);
    const aborted = () => (isCancelled() ? CANCELLED : timeoutFailure(options.timeoutMs));
    let sent = false;
    for (let attempt = 0; ; attempt++) {
      try {
        let finished = false;
        const think = createThinkFilter();
        const stream = await options.model.stream(messages, { signal });
        for await (const chunk of stream) {
          if (chunk.response_metadata?.finish_reason != null || chunk.response_metadata?.stop_reason != null) finished = true;
          const piece = think.push(chunk.text);
          if (!piece) continue;
          sent = true;
          onPiece(piece);
        }
        if (signal.aborted) return aborted();
        const held = think.flush();
        if (held) {
          sent = true;
          onPiece(held);
        }
        if (options.expectsFinishReason && !finished) {
          return sent ? cutFailure({ kind: "other", retryable: false, reason: "it ended without a finish reason" }) : EMPTY;
        }
        return null;
      } catch (err) {
        if (signal.aborted) return aborted();
        const failure = classifyModelError(err);
        if (sent) return cutFailure(failure);
        const delay = backoffMs * 2 ** attempt;
        // A retry needs time to answer too (here: at least as long as its backoff); one that cannot finish before
        // the deadline would only turn a precise reason into "timeout".
        if (!failure.retryable || attempt >= retries || performance.now() + 2 * delay >= deadline) return failure;
        await sleep(delay, signal);
        if (signal.aborted) return aborted();
      }
    }
  }

  return {
    name: options.name ?? "llm",
    async generate(input: AnswerInput, generateOptions: GenerateOptions = {}): Promise<GeneratedAnswer> {
      const { onToken, signal: clientSignal } = generateOptions;
      const deadline = createDeadline(options.timeoutMs, clientSignal);
      let text = "";
      const failure = await streamAnswer(input, deadline.signal, () => clientSignal?.aborted === true, (piece) => {
        text += piece;
        // Straight out, no buffering: the first token reaches the client as soon as the model sends it.
        onToken?.(piece);
      }).finally(() => deadline.clear());
      const leaked: ModelFailure = { kind: "malformed", retryable: false, reason: "it repeated its instructions" };
      const problem = failure ?? (!text.trim() ? EMPTY : leaksPrompt(text) ? leaked : null);
      if (!problem) return { text, mode: "llm", warnings: [] };

      options.log?.({ level: "warn", msg: "llm answer fell back to extractive", generator: options.name ?? "llm", failure: problem.kind, reason: problem.reason });
      // Tokens already shown are replaced by the `done` answer; streaming the extractive text after them would
      // only garble the view, so it streams only when nothing went out yet.
      const fallback = await options.extractive.generate(input, { signal: clientSignal, onToken: text ? undefined : onToken });
      const warning = `The language model could not answer (${problem.reason}); this answer is extracted from the sources.`;
      return { ...fallback, warnings: [warning, ...fallback.warnings] };
    },
  };
}

/** Waits, or stops waiting as soon as the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
