/**
 * Checks an answer's citations before it goes out: markers that point outside the sources are removed (with a
 * warning), the rest are renumbered densely in order of first use, and every figure in a sentence must appear in a
 * passage that sentence cites (in either language, after normalisation: 133万 = 1.33 million).
 */
import type { Citation } from "../schemas.js";
import { findUnsupportedNumbers } from "./numbers.js";
import { ANSWER_SENTENCE, MARKER_LIST_SPLIT, SPACE_BEFORE_PUNCT_RE, markerGroupRe } from "../text/punctuation.js";

export interface CheckedAnswer {
  answer: string;
  citations: Citation[];
  warnings: string[];
  unsupportedNumbers: string[];
}

/** [1], [1, 2], [1，2], [1][2], 【1】, [^1]: every way models write a numbered citation (src/text/punctuation.ts). */
const MARKER_GROUP = markerGroupRe();
const SENTENCE = ANSWER_SENTENCE;

export interface CheckOptions {
  /**
   * Check the figures of sentences that cite nothing against all sources (default). Off for text the service wrote
   * itself from its catalogue (refusals, "about" answers, greetings): their uncited figures are counts of the
   * catalogue ("covers 6 cities"), not claims about a passage.
   */
  checkUncited?: boolean;
}

export function checkCitations(rawAnswer: string, sources: Citation[], options: CheckOptions = {}): CheckedAnswer {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const renumber = new Map<number, number>();
  const invalid = new Set<number>();
  const answer = rawAnswer
    .replace(MARKER_GROUP, (_whole, list: string) => {
      const kept: number[] = [];
      for (const raw of list.split(MARKER_LIST_SPLIT).filter(Boolean)) {
        const n = Number(raw);
        if (!byN.has(n)) {
          invalid.add(n);
          continue;
        }
        if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
        const m = renumber.get(n)!;
        if (!kept.includes(m)) kept.push(m);
      }
      return kept.map((m) => `[${m}]`).join("");
    })
    .replace(SPACE_BEFORE_PUNCT_RE, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();

  const citations: Citation[] = [...renumber.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([oldN, newN]) => ({ ...byN.get(oldN)!, n: newN }));
  const warnings: string[] = [];
  if (invalid.size) {
    warnings.push(`Removed citation markers that point to no source: ${[...invalid].map((n) => `[${n}]`).join(", ")}`);
  }
  const unsupportedNumbers = unsupportedFigures(answer, citations, options.checkUncited ?? true);
  if (unsupportedNumbers.length) {
    warnings.push(`Figures not found in the cited sources: ${unsupportedNumbers.join(", ")}`);
  }
  return { answer, citations, warnings, unsupportedNumbers };
}

/** Each sentence's figures against the passages it cites; a sentence without markers against all citations. */
function unsupportedFigures(answer: string, citations: Citation[], checkUncited: boolean): string[] {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const all = citations.flatMap(texts);
  const out: string[] = [];
  for (const sentence of citedSentences(answer)) {
    const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => byN.get(Number(m[1]))).filter(Boolean) as Citation[];
    if (!cited.length && !checkUncited) continue;
    const sourceTexts = cited.length ? cited.flatMap(texts) : all;
    for (const raw of findUnsupportedNumbers(sentence, sourceTexts)) if (!out.includes(raw)) out.push(raw);
  }
  return out;
}

/** Sentences with their markers; "… stations. [1] Next …" gives the [1] to the sentence before it. */
export function citedSentences(answer: string): string[] {
  const sentences = answer.match(SENTENCE) ?? [];
  for (let i = 1; i < sentences.length; i++) {
    const lead = /^\s*((?:\[\d+\])+)/.exec(sentences[i]!);
    if (lead) {
      sentences[i - 1] = `${sentences[i - 1]}${lead[1]}`;
      sentences[i] = sentences[i]!.slice(lead[0].length);
    }
  }
  return sentences.filter((s) => s.trim());
}

const texts = (c: Citation): string[] => [c.zh, c.en].filter((t): t is string => Boolean(t));
