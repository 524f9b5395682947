/**
 * The keyword (BM25) index in a build folder: built once at ingest, loaded at start-up as typed arrays in one read,
 * instead of analyzing every passage again each time the server starts. When the build holds at most 256 distinct
 * frequencies (a generated million passages hold 25), they are written coded, one byte a posting with a table of
 * the frequencies (CodedKeywordPostings): the server reads them as they are, where coding two-byte frequencies at
 * load cost ~1 s of start-up at a million passages, and the file is 137 MB smaller. Files written before the codes
 * existed (two- or four-byte frequencies) read as before.
 */
import { KeywordIndex, type KeywordPostings } from "../retrieval/keyword-index.js";
import { plainPostings, type CodedKeywordPostings } from "../retrieval/keyword-index-types.js";
import { asInt32, readArrays, readAt, readBinaryFile, withBinaryFile, writeBinaryFile, type FileChecksum, type OpenBinaryFile } from "./binary-file.js";

interface KeywordMeta {
  kind: "keyword";
  passages: number;
  /** Terms joined by newlines (a term never holds one). */
  terms: string;
}

/** Most distinct frequencies a one-byte code can tell apart. */
const CODES = 256;

export async function writeKeywordFile(path: string, postings: KeywordPostings | CodedKeywordPostings): Promise<FileChecksum> {
  const { terms, offsets, docs, lengths100 } = postings;
  const meta: KeywordMeta = { kind: "keyword", passages: lengths100.length, terms: terms.join("\n") };
  const coded = "freqCodes" in postings ? postings : codePostings(postings.freqs100);
  if (coded) return writeBinaryFile(path, meta, { offsets, docs, freqCodes: coded.freqCodes, freqTable: coded.freqTable, lengths100 });
  // Frequencies in hundredths rarely pass 65,535: two bytes each then (275 MB less at a million passages).
  const { freqs100 } = postings as KeywordPostings;
  const narrow = freqs100 instanceof Uint16Array || freqs100.every((f) => f <= 0xffff);
  return writeBinaryFile(path, meta, { offsets, docs, freqs100: narrow && !(freqs100 instanceof Uint16Array) ? Uint16Array.from(freqs100) : freqs100, lengths100 });
}

/** The frequencies as one-byte codes and their table, or null when there are more than 256 distinct ones. */
function codePostings(freqs100: Uint32Array | Uint16Array): { freqCodes: Uint8Array; freqTable: Uint32Array } | null {
  // Coded through a flat table of the two-byte values (frequencies past 65,535 are not coded: none seen so far).
  if (!(freqs100 instanceof Uint16Array) && !freqs100.every((f) => f <= 0xffff)) return null;
  const table: number[] = [];
  const freqCodes = new Uint8Array(freqs100.length);
  if (!codeChunk(freqs100, freqCodes, 0, new Int16Array(65_536).fill(-1), table)) return null;
  return { freqCodes, freqTable: Uint32Array.from(table) };
}

/**
 * The table as the index reads it: padded to 256 entries, so that any code, even one of a damaged file (whose
 * SHA-256 check then fails), reads a frequency and no code needs checking at load.
 */
function fullTable(table: Uint32Array): Uint32Array {
  const full = new Uint32Array(CODES);
  full.set(table);
  return full;
}

/** Reads `path`, or parses `bytes` already read from it: the frequencies as the file holds them (coded or not). */
export async function readKeywordData(path: string, bytes?: Buffer): Promise<KeywordPostings | CodedKeywordPostings> {
  const { meta, arrays } = await readBinaryFile<KeywordMeta>(path, bytes);
  if (meta.kind !== "keyword") throw new Error(`${path} holds no keyword index`);
  const terms = meta.terms === "" ? [] : meta.terms.split("\n");
  const base = { terms, offsets: asInt32(arrays.offsets!), docs: asInt32(arrays.docs!), lengths100: arrays.lengths100 as Uint32Array };
  let postings: KeywordPostings | CodedKeywordPostings;
  if (arrays.freqCodes) {
    const table = arrays.freqTable;
    if (!(arrays.freqCodes instanceof Uint8Array) || !(table instanceof Uint32Array) || table.length > CODES) throw new Error(`${path} does not add up (array freqTable)`);
    postings = { ...base, freqCodes: arrays.freqCodes, freqTable: fullTable(table) };
  } else postings = { ...base, freqs100: arrays.freqs100 as Uint32Array | Uint16Array };
  KeywordIndex.checkPostings(postings);
  return postings;
}

/** Reads `path`, or parses `bytes` already read from it, with plain frequencies (what an incremental build copies). */
export async function readKeywordPostings(path: string, bytes?: Buffer): Promise<KeywordPostings> {
  return plainPostings(await readKeywordData(path, bytes));
}

/** Frequencies read at a time while coding them (16 MB of the file). */
const CODE_CHUNK = 1 << 23;

/**
 * Reads `path` piece by piece for a large build: each array in a buffer of its own, coded frequencies as they are,
 * and the two-byte frequencies of an older file coded as they are read when it holds at most 256 distinct ones,
 * else as they are. Checked as readKeywordData checks; a damaged or truncated file fails here, naming itself
 * (`shownAs`).
 */
export async function openKeywordPostings(path: string, shownAs = path): Promise<KeywordPostings | CodedKeywordPostings> {
  return withBinaryFile<KeywordMeta, KeywordPostings | CodedKeywordPostings>(path, shownAs, async (file, pending) => {
    const { meta, places } = file;
    if (meta.kind !== "keyword") throw new Error(`${shownAs} holds no keyword index`);
    const codedFile = places.freqCodes !== undefined;
    const types = {
      offsets: ["i32", "u32"],
      docs: ["i32", "u32"],
      lengths100: ["u32"],
      ...(codedFile ? { freqCodes: ["u8"], freqTable: ["u32"] } : { freqs100: ["u16", "u32"] }),
    } as const;
    for (const [name, allowed] of Object.entries(types)) {
      if (!(allowed as readonly string[]).includes(places[name]?.type ?? "")) throw new Error(`${shownAs} does not add up (array ${name})`);
    }
    if (codedFile && places.freqTable!.length > CODES) throw new Error(`${shownAs} does not add up (array freqTable)`);
    const terms = meta.terms === "" ? [] : meta.terms.split("\n");
    if (codedFile) {
      // Coded at ingest: every array read as it is, each in a buffer of its own.
      const arrays = await readArrays(file, ["offsets", "docs", "freqCodes", "freqTable", "lengths100"], { separate: true });
      return checked(shownAs, {
        terms,
        offsets: asInt32(arrays.offsets!),
        docs: asInt32(arrays.docs!),
        freqCodes: arrays.freqCodes as Uint8Array,
        freqTable: fullTable(arrays.freqTable as Uint32Array),
        lengths100: arrays.lengths100 as Uint32Array,
      });
    }
    // The other arrays are read while the frequencies are coded (and the frequencies too, should coding fail).
    const reading = readArrays(file, ["offsets", "docs", "lengths100"], { separate: true });
    reading.catch(() => undefined);
    pending.push(reading);
    const coded = places.freqs100!.type === "u16" ? await codeFrequencies(file, shownAs) : null;
    const arrays = { ...(await reading), ...(coded ? {} : await readArrays(file, ["freqs100"])) };
    const base = { terms, offsets: asInt32(arrays.offsets!), docs: asInt32(arrays.docs!), lengths100: arrays.lengths100 as Uint32Array };
    return checked(shownAs, coded ? { ...base, ...coded } : { ...base, freqs100: arrays.freqs100 as Uint32Array | Uint16Array });
  });
}

/** The postings once checked (as readKeywordData checks them), or an error naming the file. */
function checked<T extends KeywordPostings | CodedKeywordPostings>(shownAs: string, postings: T): T {
  try {
    KeywordIndex.checkPostings(postings);
  } catch (err) {
    throw new Error(`${shownAs}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return postings;
}

/** A file's two-byte frequencies as one-byte codes, or null when there are more than 256 distinct ones. */
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
function codeChunk(freqs: Uint16Array | Uint32Array, codes: Uint8Array, at: number, codeOf: Int16Array, table: number[]): boolean {
  for (let k = 0; k < freqs.length; k++) {
    const f = freqs[k]!;
    let code = codeOf[f]!;
    if (code < 0) {
      if (table.length === CODES) return false;
      code = codeOf[f] = table.length;
      table.push(f);
    }
    codes[at + k] = code;
  }
  return true;
}
