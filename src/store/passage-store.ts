/**
 * Passages of a loaded build, made on demand from the columns of their passage files instead of held as a million
 * objects with their strings: the text stays in the files' bytes (one-byte and UTF-16 blocks, as written), and a
 * passage object is made when something reads it (a search's candidates and results, a catalogue entry), with
 * the last few thousand kept so that a request sees the same object twice. At a million passages this takes the
 * ~0.8 GB of JavaScript heap the objects and strings took (and the seconds of start-up spent making them and
 * collecting garbage) down to the files' bytes.
 *
 * The passages are still handed around as a `Passage[]`: a read-only array (a Proxy) whose elements are made
 * when indexed, so every reader of the array (iteration, map, find, JSON) works unchanged. Readers that walk every
 * passage for its metadata only (the catalogue, the corpus's cities) ask `passageStoreOf` for the store and read
 * the columns, without making the passages.
 */
import type { Passage, PassageKind } from "../schemas.js";

export const KINDS: PassageKind[] = ["intro", "initiative", "quote"];
export const NONE = 0xffffffff;
/** Set in a text's start when it lies in the one-byte (Latin-1) block. */
export const ONE_BYTE = 0x80000000;

export interface PassageTables {
  docs: string[];
  cities: { zh: string; en: string }[];
  speakers: { zh?: string; en?: string }[];
  sections: string[];
}

/** One passage file's columns (views on its bytes), as passages-file.ts writes them. */
export interface PassageColumns {
  path: string;
  ids: string[];
  doc: Uint32Array;
  city: Uint32Array;
  speaker: Uint32Array;
  kind: Uint16Array;
  section: Uint32Array | undefined;
  textStart: Uint32Array;
  textEnd: Uint32Array;
  /** The UTF-16 block and the one-byte block: their bytes in memory, or where they lie in the open file. */
  text: TextBlocks;
  tables: PassageTables;
}

/**
 * A passage file's two text blocks. In memory (`text16`, `text8`: the file's bytes), or left in the file (`fd`,
 * with each block's position): a text is then read from the file when its passage is made, so a loaded million
 * passages hold none of their ~0.55 GB of text (the page cache keeps what is read often).
 */
export type TextBlocks =
  | { text16: Buffer; text8: Buffer; file?: undefined }
  | { file: OpenTextFile; at16: number; chars16: number; at8: number; chars8: number; text16?: undefined };

/**
 * A file open for reading (passages-file.ts opens it: this module is shared with the Worker, which has no files).
 * `read` reads into `buffer` at a position, returning the bytes read (0 at the end of the file).
 */
export interface OpenTextFile {
  read(buffer: Buffer, offset: number, length: number, position: number): number;
  close(): void;
}

const chars16Of = (t: TextBlocks) => (t.file === undefined ? t.text16.length >> 1 : t.chars16);
const chars8Of = (t: TextBlocks) => (t.file === undefined ? t.text8.length : t.chars8);

/**
 * Checks every reference of a file's columns against its tables and blocks, so that making a passage later can
 * never fail or read outside the file: a damaged file fails here, at load, naming itself.
 */
export function checkColumns(c: PassageColumns): void {
  const n = c.ids.length;
  const { doc, city, speaker, kind, section, textStart, textEnd, tables } = c;
  if ([doc, city, speaker, kind].some((a) => a.length !== n) || (section && section.length !== n) || textStart.length !== 2 * n || textEnd.length !== 2 * n) {
    throw new Error(`${c.path} does not add up (${n} passages)`);
  }
  const chars16 = chars16Of(c.text);
  const chars8 = chars8Of(c.text);
  for (let i = 0; i < n; i++) {
    if (doc[i]! >= tables.docs.length) throw new Error(`${c.path}: unknown document ${doc[i]}`);
    if (city[i] !== NONE && city[i]! >= tables.cities.length) throw new Error(`${c.path}: unknown city ${city[i]}`);
    if (speaker[i] !== NONE && speaker[i]! >= tables.speakers.length) throw new Error(`${c.path}: unknown speaker ${speaker[i]}`);
    if (kind[i]! >= KINDS.length) throw new Error(`${c.path}: unknown kind ${kind[i]}`);
    if (section && section[i] !== NONE && section[i]! >= tables.sections.length) throw new Error(`${c.path}: unknown section ${section[i]}`);
  }
  for (let k = 0; k < 2 * n; k++) {
    let start = textStart[k]!;
    if (start === NONE) continue;
    let limit = chars16;
    if (start >= ONE_BYTE) {
      start -= ONE_BYTE;
      limit = chars8;
    }
    const end = textEnd[k]!;
    if (start > end || end > limit) throw new Error(`${c.path}: text of passage ${k >> 1} is out of bounds`);
  }
}

/** Passage `i` of one file's columns (checked by checkColumns), key order as the parser builds passages. */
export function passageAt(c: PassageColumns, i: number): Passage {
  const { tables } = c;
  const cityNo = c.city[i]!;
  const sectionNo = c.section ? c.section[i]! : NONE;
  const passage: Passage =
    sectionNo !== NONE
      ? {
          id: c.ids[i]!,
          doc: tables.docs[c.doc[i]!]!,
          city: cityNo === NONE ? null : tables.cities[cityNo]!,
          zh: textAt(c, 2 * i),
          en: textAt(c, 2 * i + 1),
          section: tables.sections[sectionNo]!,
          kind: KINDS[c.kind[i]!]!,
        }
      : {
          id: c.ids[i]!,
          doc: tables.docs[c.doc[i]!]!,
          city: cityNo === NONE ? null : tables.cities[cityNo]!,
          zh: textAt(c, 2 * i),
          en: textAt(c, 2 * i + 1),
          kind: KINDS[c.kind[i]!]!,
        };
  const speakerNo = c.speaker[i]!;
  if (speakerNo !== NONE) passage.speaker = tables.speakers[speakerNo]!;
  return passage;
}

function textAt(c: PassageColumns, k: number): string | null {
  const start = c.textStart[k]!;
  if (start === NONE) return null;
  const end = c.textEnd[k]!;
  const t = c.text;
  if (t.file !== undefined) {
    return start >= ONE_BYTE
      ? readText(c.path, t.file, t.at8 + start - ONE_BYTE, end - start + ONE_BYTE, "latin1")
      : readText(c.path, t.file, t.at16 + 2 * start, 2 * (end - start), "utf16le");
  }
  return start >= ONE_BYTE ? t.text8.toString("latin1", start - ONE_BYTE, end) : t.text16.toString("utf16le", 2 * start, 2 * end);
}

/** Whether text `k` of a file's columns is there and not empty (what `Boolean(textAt(c, k))` says, without reading it). */
function hasText(c: PassageColumns, k: number): boolean {
  const start = c.textStart[k]!;
  if (start === NONE) return false;
  return c.textEnd[k]! > (start >= ONE_BYTE ? start - ONE_BYTE : start);
}

/**
 * Reused for every text read from a file (a string is made from it, then it is free again). Made on first use: this
 * module is also loaded by the Worker, which has no Buffer.
 */
let scratch: Buffer | undefined;

function readText(path: string, file: OpenTextFile, position: number, bytes: number, encoding: "latin1" | "utf16le"): string {
  if (!scratch || scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, 1 << 16));
  let done = 0;
  while (done < bytes) {
    const n = file.read(scratch, done, bytes - done, position + done);
    // The file was checked at load to hold every block; shorter now means it was changed under the server.
    if (n === 0) throw new Error(`${path} is shorter than when it was loaded`);
    done += n;
  }
  return scratch.toString(encoding, 0, bytes);
}

/** A passage's metadata (no text), as `PassageStore.forEachMeta` gives it: the same objects the passages hold. */
export type MetaVisitor = (
  index: number,
  doc: string,
  city: { zh: string; en: string } | null,
  kind: PassageKind,
  speaker: { zh?: string; en?: string } | undefined,
) => void;

/** Passages made on first use, with the most recently made ones kept. */
const KEPT = 4096;

export class PassageStore {
  readonly length: number;
  /** Where each file's passages start in the whole list (ascending; one more entry at the end). */
  private readonly starts: Int32Array;
  private readonly recent = new Map<number, Passage>();

  constructor(private readonly files: PassageColumns[]) {
    // Files whose text stays on disk are closed once nothing can read this store any more (a reindex swaps it out
    // while requests may still be reading it, so never before).
    const opened = files.flatMap((f) => (f.text.file !== undefined ? [f.text.file] : []));
    if (opened.length) closeWhenUnreachable.register(this, opened);
    this.starts = new Int32Array(files.length + 1);
    files.forEach((f, i) => (this.starts[i + 1] = this.starts[i]! + f.ids.length));
    this.length = this.starts[files.length]!;
  }

  /** Passage `index` (0 <= index < length). */
  get(index: number): Passage {
    let passage = this.recent.get(index);
    if (passage) {
      // Most recently used last.
      this.recent.delete(index);
      this.recent.set(index, passage);
      return passage;
    }
    const f = this.fileOf(index);
    passage = passageAt(this.files[f]!, index - this.starts[f]!);
    if (this.recent.size >= KEPT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(index, passage);
    return passage;
  }

  /**
   * Passage `index`'s city, kind and whether it has text in each language, from the columns: no text read, no passage
   * made (what a retrieval scores its candidates on).
   */
  facts(index: number): { city: { zh: string; en: string } | null; kind: PassageKind; hasZh: boolean; hasEn: boolean } {
    const f = this.fileOf(index);
    const c = this.files[f]!;
    const i = index - this.starts[f]!;
    const cityNo = c.city[i]!;
    return { city: cityNo === NONE ? null : c.tables.cities[cityNo]!, kind: KINDS[c.kind[i]!]!, hasZh: hasText(c, 2 * i), hasEn: hasText(c, 2 * i + 1) };
  }

  private allIds: string[] | undefined;

  /** Every passage's id, in order (one array, shared by every caller). */
  ids(): string[] {
    if (!this.allIds) {
      // concat, not flatMap: a tenth of the time for a million ids (~15 against ~130 ms); a few thousand files'
      // lists at a time, within the number of arguments a call may take.
      let all: string[] = [];
      for (let f = 0; f < this.files.length; f += 4096) all = all.concat(...this.files.slice(f, f + 4096).map((c) => c.ids));
      this.allIds = all;
    }
    return this.allIds;
  }

  /** Calls `visit` for every passage in order with its metadata, no text (and no object made per passage). */
  forEachMeta(visit: MetaVisitor): void {
    let index = 0;
    for (const c of this.files) {
      const { docs, cities, speakers } = c.tables;
      for (let i = 0; i < c.ids.length; i++) {
        const cityNo = c.city[i]!;
        const speakerNo = c.speaker[i]!;
        visit(index++, docs[c.doc[i]!]!, cityNo === NONE ? null : cities[cityNo]!, KINDS[c.kind[i]!]!, speakerNo === NONE ? undefined : speakers[speakerNo]!);
      }
    }
  }

  private fileOf(index: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Closes the file a file's columns read their text from, if they do (for columns never given to a store). */
export function closeColumns(c: PassageColumns): void {
  if (c.text.file !== undefined) closeQuietly([c.text.file]);
}

function closeQuietly(files: OpenTextFile[]): void {
  for (const file of files) {
    try {
      file.close();
    } catch {
      // Already closed: nothing to do.
    }
  }
}

/** Made on first use: only Node opens files, and the Worker's runtime may not offer FinalizationRegistry at all. */
let closer: FinalizationRegistry<OpenTextFile[]> | undefined;
const closeWhenUnreachable = {
  register: (store: object, files: OpenTextFile[]) => (closer ??= new FinalizationRegistry<OpenTextFile[]>(closeQuietly)).register(store, files),
};

const stores = new WeakMap<object, PassageStore>();

/** The store behind a passage array made by `passageArray`, or undefined for an ordinary array. */
export function passageStoreOf(passages: readonly Passage[]): PassageStore | undefined {
  return stores.get(passages);
}

/**
 * The store's passages as a read-only array: `passages[i]` makes (or finds) passage i; length, iteration and the
 * array methods work as on an ordinary array. `indexes`, when given, picks and orders the passages it holds (a
 * sub-list, such as one city's quotes).
 */
export function passageArray(store: PassageStore, indexes?: Int32Array): Passage[] {
  const length = indexes ? indexes.length : store.length;
  const at = indexes ? (i: number) => store.get(indexes[i]!) : (i: number) => store.get(i);
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== "string" || key.length === 0 || key.length > 10) return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < length ? i : -1;
  };
  const readOnly = () => {
    throw new TypeError("the passages of a loaded index are read-only");
  };
  // A real (empty) array as the target: Array.isArray holds, and the array methods come from its prototype.
  const proxy = new Proxy<Passage[]>([], {
    get(target, key, receiver) {
      if (key === "length") return length;
      const i = indexOf(key);
      if (i >= 0) return at(i);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return key === "length" || indexOf(key) >= 0 || Reflect.has(target, key);
    },
    ownKeys() {
      const keys: string[] = [];
      for (let i = 0; i < length; i++) keys.push(String(i));
      keys.push("length");
      return keys;
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === "length") return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key);
      if (i >= 0) return { value: at(i), writable: false, enumerable: true, configurable: true };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
  if (!indexes) stores.set(proxy, store);
  return proxy;
}
