/**
 * The rows the D1 corpus holds, made from a Node build (src/store): the same passages and the same analyzed terms
 * the Node BM25 index holds, turned from per-term postings into per-passage term lists. A passage's hash covers
 * its text and its terms, so a glossary or analyzer change rewrites the passages whose terms it changes.
 */
import type { KeywordPostings } from "../retrieval/keyword-index.js";
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";

export interface PassageRow {
  /** The passage's number in the build (its position in corpus order). */
  index: number;
  id: string;
  body: string;
  cityEn: string | null;
  cityZh: string | null;
  /** Length in hundredths, as the Node index stores it. */
  len100: number;
  /** The passage's terms and their weighted frequencies in hundredths. */
  terms: string[];
  freqs100: number[];
  hash: string;
}

export interface CorpusRows {
  rows: PassageRow[];
  /** Sum of the passages' lengths, added in passage order from the rounded values, as the Node index adds them. */
  totalLength: number;
  /** The build's postings, term by term: written in that order, they append to D1's (term, doc) primary key. */
  postings: KeywordPostings;
}

/** Per-passage rows from the build's passages and flat keyword postings (a transposition, linear in postings). */
export function corpusRows(passages: readonly Passage[], postings: KeywordPostings): CorpusRows {
  const { terms, offsets, docs, freqs100, lengths100 } = postings;
  if (lengths100.length !== passages.length) {
    throw new Error(`the build holds ${passages.length} passages but keyword lengths for ${lengths100.length}`);
  }
  // Counting pass, then fill: per passage, its postings in term order.
  const starts = new Int32Array(passages.length + 1);
  for (let j = 0; j < docs.length; j++) starts[docs[j]! + 1]!++;
  for (let i = 0; i < passages.length; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, passages.length);
  const termOf = new Int32Array(docs.length);
  const freqOf = new Uint32Array(docs.length);
  for (let t = 0; t < terms.length; t++) {
    for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
      const at = fill[docs[j]!]!++;
      termOf[at] = t;
      freqOf[at] = freqs100[j]!;
    }
  }
  let totalLength = 0;
  const rows = passages.map((p, i): PassageRow => {
    totalLength += lengths100[i]! / 100;
    // Sorted by term, so the hash does not depend on the build's term numbering (first seen anywhere in the corpus).
    const order: number[] = [];
    for (let j = starts[i]!; j < starts[i + 1]!; j++) order.push(j);
    order.sort((a, b) => (terms[termOf[a]!]! < terms[termOf[b]!]! ? -1 : 1));
    const rowTerms = order.map((j) => terms[termOf[j]!]!);
    const rowFreqs = order.map((j) => freqOf[j]!);
    const body = JSON.stringify(p);
    const len100 = lengths100[i]!;
    const hash = hashString(`${body}\u0001${len100}\u0001${rowTerms.join("\u0002")}\u0001${rowFreqs.join(",")}`);
    return { index: i, id: p.id, body, cityEn: p.city?.en ?? null, cityZh: p.city?.zh ?? null, len100, terms: rowTerms, freqs100: rowFreqs, hash };
  });
  return { rows, totalLength, postings };
}

/** Splits items into chunks whose JSON stays under `maxBytes` (D1 takes a string parameter up to 2 MB). */
export function chunkByJsonSize<T>(items: readonly T[], maxBytes: number, size: (item: T) => number = (x) => JSON.stringify(x).length * 3): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const item of items) {
    const itemBytes = size(item) + 1;
    if (current.length && bytes + itemBytes > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * The postings of the written passages as JSON arrays of [term, doc, f100, len100], one parameter's worth each,
 * term by term as the build holds them (so a full sync appends to the primary key instead of inserting at random);
 * every term written is added to `touched`.
 */
export function* postingChunks(
  corpus: CorpusRows,
  rows: readonly (PassageRow & { doc: number })[],
  touched: Set<string>,
  maxBytes: number,
): Generator<{ text: string; count: number }> {
  const { terms, offsets, docs, freqs100 } = corpus.postings;
  const docOf = new Int32Array(corpus.rows.length).fill(-1);
  for (const r of rows) docOf[r.index] = r.doc;
  let parts: string[] = [];
  let bytes = 0;
  for (let t = 0; t < terms.length; t++) {
    const term = JSON.stringify(terms[t]!);
    for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
      const doc = docOf[docs[j]!]!;
      if (doc < 0) continue;
      touched.add(terms[t]!);
      const part = `[${term},${doc},${freqs100[j]},${corpus.rows[docs[j]!]!.len100}]`;
      if (parts.length && bytes + part.length * 3 > maxBytes) {
        yield { text: `[${parts.join(",")}]`, count: parts.length };
        parts = [];
        bytes = 0;
      }
      parts.push(part);
      bytes += part.length * 3 + 1;
    }
  }
  if (parts.length) yield { text: `[${parts.join(",")}]`, count: parts.length };
}
