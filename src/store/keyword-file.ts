/**
 * The keyword (BM25) index in a build folder: built once at ingest, loaded at start-up as typed arrays in one read,
 * instead of analyzing every passage again each time the server starts.
 */
import { closeSync } from "node:fs";
import { KeywordIndex, type KeywordPostings } from "../retrieval/keyword-index.js";
import type { CodedKeywordPostings } from "../retrieval/keyword-index-types.js";
import { asInt32, openBinaryFile, readArrays, readAt, readBinaryFile, writeBinaryFile, type FileChecksum, type OpenBinaryFile } from "./binary-file.js";

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

/** Frequencies read at a time while coding them (16 MB of the file). */
const CODE_CHUNK = 1 << 23;

/**
 * Reads `path` piece by piece for a large build: each array in a buffer of its own, and two-byte frequencies as
 * one-byte codes when the file holds at most 256 distinct ones (CodedKeywordPostings), else as they are. Checked
 * as readKeywordPostings checks; a damaged or truncated file fails here, naming itself (`shownAs`).
 */
export async function openKeywordPostings(path: string, shownAs = path): Promise<KeywordPostings | CodedKeywordPostings> {
  const rename = (err: unknown) => new Error(err instanceof Error ? err.message.replaceAll(path, shownAs) : String(err));
  let file: OpenBinaryFile<KeywordMeta>;
  try {
    file = await openBinaryFile<KeywordMeta>(path);
  } catch (err) {
    throw rename(err);
  }
  const pending: Promise<unknown>[] = [];
  try {
    const { meta, places } = file;
    if (meta.kind !== "keyword") throw new Error(`${shownAs} holds no keyword index`);
    const types = { offsets: ["i32", "u32"], docs: ["i32", "u32"], lengths100: ["u32"], freqs100: ["u16", "u32"] } as const;
    for (const [name, allowed] of Object.entries(types)) {
      if (!(allowed as readonly string[]).includes(places[name]?.type ?? "")) throw new Error(`${shownAs} does not add up (array ${name})`);
    }
    const terms = meta.terms === "" ? [] : meta.terms.split("\n");
    // The other arrays are read while the frequencies are coded (and the frequencies too, should coding fail).
    const reading = readArrays(file, ["offsets", "docs", "lengths100"], { separate: true });
    reading.catch(() => undefined);
    pending.push(reading);
    const coded = places.freqs100!.type === "u16" ? await codeFrequencies(file, shownAs) : null;
    const arrays = { ...(await reading), ...(coded ? {} : await readArrays(file, ["freqs100"])) };
    const base = { terms, offsets: asInt32(arrays.offsets!), docs: asInt32(arrays.docs!), lengths100: arrays.lengths100 as Uint32Array };
    const postings: KeywordPostings | CodedKeywordPostings = coded ? { ...base, ...coded } : { ...base, freqs100: arrays.freqs100 as Uint32Array | Uint16Array };
    try {
      KeywordIndex.checkPostings(postings);
    } catch (err) {
      throw new Error(`${shownAs}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return postings;
  } finally {
    // No read may still be running on the descriptor when it is closed (its number could be reused).
    await Promise.allSettled(pending);
    closeSync(file.fd);
  }
}

/** The file's two-byte frequencies as one-byte codes, or null when there are more than 256 distinct ones. */
async function codeFrequencies(file: OpenBinaryFile<KeywordMeta>, shownAs: string): Promise<{ freqCodes: Uint8Array; freqTable: Uint32Array } | null> {
  const place = file.places.freqs100!;
  const count = place.length;
  const codeOf = new Int16Array(65_536).fill(-1);
  const table: number[] = [];
  const freqCodes = new Uint8Array(count);
  const size = 2 * Math.min(CODE_CHUNK, count);
  const buffers = [Buffer.from(new ArrayBuffer(size)), Buffer.from(new ArrayBuffer(size))];
  const readChunk = (start: number) => readAt(file.fd, shownAs, place.at + 2 * start, 2 * Math.min(CODE_CHUNK, count - start), false, buffers[(start / CODE_CHUNK) & 1]);
  // The next chunk is read while one is coded.
  let next = count > 0 ? readChunk(0) : null;
  for (let start = 0; start < count; start += CODE_CHUNK) {
    const bytes = await next!;
    next = start + CODE_CHUNK < count ? readChunk(start + CODE_CHUNK) : null;
    if (!codeChunk(new Uint16Array(bytes.buffer, 0, bytes.length >> 1), freqCodes, start, codeOf, table)) {
      await next?.catch(() => undefined);
      return null;
    }
  }
  return { freqCodes, freqTable: Uint32Array.from(table) };
}

/** Codes `freqs` into `codes` from `at`, adding new values to `table`; false once there are more than 256. */
function codeChunk(freqs: Uint16Array, codes: Uint8Array, at: number, codeOf: Int16Array, table: number[]): boolean {
  for (let k = 0; k < freqs.length; k++) {
    const f = freqs[k]!;
    let code = codeOf[f]!;
    if (code < 0) {
      if (table.length === 256) return false;
      code = codeOf[f] = table.length;
      table.push(f);
    }
    codes[at + k] = code;
  }
  return true;
}
