/**
 * Reasoning models served through OpenAI-compatible endpoints (Qwen3, DeepSeek-R1 on Ollama, vLLM, llama.cpp)
 * often open their reply with a <think>…</think> block. It is not the answer: it would be shown to the user and
 * its figures checked as claims. This drops a leading block from a stream, passing everything after it through.
 */

const OPEN = "<think>";
const CLOSE = "</think>";

export interface ThinkFilter {
  /** Takes the next piece; returns the part of it that belongs to the answer. */
  push(piece: string): string;
  /** At the end of the stream: text held back while it could still have been the start of "<think>". */
  flush(): string;
}

export function createThinkFilter(): ThinkFilter {
  let state: "start" | "thinking" | "answer" = "start";
  let held = "";

  return {
    push(piece) {
      if (state === "answer") return piece;
      held += piece;
      if (state === "start") {
        const lead = held.trimStart();
        if (OPEN.startsWith(lead)) return ""; // still could be "<think>"
        if (!lead.startsWith(OPEN)) {
          state = "answer";
          const out = held;
          held = "";
          return out;
        }
        state = "thinking";
      }
      const end = held.indexOf(CLOSE);
      if (end < 0) return "";
      state = "answer";
      const rest = held.slice(end + CLOSE.length).trimStart();
      held = "";
      return rest;
    },
    flush() {
      // An unfinished <think> block holds no answer; a lone "<thi" prefix was ordinary text.
      const out = state === "start" ? held : "";
      held = "";
      return out;
    },
  };
}
