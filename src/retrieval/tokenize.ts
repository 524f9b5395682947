/**
 * Turns text in Chinese, English or both into weighted terms, the common currency of the keyword index, the local
 * embedder and query coverage. Chinese has no spaces, so Han text is cut at function words and read as character
 * bigrams (plus single characters at low weight); English is split into stemmed words. Terms carry a prefix so the
 * two languages never collide: "e:" English stem, "z:" Han bigram, "u:" Han character, "n:" number.
 */
import { stem } from "./stem.js";
import { EN_STOPWORDS, ZH_STOP_CHARS, ZH_STOP_PHRASES } from "./stopwords.js";

export interface Term {
  term: string;
  weight: number;
}

const PIECE = /(\p{Script=Han}+)|([A-Za-z][A-Za-z'’-]*)|(\d+(?:[.,]\d+)*)/gu;
const ZH_STOP_RE = new RegExp(ZH_STOP_PHRASES.join("|"), "gu");

/** Han runs split at function words: "深圳的超充站有多少座" -> ["深圳", "超充站有", "座"]... then stop chars. */
export function hanPieces(run: string): string[] {
  const pieces: string[] = [];
  for (const part of run.replace(ZH_STOP_RE, " ").split(" ")) {
    let current = "";
    for (const ch of part) {
      if (ZH_STOP_CHARS.has(ch)) {
        if (current) pieces.push(current);
        current = "";
      } else current += ch;
    }
    if (current) pieces.push(current);
  }
  return pieces;
}

export function normalizeNumber(raw: string): string {
  return raw.replace(/,/g, "").replace(/^0+(?=\d)/, "");
}

/** English words (lowercased) in order, stopwords included, for phrase matching. */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []);
}

/**
 * The weighted terms of a text. A term repeated in the text appears once per occurrence, so term frequency is the count.
 */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(PIECE)) {
    if (m[1]) {
      for (const piece of hanPieces(m[1])) {
        const chars = Array.from(piece);
        for (let i = 0; i < chars.length; i++) {
          out.push({ term: `u:${chars[i]}`, weight: 0.3 });
          if (i + 1 < chars.length) out.push({ term: `z:${chars[i]}${chars[i + 1]}`, weight: 1 });
        }
      }
    } else if (m[2]) {
      const word = m[2].toLowerCase().replace(/['’]s$/, "").replace(/['’-]/g, "");
      if (word.length > 1 && !EN_STOPWORDS.has(word)) out.push({ term: `e:${stem(word)}`, weight: 1 });
    } else if (m[3]) {
      out.push({ term: `n:${normalizeNumber(m[3])}`, weight: 0.7 });
    }
  }
  return out;
}
