/** Emits a finished text as a stream of small pieces, so extractive answers paint progressively like model output. */
import type { GenerateOptions } from "./generator.js";

const PIECE = /[\p{Script=Han}]{1,4}|\s*[^\s\p{Script=Han}]+\s*/gu;

export async function streamText(text: string, options: GenerateOptions): Promise<void> {
  if (!options.onToken) return;
  for (const m of text.matchAll(PIECE)) {
    if (options.signal?.aborted) return;
    options.onToken(m[0]);
  }
}
