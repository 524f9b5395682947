/**
 * The keyword (BM25) index in a build folder: built once at ingest, loaded at start-up as typed arrays in one read,
 * instead of analyzing every passage again each time the server starts.
 */
import { KeywordIndex, type KeywordPostings } from "../retrieval/keyword-index.js";
import { asInt32, readBinaryFile, writeBinaryFile, type FileChecksum } from "./binary-file.js";

interface KeywordMeta {
  kind: "keyword";
  passages: number;
  /** Terms joined by newlines (a term never holds one). */
  terms: string;
}

export async function writeKeywordFile(path: string, postings: KeywordPostings): Promise<FileChecksum> {
  const { terms, offsets, docs, freqs100, lengths100 } = postings;
  const meta: KeywordMeta = { kind: "keyword", passages: lengths100.length, terms: terms.join("\n") };
  // Frequencies in hundredths rarely pass 65,535: two bytes each then (275 MB less at a million passages).
  const narrow = freqs100 instanceof Uint16Array || freqs100.every((f) => f <= 0xffff);
  return writeBinaryFile(path, meta, { offsets, docs, freqs100: narrow && !(freqs100 instanceof Uint16Array) ? Uint16Array.from(freqs100) : freqs100, lengths100 });
}

/** Reads `path`, or parses `bytes` already read from it. */
export async function readKeywordPostings(path: string, bytes?: Buffer): Promise<KeywordPostings> {
  const { meta, arrays } = await readBinaryFile<KeywordMeta>(path, bytes);
  if (meta.kind !== "keyword") throw new Error(`${path} holds no keyword index`);
  const terms = meta.terms === "" ? [] : meta.terms.split("\n");
  const postings = {
    terms,
    offsets: asInt32(arrays.offsets!),
    docs: asInt32(arrays.docs!),
    freqs100: arrays.freqs100 as Uint32Array | Uint16Array,
    lengths100: arrays.lengths100 as Uint32Array,
  };
  KeywordIndex.checkPostings(postings);
  return postings;
}
