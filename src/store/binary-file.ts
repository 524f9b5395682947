/**
 * One file holding a JSON header and named typed arrays, read back as views on a single buffer: a 100k-passage
 * index loads in one read with no parsing of its numbers. Layout: magic "CCQA", u32 header length, header JSON
 * (its `arrays` list each array's name, type, offset and length), then each array, 8-byte aligned.
 */
import { createHash } from "node:crypto";
import { open, readFile } from "node:fs/promises";

const MAGIC = 0x41514343; // "CCQA", little-endian

type ArrayType = "u8" | "u16" | "u32" | "i32" | "f32" | "f64";
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
