/**
 * The parts of a completion both forms share: the answer cut by `stop`/`max_tokens` with only the citations whose
 * markers survived the cut, their annotations, and the token usage.
 */
import type { Citation, Lang } from "../schemas.js";
import { toAnnotations } from "./openai-compat-annotations.js";
import { citedNumbers } from "./openai-compat-output-limit.js";
import { countTokens } from "./openai-compat-tokens.js";

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function usageOf(promptTokens: number, content: string): Usage {
  const completion = countTokens(content);
  return { prompt_tokens: promptTokens, completion_tokens: completion, total_tokens: promptTokens + completion };
}

/**
 * The citations the sent text still cites. Markers are numbered densely in order of first use, so a cut answer
 * keeps citations 1..m and needs no renumbering.
 */
export function keepCited(citations: readonly Citation[], content: string): Citation[] {
  const cited = citedNumbers(content);
  return citations.filter((c) => cited.has(c.n));
}

export interface FinishedCompletion {
  content: string;
  citations: Citation[];
  lang: Lang;
  requestUrl: string;
}

/** The fields of the final message (or last delta) that carry the citations. */
export function citationFields({ content, citations, lang, requestUrl }: FinishedCompletion) {
  return { annotations: toAnnotations(content, citations, lang, requestUrl) };
}
