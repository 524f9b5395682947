/**
 * Compact vectors for the bundled Worker index: each vector is scaled by its largest component to int8 and carried
 * as base64 with its scale. A 512-dimension vector takes 512 bytes instead of 2,048 (Float32) or ~5,000 (JSON
 * numbers). Runtime-neutral (atob/btoa), so the CLI writes what the Worker reads with the same code.
 */

export interface Int8Vectors {
  encoding: "int8";
  dimensions: number;
  /** Per vector: the value that int8 127 stands for. */
  scales: number[];
  /** All vectors' int8 components, row after row, as base64. */
  data: string;
}

export function quantizeVectors(vectors: ArrayLike<number>[], dimensions: number): Int8Vectors {
  const bytes = new Int8Array(vectors.length * dimensions);
  const scales: number[] = [];
  vectors.forEach((v, row) => {
    if (v.length !== dimensions) throw new Error(`vector ${row} has ${v.length} dimensions, expected ${dimensions}`);
    let max = 0;
    for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(v[d]!));
    const scale = max / 127;
    scales.push(scale);
    if (scale === 0) return;
    for (let d = 0; d < dimensions; d++) bytes[row * dimensions + d] = Math.round(v[d]! / scale);
  });
  return { encoding: "int8", dimensions, scales, data: toBase64(new Uint8Array(bytes.buffer)) };
}

/** The int8 components of all rows, checked against the declared shape. */
export function unpackInt8(packed: Int8Vectors): Int8Array {
  const bytes = new Int8Array(fromBase64(packed.data).buffer);
  if (bytes.length !== packed.scales.length * packed.dimensions) {
    throw new Error(`vector data holds ${bytes.length} bytes, expected ${packed.scales.length} x ${packed.dimensions}`);
  }
  return bytes;
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
