/**
 * One file holding a JSON header and named typed arrays, read back as views on a single buffer: a 100k-passage
 * index loads in one read with no parsing of its numbers. Layout: magic "CCQA", u32 header length, header JSON
 * (its `arrays` list each array's name, type, offset and length), then each array, 8-byte aligned.
 */
import { createHash } from "node:crypto";
import { closeSync, fstat as fsFstat, open as fsOpen, read as fsRead } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { promisify } from "node:util";

const MAGIC = 0x41514343; // "CCQA", little-endian

export type ArrayType = "u8" | "u16" | "u32" | "i32" | "f32" | "f64";
type AnyTypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

function typeOf(array: AnyTypedArray): ArrayType {
  if (array instanceof Uint8Array) return "u8";
  if (array instanceof Uint16Array) return "u16";
  if (array instanceof Uint32Array) return "u32";
  if (array instanceof Int32Array) return "i32";
  if (array instanceof Float32Array) return "f32";
  return "f64";
}

interface ArrayEntry {
  name: string;
  type: ArrayType;
  offset: number;
  length: number;
}

/** Size and SHA-256 of a file written, as checksums.json records them. */
export interface FileChecksum {
  bytes: number;
  sha256: string;
}

export interface BinaryContents<Meta> {
  meta: Meta;
  arrays: Record<string, AnyTypedArray>;
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * Writes the file piece by piece (no copy of the arrays into one buffer) and returns its size and SHA-256,
 * computed on the way, for the build's checksums.
 */
export async function writeBinaryFile(
  path: string,
  meta: unknown,
  arrays: Record<string, AnyTypedArray>,
): Promise<FileChecksum> {
  const entries: ArrayEntry[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    entries.push({ name, type: typeOf(array), offset, length: array.length });
    offset = align8(offset + array.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ meta, arrays: entries }), "utf8");
  const dataStart = align8(8 + header.length);
  const head = Buffer.alloc(dataStart);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(header.length, 4);
  header.copy(head, 8);
  const pieces: Buffer[] = [head];
  let written = dataStart;
  for (const entry of entries) {
    const array = arrays[entry.name]!;
    const at = dataStart + entry.offset;
    if (at > written) pieces.push(Buffer.alloc(at - written));
    pieces.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    written = at + array.byteLength;
  }
  const file = await open(path, "w");
  try {
    // The disk write runs on libuv's thread pool while this thread hashes the same (unchanging) pieces.
    const writing = file.writev(pieces);
    const hash = createHash("sha256");
    for (const piece of pieces) hash.update(piece);
    await writing;
    return { bytes: written, sha256: hash.digest("hex") };
  } finally {
    await file.close();
  }
}

/** Reads `path`, or parses `bytes` already read from it (say, to check them against a checksum first). */
export async function readBinaryFile<Meta>(path: string, bytes?: Buffer): Promise<BinaryContents<Meta>> {
  const file = bytes ?? (await readFile(path));
  if (file.length < 8 || file.readUInt32LE(0) !== MAGIC) throw new Error(`${path} is not an index file`);
  const headerLength = file.readUInt32LE(4);
  const header = JSON.parse(file.toString("utf8", 8, 8 + headerLength)) as { meta: Meta; arrays: ArrayEntry[] };
  const dataStart = align8(8 + headerLength);
  // Typed-array views need their element alignment; a pooled or offset buffer gets one aligned copy.
  const aligned = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const arrays: Record<string, AnyTypedArray> = {};
  for (const entry of header.arrays) {
    const Ctor = CONSTRUCTORS[entry.type];
    const start = aligned.byteOffset + dataStart + entry.offset;
    if (dataStart + entry.offset + entry.length * Ctor.BYTES_PER_ELEMENT > aligned.length) {
      throw new Error(`${path} is truncated (array ${entry.name})`);
    }
    arrays[entry.name] = new Ctor(aligned.buffer as ArrayBuffer, start, entry.length);
  }
  return { meta: header.meta, arrays };
}

/**
 * Positions (passage numbers, offsets) as Int32Array: V8 compiles loops that index with Int32Array values to
 * integer code, while Uint32Array values may exceed the small-integer range and fall back to float arithmetic
 * (the sparse vector search ran ~1.8x slower with Uint32Array passage numbers at 100k passages).
 */
export function asInt32(array: AnyTypedArray): Int32Array {
  if (array instanceof Int32Array) return array;
  // A value past 2^31 reads as negative here, which the readers' range checks reject.
  if (array instanceof Uint32Array) return new Int32Array(array.buffer, array.byteOffset, array.length);
  throw new Error(`expected 32-bit integers, found ${array.constructor.name}`);
}

/** An array of a file opened by `openBinaryFile`: where its bytes lie in the file. */
export interface ArrayPlace {
  type: ArrayType;
  /** Its first byte's position in the file. */
  at: number;
  length: number;
  bytes: number;
}

/** A file opened for reading some of its arrays (`readArrays`) and the rest, if ever, piece by piece. */
export interface OpenBinaryFile<Meta> {
  path: string;
  /** Open for reading; the caller closes it (fs.closeSync) when done with the file. */
  fd: number;
  meta: Meta;
  places: Record<string, ArrayPlace>;
}

/** `err` as an error whose message names the file `shownAs` where it said `path`. */
export function renamed(err: unknown, path: string, shownAs: string): Error {
  return new Error(err instanceof Error ? err.message.replaceAll(path, shownAs) : String(err));
}

/**
 * Opens `path` (openBinaryFile; a failure names it `shownAs`), runs `read` on it, and closes it once `read` is done
 * and every read it put in `pending` has settled, whatever happened: no read may still be running on the
 * descriptor when it is closed (its number could be reused).
 */
export async function withBinaryFile<Meta, T>(path: string, shownAs: string, read: (file: OpenBinaryFile<Meta>, pending: Promise<unknown>[]) => Promise<T>): Promise<T> {
  let file: OpenBinaryFile<Meta>;
  try {
    file = await openBinaryFile<Meta>(path);
  } catch (err) {
    throw renamed(err, path, shownAs);
  }
  const pending: Promise<unknown>[] = [];
  try {
    return await read(file, pending);
  } finally {
    await Promise.allSettled(pending);
    closeSync(file.fd);
  }
}

/**
 * Opens `path` and reads its header only: each array's place is checked to lie inside the file, so reading a
 * piece of it later can never run past its end (a truncated file fails here, naming itself).
 */
export async function openBinaryFile<Meta>(path: string): Promise<OpenBinaryFile<Meta>> {
  const fd = await openAsync(path, "r");
  try {
    const { size } = await fstatAsync(fd);
    const head = await readAt(fd, path, 0, Math.min(size, 8));
    if (head.length < 8 || head.readUInt32LE(0) !== MAGIC) throw new Error(`${path} is not an index file`);
    const headerLength = head.readUInt32LE(4);
    if (8 + headerLength > size) throw new Error(`${path} is truncated (header)`);
    const header = JSON.parse((await readAt(fd, path, 8, headerLength)).toString("utf8")) as { meta: Meta; arrays: ArrayEntry[] };
    const dataStart = align8(8 + headerLength);
    const places: Record<string, ArrayPlace> = {};
    for (const entry of header.arrays) {
      const Ctor = CONSTRUCTORS[entry.type];
      if (!Ctor || !(entry.offset >= 0) || !(entry.length >= 0) || entry.offset % 8 !== 0) throw new Error(`${path} has a damaged header (array ${entry.name})`);
      const bytes = entry.length * Ctor.BYTES_PER_ELEMENT;
      if (dataStart + entry.offset + bytes > size) throw new Error(`${path} is truncated (array ${entry.name})`);
      places[entry.name] = { type: entry.type, at: dataStart + entry.offset, length: entry.length, bytes };
    }
    return { path, fd, meta: header.meta, places };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Reads the named arrays of an open file (absent names are left out), arrays lying close together in one read,
 * each array a view of its own aligned buffer.
 */
export async function readArrays(
  file: OpenBinaryFile<unknown>,
  names: string[],
  options: { separate?: boolean; shared?: boolean } = {},
): Promise<Record<string, AnyTypedArray>> {
  const wanted = names.filter((n) => file.places[n]).map((name) => ({ name, ...file.places[name]! })).sort((a, b) => a.at - b.at);
  const reads: Promise<void>[] = [];
  const arrays: Record<string, AnyTypedArray> = {};
  for (let i = 0; i < wanted.length; ) {
    // One read for a run of arrays with at most 64 KB between them (positions are 8-byte aligned in the file),
    // unless each is to have a buffer of its own (`separate`: large arrays, so that one can be let go alone).
    let j = i + 1;
    let end = wanted[i]!.at + wanted[i]!.bytes;
    while (!options.separate && j < wanted.length && wanted[j]!.at - end <= 65_536) end = Math.max(end, wanted[j]!.at + wanted[j++]!.bytes);
    const start = wanted[i]!.at;
    const run = wanted.slice(i, j);
    // The runs are read side by side (on libuv's threads), not one after the other.
    reads.push(
      readAt(file.fd, file.path, start, end - start, options.shared).then((bytes) => {
        for (const w of run) arrays[w.name] = new CONSTRUCTORS[w.type](bytes.buffer as ArrayBuffer, bytes.byteOffset + w.at - start, w.length);
      }),
    );
    i = j;
  }
  await settledAll(reads);
  return arrays;
}

/** Waits for every promise (so that no read is left running on a descriptor about to be closed), then fails as the first did. */
async function settledAll(promises: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

/** Bytes read by one read call at most: a larger read is split in pieces read side by side on libuv's threads. */
const READ_PIECE = 64 * 1024 * 1024;

/**
 * `length` bytes at `position`, in a buffer of their own (offset 0, so aligned; a SharedArrayBuffer if `shared`);
 * fails if the file is shorter.
 */
export async function readAt(fd: number, path: string, position: number, length: number, shared = false, into?: Buffer): Promise<Buffer> {
  const bytes = into ? into.subarray(0, length) : Buffer.from(shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  const pieces: Promise<void>[] = [];
  for (let from = 0; from < length || pieces.length === 0; from += READ_PIECE) pieces.push(readPiece(fd, path, bytes, from, Math.min(READ_PIECE, length - from), position + from));
  await settledAll(pieces);
  return bytes;
}

/** `length` bytes at `position` into `bytes` from `offset`; fails if the file is shorter. */
async function readPiece(fd: number, path: string, bytes: Buffer, offset: number, length: number, position: number): Promise<void> {
  let done = 0;
  while (done < length) {
    const n = await readAsync(fd, bytes, offset + done, length - done, position + done);
    if (n === 0) throw new Error(`${path} is truncated`);
    done += n;
  }
}

const openAsync = promisify(fsOpen);
const fstatAsync = promisify(fsFstat);
const readAsync = (fd: number, buffer: Buffer, offset: number, length: number, position: number) =>
  new Promise<number>((resolve, reject) => fsRead(fd, buffer, offset, length, position, (err, n) => (err ? reject(err) : resolve(n))));
