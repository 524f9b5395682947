/**
 * Pairs each Chinese paragraph with the English paragraph that translates it, within one city section.
 * The usual order is zh then en, but real files drop a translation or put English first, so pairing is a small
 * dynamic programme over adjacent paragraphs: it pairs as many neighbours as it can, preferring pairs whose
 * lengths and figures agree. Nothing is dropped: an unpaired paragraph stands alone.
 */
import type { Lang } from "../schemas.js";
import { countHan } from "./language.js";

export interface Paragraph {
  text: string;
  lang: Lang;
}

export type Aligned = { zh: string | null; en: string | null };

const DIGITS = /\d+(?:[.,]\d+)*/g;
/** Pairs scoring below this are not translations of each other. */
const MIN_PAIR_SCORE = 0.12;

function digitSet(text: string): Set<string> {
  return new Set((text.match(DIGITS) ?? []).map((d) => d.replace(/,/g, "").replace(/^0+(?=\d)/, "")));
}

/** How likely `en` translates `zh`, in 0..1: length ratio and shared figures. */
export function translationScore(zh: string, en: string): number {
  const zhLen = Math.max(1, countHan(zh) + zh.length * 0.1);
  const ratio = en.length / zhLen;
  // English runs about 2-4 characters per Han character; a log-normal bump around 2.7.
  const lengthScore = Math.exp(-((Math.log(ratio / 2.7) / 0.7) ** 2) / 2);
  const a = digitSet(zh);
  const b = digitSet(en);
  let figureScore = 0.5;
  if (a.size + b.size > 0) {
    let shared = 0;
    for (const d of a) if (b.has(d)) shared++;
    figureScore = shared / Math.max(a.size, b.size);
  }
  return 0.6 * lengthScore + 0.4 * figureScore;
}

export function alignParagraphs(paragraphs: Paragraph[]): Aligned[] {
  const n = paragraphs.length;
  // best[i]: best total from paragraph i on; pairHere[i]: whether i pairs with i+1 in that best.
  const best = new Float64Array(n + 2);
  const pairHere = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]!;
    const a = paragraphs[i]!;
    const b = paragraphs[i + 1];
    if (b && a.lang !== b.lang) {
      const [zh, en] = a.lang === "zh" ? [a.text, b.text] : [b.text, a.text];
      const score = translationScore(zh, en);
      // Each pair earns 1 (pair as many as possible) plus its score (prefer the better pairing when they compete).
      const withPair = score >= MIN_PAIR_SCORE ? 1 + score + best[i + 2]! : -Infinity;
      if (withPair > best[i]!) {
        best[i] = withPair;
        pairHere[i] = 1;
      }
    }
  }
  const out: Aligned[] = [];
  for (let i = 0; i < n; ) {
    const a = paragraphs[i]!;
    if (pairHere[i]) {
      const b = paragraphs[i + 1]!;
      out.push(a.lang === "zh" ? { zh: a.text, en: b.text } : { zh: b.text, en: a.text });
      i += 2;
    } else {
      out.push(a.lang === "zh" ? { zh: a.text, en: null } : { zh: null, en: a.text });
      i += 1;
    }
  }
  return out;
}
