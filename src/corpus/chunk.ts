/**
 * Splits a paragraph pair that is too long to be one passage (a 250 KB line would make every answer citing it
 * hundreds of KB) into pieces at sentence boundaries. Both languages are cut into the same number of pieces at
 * proportional positions, so piece i of the Chinese still sits beside piece i of its translation.
 *
 * The limits, from the evaluation (npm run eval, facts over 68 questions): pieces of at most 120/300 (zh/en
 * characters) give 84.5%, 200/600 give 96.6%, 400/1,200 give 98.3%, the figure with no cut at all: the seed's
 * longest paragraphs are 233 and 1,028 characters, and a cut loses the context a figure needs. A piece of at most
 * 400 Chinese + 1,200 English characters is at most ~2.6 KB of JSON; an extractive answer cites a few passages, so
 * its body stays far under 20 KB (tests/integration/documents.test.ts, k = 10). A model citing all ten of ten
 * maximal pieces could pass 20 KB: a tighter bound would cost facts on the evaluation (see above).
 */
import { splitSentences } from "../answer/sentences.js";
import type { Aligned } from "./align.js";

export const MAX_PASSAGE_CHARS = { zh: 400, en: 1200 } as const;

/** A sentence over the limit (no punctuation for pages) is cut at the last space before it, or hard in Chinese. */
function cutLong(sentence: string, limit: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(" ", limit);
    const at = space > limit / 2 ? space : limit;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

const sentencesOf = (text: string, lang: "zh" | "en", limit: number) => splitSentences(text, lang).flatMap((s) => cutLong(s, limit));

/**
 * Sentences grouped into `pieces` runs (a run may be empty in short text). When both languages have as many
 * sentences, sentence i goes with sentence i (a translation keeps its sentences); otherwise each sentence goes to the
 * piece its middle falls in by length, so the cuts land near the same share of both texts.
 */
function group(sentences: string[], lang: "zh" | "en", pieces: number, byCount: boolean): (string | null)[] {
  const total = sentences.reduce((n, s) => n + s.length, 0) || 1;
  const groups: string[][] = Array.from({ length: pieces }, () => []);
  let before = 0;
  sentences.forEach((s, i) => {
    const share = byCount ? (i + 0.5) / sentences.length : (before + s.length / 2) / total;
    groups[Math.min(pieces - 1, Math.floor(share * pieces))]!.push(s);
    before += s.length;
  });
  return groups.map((g) => (g.length ? g.join(lang === "en" ? " " : "") : null));
}

export function chunkPair(pair: Aligned, limits: { zh: number; en: number } = MAX_PASSAGE_CHARS): Aligned[] {
  const zhLen = pair.zh?.length ?? 0;
  const enLen = pair.en?.length ?? 0;
  if (zhLen <= limits.zh && enLen <= limits.en) return [pair];
  // Aim a little under the limit: sentences do not fall exactly where the even shares end.
  const pieces = Math.max(Math.ceil(zhLen / (limits.zh * 0.8)), Math.ceil(enLen / (limits.en * 0.8)));
  const zhSentences = pair.zh ? sentencesOf(pair.zh, "zh", limits.zh) : [];
  const enSentences = pair.en ? sentencesOf(pair.en, "en", limits.en) : [];
  const byCount = zhSentences.length === enSentences.length;
  const zh = group(zhSentences, "zh", pieces, byCount);
  const en = group(enSentences, "en", pieces, byCount);
  const out: Aligned[] = [];
  for (let i = 0; i < pieces; i++) {
    const piece = { zh: zh[i] ?? null, en: en[i] ?? null };
    if (piece.zh !== null || piece.en !== null) out.push(piece);
  }
  return out;
}
