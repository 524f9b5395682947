/**
 * The passages of one corpus document in a build, column by column: metadata in a small JSON header (ids, documents, cities and
 * speakers as tables), each passage's text hash, and the text in two blocks whose slices become the passages'
 * strings: texts of Latin-1 characters only (most English) in a one-byte block, read as a one-byte string (half
 * the memory of UTF-16: 350 MB less at a million passages), the others in a UTF-16 block. At 100k passages this
 * loads in about a fifth of the time of the same passages as JSON (no UTF-8 decoding, no parsing of 50 million
 * characters). Files written before the one-byte block existed read as before.
 */
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";
import { closeSync, readSync } from "node:fs";
import { openBinaryFile, readArrays, readBinaryFile, renamed, writeBinaryFile, type FileChecksum, type OpenBinaryFile } from "./binary-file.js";
import { checkColumns, KINDS, NONE, ONE_BYTE, passageAt, type OpenTextFile, type PassageColumns } from "./passage-store.js";

/** Where a document's passages live in a build folder: named by the document and its content hash. */
export function passagesFileOf(doc: string, docHash: string): string {
  return `passages/${hashString(`${doc}\u0000${docHash}`)}.bin`;
}

const LATIN1 = /^[\u0000-\u00ff]*$/;

interface PassagesMeta {
  kind: "passages";
  ids: string;
  docs: string[];
  cities: { zh: string; en: string }[];
  speakers: { zh?: string; en?: string }[];
  /** Section headings (absent in files written before sections existed). */
  sections?: string[];
}

export interface StoredPassages {
  passages: Passage[];
  /** Per passage, the hash of its search text (hex, as hashString gives it): what an incremental build compares. */
  hashes: string[];
}

/** Writes the passages; returns the file's size and checksum. */
export async function writePassagesFile(path: string, passages: Passage[], hashes: string[]): Promise<FileChecksum> {
  const docs = new Table<string>((d) => d);
  const cities = new Table<{ zh: string; en: string }>((c) => `${c.zh}\u0000${c.en}`);
  const speakers = new Table<{ zh?: string; en?: string }>((s) => `${s.zh ?? ""}\u0000${s.en ?? ""}\u0000${"zh" in s ? 1 : 0}${"en" in s ? 1 : 0}`);
  const n = passages.length;
  const doc = new Uint32Array(n);
  const city = new Uint32Array(n);
  const speaker = new Uint32Array(n);
  const kind = new Uint16Array(n);
  const hash = new Float64Array(n);
  const sections = new Table<string>((t) => t);
  const section = new Uint32Array(n);
  // Text block: zh then en of each passage; a null text has NONE as its start.
  const textStart = new Uint32Array(2 * n);
  const textEnd = new Uint32Array(2 * n);
  const texts: string[] = [];
  let length = 0;
  const texts8: string[] = [];
  let length8 = 0;
  passages.forEach((p, i) => {
    doc[i] = docs.add(p.doc);
    city[i] = p.city ? cities.add(p.city) : NONE;
    speaker[i] = p.speaker ? speakers.add(p.speaker) : NONE;
    kind[i] = KINDS.indexOf(p.kind);
    section[i] = p.section !== undefined ? sections.add(p.section) : NONE;
    hash[i] = parseInt(hashes[i]!, 16);
    [p.zh, p.en].forEach((text, j) => {
      if (text === null) {
        textStart[2 * i + j] = NONE;
        return;
      }
      if (LATIN1.test(text)) {
        textStart[2 * i + j] = (ONE_BYTE | length8) >>> 0;
        texts8.push(text);
        length8 += text.length;
        textEnd[2 * i + j] = length8;
        return;
      }
      textStart[2 * i + j] = length;
      texts.push(text);
      length += text.length;
      textEnd[2 * i + j] = length;
    });
  });
  const block = Buffer.from(texts.join(""), "utf16le");
  const text = new Uint16Array(block.buffer, block.byteOffset, block.length / 2);
  if (length8 >= ONE_BYTE) throw new Error(`${path}: too much text for one passage file`);
  const block8 = Buffer.from(texts8.join(""), "latin1");
  const text8 = new Uint8Array(block8.buffer, block8.byteOffset, block8.length);
  const meta: PassagesMeta = {
    kind: "passages",
    ids: passages.map((p) => p.id).join("\n"),
    docs: docs.values,
    cities: cities.values,
    speakers: speakers.values,
    sections: sections.values,
  };
  return writeBinaryFile(path, meta, { doc, city, speaker, kind, hash, textStart, textEnd, text, section, text8 });
}

/**
 * The columns of a passage file (views on its bytes), every reference checked: what a loaded build keeps, making
 * passages from them on demand (passage-store.ts). Reads `path`, or parses `bytes` already read from it.
 */
export async function readPassageColumns(path: string, bytes?: Buffer): Promise<{ columns: PassageColumns; hash: Float64Array }> {
  const { meta, arrays } = await readBinaryFile<PassagesMeta>(path, bytes);
  if (meta.kind !== "passages") throw new Error(`${path} holds no passages`);
  const ids = meta.ids === "" ? [] : meta.ids.split("\n");
  const text = arrays.text as Uint16Array;
  const text8 = arrays.text8 as Uint8Array | undefined;
  const hash = arrays.hash as Float64Array;
  if (!text || !hash || hash.length !== ids.length) throw new Error(`${path} does not add up (${ids.length} passages)`);
  const columns = columnsOf(path, ids, meta, arrays, {
    text16: Buffer.from(text.buffer, text.byteOffset, text.byteLength),
    text8: text8 ? Buffer.from(text8.buffer, text8.byteOffset, text8.byteLength) : Buffer.alloc(0),
  });
  if ([columns.doc, columns.city, columns.speaker, columns.kind, columns.textStart, columns.textEnd].some((a) => !a)) {
    throw new Error(`${path} does not add up (${ids.length} passages)`);
  }
  checkColumns(columns);
  return { columns, hash };
}

/**
 * The columns of a passage file with its text left in the file: only the header and the per-passage columns are
 * read (about a twelfth of the file at a million passages), and each text is read from the file when its passage is
 * made. The file stays open for that (closed when the store reading it is collected; see PassageStore). Every
 * reference is checked, and every block is checked to lie inside the file, so a damaged or truncated file fails
 * here, naming itself.
 */
export async function openPassageColumns(path: string, shownAs = path): Promise<PassageColumns> {
  let file: OpenBinaryFile<PassagesMeta>;
  try {
    file = await openBinaryFile<PassagesMeta>(path);
  } catch (err) {
    throw renamed(err, path, shownAs);
  }
  try {
    const { meta, places } = file;
    if (meta.kind !== "passages") throw new Error(`${shownAs} holds no passages`);
    const ids = meta.ids === "" ? [] : meta.ids.split("\n");
    const arrays = await readArrays(file, ["doc", "city", "speaker", "kind", "section", "textStart", "textEnd"]);
    const text = places.text;
    const text8 = places.text8;
    const types = { doc: "u32", city: "u32", speaker: "u32", kind: "u16", section: "u32", textStart: "u32", textEnd: "u32", text: "u16", text8: "u8" } as const;
    for (const [name, type] of Object.entries(types)) {
      const place = places[name];
      if (place ? place.type !== type : name !== "section" && name !== "text8") throw new Error(`${shownAs} does not add up (${ids.length} passages)`);
    }
    const columns = columnsOf(shownAs, ids, meta, arrays, {
      file: textFile(file.fd),
      at16: text!.at,
      chars16: text!.length,
      at8: text8?.at ?? 0,
      chars8: text8?.length ?? 0,
    });
    checkColumns(columns);
    return columns;
  } catch (err) {
    closeSync(file.fd);
    throw err;
  }
}

/** The per-passage columns and tables of a passage file's arrays, with its texts held or left in the file. */
function columnsOf(path: string, ids: string[], meta: PassagesMeta, arrays: Record<string, unknown>, text: PassageColumns["text"]): PassageColumns {
  return {
    path,
    ids,
    doc: arrays.doc as Uint32Array,
    city: arrays.city as Uint32Array,
    speaker: arrays.speaker as Uint32Array,
    kind: arrays.kind as Uint16Array,
    section: arrays.section as Uint32Array | undefined,
    textStart: arrays.textStart as Uint32Array,
    textEnd: arrays.textEnd as Uint32Array,
    text,
    tables: { docs: meta.docs, cities: meta.cities, speakers: meta.speakers, sections: meta.sections ?? [] },
  };
}

/** A passage file's descriptor as the store reads texts from it (closed once, when the store is collected). */
function textFile(fd: number): OpenTextFile {
  let open = true;
  return {
    read: (buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Reads `path`, or parses `bytes` already read from it: every passage as an object (for incremental builds). */
export async function readPassagesFile(path: string, bytes?: Buffer): Promise<StoredPassages> {
  const { columns, hash } = await readPassageColumns(path, bytes);
  const passages: Passage[] = new Array(columns.ids.length);
  for (let i = 0; i < passages.length; i++) passages[i] = passageAt(columns, i);
  return withLazyHashes(passages, hash.slice());
}

/**
 * Text hashes only matter to an incremental build: made on first use, not at every start. Outside readPassagesFile
 * (from a copy of the hash column) so the getter keeps nothing of the file's bytes alive.
 */
function withLazyHashes(passages: Passage[], hash: Float64Array): StoredPassages {
  let hashes: string[] | undefined;
  return {
    passages,
    get hashes() {
      return (hashes ??= Array.from(hash, (h) => h.toString(16).padStart(14, "0")));
    },
  };
}

/** Distinct values by key, each given a number in order of first use. */
class Table<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  add(value: T): number {
    const key = this.keyOf(value);
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.values.length;
      this.numbers.set(key, n);
      this.values.push(value);
    }
    return n;
  }
}
