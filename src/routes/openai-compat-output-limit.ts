/**
 * `stop` and `max_tokens` applied to an answer that may arrive in pieces (a stream) or whole (the same code path
 * with one piece): text is let through until a stop sequence appears (cut before it, finish "stop") or the token
 * budget is spent (cut at the budget, finish "length"). What might be the start of a stop sequence, or a citation
 * marker still open ("[1"), is held back until the next piece decides it, so a cut never leaves half a marker.
 */
import { countTokens, takeTokens } from "./openai-compat-tokens.js";

export type FinishReason = "stop" | "length";

export interface OutputLimits {
  maxTokens?: number;
  stop?: readonly string[];
}

export interface LimitedPiece {
  /** Text that may be sent now. */
  text: string;
  /** Set once the output is finished: nothing more will be let through. */
  finish: FinishReason | null;
}

const OPEN_MARKER_AT_END = /[\[【]\^?[\d\s,,、]*$/u;

export class OutputLimiter {
  private pending = "";
  private sent = "";
  private finished: FinishReason | null = null;

  constructor(private readonly limits: OutputLimits) {}

  /** Everything let through so far. */
  get text(): string {
    return this.sent;
  }

  push(piece: string): LimitedPiece {
    if (this.finished) return { text: "", finish: this.finished };
    this.pending += piece;
    const stopAt = this.firstStop();
    if (stopAt >= 0) return this.release(this.pending.slice(0, stopAt), "stop");
    const held = Math.max(this.stopPrefixAtEnd(), OPEN_MARKER_AT_END.exec(this.pending)?.[0].length ?? 0);
    return this.release(this.pending.slice(0, this.pending.length - held), null);
  }

  /** The answer is complete: let the rest through (finish "stop" unless the budget cuts it). */
  end(): { text: string; finish: FinishReason } {
    if (this.finished) return { text: "", finish: this.finished };
    const { text } = this.release(this.pending, "stop");
    return { text, finish: this.finished ?? "stop" };
  }

  private release(candidate: string, finish: FinishReason | null): LimitedPiece {
    this.pending = this.pending.slice(candidate.length);
    let text = candidate;
    const max = this.limits.maxTokens;
    if (max !== undefined && countTokens(this.sent + candidate) > max) {
      const cut = takeTokens(this.sent + candidate, max);
      text = cut.startsWith(this.sent) ? cut.slice(this.sent.length) : "";
      finish = "length";
    }
    if (finish) {
      // A cut may end inside a citation marker; the marker goes, so no citation is half-promised.
      text = text.replace(OPEN_MARKER_AT_END, "");
      this.finished = finish;
      this.pending = "";
    }
    this.sent += text;
    return { text, finish };
  }

  private firstStop(): number {
    let first = -1;
    for (const stop of this.limits.stop ?? []) {
      const at = this.pending.indexOf(stop);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  /** Length of the longest end of the pending text that could begin a stop sequence. */
  private stopPrefixAtEnd(): number {
    let longest = 0;
    for (const stop of this.limits.stop ?? []) {
      for (let len = Math.min(stop.length - 1, this.pending.length); len > longest; len--) {
        if (this.pending.endsWith(stop.slice(0, len))) {
          longest = len;
          break;
        }
      }
    }
    return longest;
  }
}

/** The citation numbers whose markers appear in a text. */
export function citedNumbers(text: string): Set<number> {
  return new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
}
