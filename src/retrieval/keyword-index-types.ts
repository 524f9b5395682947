/**
 * The keyword index's data shapes, in a module of their own so the index (which builds through the builder) and
 * the builder (which copies passages out of an index) both depend on this instead of on each other.
 */

export interface KeywordHit {
  index: number;
  score: number;
}

/** The portable (JSON) form, as bundled into the Worker. */
export interface KeywordIndexData {
  terms: string[];
  /** Per term, the passage indexes that contain it (ascending) and the term's weighted frequency there. */
  docs: number[][];
  freqs: number[][];
  lengths: number[];
}

/**
 * The flat form, as persisted in a Node build folder. Frequencies and lengths are stored in hundredths: BM25 reads
 * them rounded to two decimals, and an integer n / 100 is exactly the double Math.round(x * 100) / 100 gave.
 */
export interface KeywordPostings {
  terms: string[];
  /** Term t's postings are docs[offsets[t] .. offsets[t + 1]), ascending. */
  offsets: Int32Array;
  docs: Int32Array;
  /** Uint16Array when every frequency fits (as the build folder stores them), Uint32Array otherwise. */
  freqs100: Uint32Array | Uint16Array;
  lengths100: Uint32Array;
}

/**
 * The flat form as a large build loads it: each frequency a one-byte code into `freqTable` (frequencies in
 * hundredths), when the build holds at most 256 distinct frequencies (a generated million passages hold 25). 137 MB
 * less than two bytes a posting at a million passages; the same numbers.
 */
export interface CodedKeywordPostings extends Omit<KeywordPostings, "freqs100"> {
  freqCodes: Uint8Array;
  freqTable: Uint32Array;
}

/** The plain flat form of either (a copy of the frequencies when they are coded). */
export function plainPostings(postings: KeywordPostings | CodedKeywordPostings): KeywordPostings {
  if (!("freqCodes" in postings)) return postings;
  const { freqCodes, freqTable, ...rest } = postings;
  const wide = freqTable.some((f) => f > 0xffff);
  const freqs100 = wide ? new Uint32Array(freqCodes.length) : new Uint16Array(freqCodes.length);
  for (let j = 0; j < freqCodes.length; j++) freqs100[j] = freqTable[freqCodes[j]!]!;
  return { ...rest, freqs100 };
}

/** Anything a builder can copy passages from: a KeywordIndex, or postings read from a build folder. */
export interface PostingsSource {
  toPostings(): KeywordPostings;
}
