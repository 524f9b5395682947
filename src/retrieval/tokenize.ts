/**
 * Turns text in Chinese, English or both into weighted terms, the common currency of the keyword index, the local
 * embedder and query coverage. Chinese has no spaces, so Han text is cut at function words and read as character
 * bigrams (plus single characters at low weight); English is split into stemmed words. Terms carry a prefix so the
 * two languages never collide: "e:" English stem, "z:" Han bigram, "u:" Han character, "n:" number.
 */
import { fnv1a } from "../util/hash.js";
import { stem } from "./stem.js";
import { EN_STOPWORDS, ZH_STOP_CHARS, ZH_STOP_PHRASES } from "./stopwords.js";

/** Bumped with any change to how text is cut into terms (part of the analyzer fingerprint). */
export const TOKENIZER_VERSION = "tok-1";

export interface Term {
  term: string;
  weight: number;
}

/**
 * A term handed out by the analysis caches, shared by every text it occurs in: it remembers its string's FNV-1a
 * hash (a private field: not a property, so a shared term serialises and compares like any `{ term, weight }`).
 */
export class SharedTerm implements Term {
  #hash = -1;
  #number = -1;

  constructor(
    readonly term: string,
    readonly weight: number,
  ) {}

  /** fnv1a(t.term), computed once per shared term. */
  static hashOf(t: Term): number {
    if (!(t instanceof SharedTerm)) return fnv1a(t.term);
    if (t.#hash < 0) t.#hash = fnv1a(t.term);
    return t.#hash;
  }

  /**
   * termNumber(t.term), looked up once per shared term: an ingest's keyword builder and embedder index arrays by
   * it instead of looking the string up in a map at every occurrence.
   */
  static numberOf(t: Term): number {
    if (!(t instanceof SharedTerm)) return termNumber(t.term);
    if (t.#number < 0) t.#number = termNumber(t.term);
    return t.#number;
  }
}

/**
 * Term strings numbered 0, 1, 2… in order of first request, for this thread's lifetime: equal strings get the same
 * number whichever term object carries them (the caches below are dropped and refilled, making new objects).
 * Only builders ask (an ingest or a reindex), so it holds the vocabulary of the corpora built, not every question's.
 */
const termNumbers = new Map<string, number>();
const numberedTerms: string[] = [];

export function termNumber(term: string): number {
  let n = termNumbers.get(term);
  if (n === undefined) {
    termNumbers.set(term, (n = numberedTerms.length));
    numberedTerms.push(term);
  }
  return n;
}

/** The term strings numbered from `start` on, in number order (what a thread has not yet told the build). */
export function termsNumberedFrom(start: number): string[] {
  return numberedTerms.slice(start);
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
 * Memoised pieces of analysis. A corpus repeats the same words and Han pieces endlessly, so each distinct English
 * word's term and each distinct Han piece's terms are worked out once; reusing the same term objects (and their
 * strings) also lets the maps downstream (BM25 postings, embedding features) hash each string once, and spares an
 * ingest millions of short-lived objects. Terms handed out are shared: callers read them and never change them.
 * Bounded: a cache that grows past its limit is dropped and refilled, so memory stays flat however large the
 * corpus is.
 */
const CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();
const wordCache = new Map<string, Term | null>();
const hanCache = new Map<string, Term[]>();
const numberCache = new Map<string, Term>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** `stem`, memoised: the same result, computed once per distinct word. */
export function cachedStem(word: string): string {
  return stemCache.get(word) ?? remember(stemCache, word, stem(word));
}

/** The English term of a raw word, or null for a stopword or a single letter. */
function englishTerm(raw: string): Term | null {
  const cached = wordCache.get(raw);
  if (cached !== undefined) return cached;
  const word = raw.toLowerCase().replace(/['’]s$/, "").replace(/['’-]/g, "");
  return remember(wordCache, raw, word.length > 1 && !EN_STOPWORDS.has(word) ? new SharedTerm(`e:${cachedStem(word)}`, 1) : null);
}

const HAN_CHAR_WEIGHT = 0.3;
const HAN_BIGRAM_WEIGHT = 1;
const NUMBER_WEIGHT = 0.7;

/** The terms of a run of Han text, in order: each character ("u:", weight 0.3) then its bigram ("z:", weight 1). */
function hanTerms(run: string): Term[] {
  const cached = hanCache.get(run);
  if (cached) return cached;
  const terms: Term[] = [];
  for (const piece of hanPieces(run)) {
    const chars = Array.from(piece);
    for (let i = 0; i < chars.length; i++) {
      terms.push(new SharedTerm(`u:${chars[i]}`, HAN_CHAR_WEIGHT));
      if (i + 1 < chars.length) terms.push(new SharedTerm(`z:${chars[i]}${chars[i + 1]}`, HAN_BIGRAM_WEIGHT));
    }
  }
  return remember(hanCache, run, terms);
}

function numberTerm(raw: string): Term {
  return numberCache.get(raw) ?? remember(numberCache, raw, new SharedTerm(`n:${normalizeNumber(raw)}`, NUMBER_WEIGHT));
}

/**
 * The weighted terms of a text. A term repeated in the text appears once per occurrence, so term frequency is the count.
 * The array is the caller's; the terms in it are shared (see above) and must not be changed.
 */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
    if (m[1]) {
      const terms = hanTerms(m[1]);
      for (let i = 0; i < terms.length; i++) out.push(terms[i]!);
    } else if (m[2]) {
      const term = englishTerm(m[2]);
      if (term !== null) out.push(term);
    } else if (m[3]) {
      out.push(numberTerm(m[3]));
    }
  }
  return out;
}
