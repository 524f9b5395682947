/**
 * Sparse vectors in the two layouts the index needs: passage by passage (rows: how they are built and reused) and
 * dimension by dimension (columns: how they are searched and stored), and the file that holds the columns.
 */
import { asInt32, readBinaryFile, writeBinaryFile, type FileChecksum } from "./binary-file.js";

/** Vectors passage by passage: passage i's non-zero dimensions are dims[offsets[i] .. offsets[i + 1]). */
export interface SparseRows {
  dimensions: number;
  offsets: Int32Array;
  dims: Uint16Array;
  values: Float32Array;
}

/** Collects vectors passage by passage, from dense embeddings or copied from an earlier index. */
export class SparseRowsBuilder {
  private offsets: number[] = [0];
  private dims = new Uint16Array(1 << 16);
  private values = new Float32Array(1 << 16);
  private count = 0;

  constructor(readonly dimensions: number) {
    if (dimensions > 0xffff) throw new Error(`sparse vectors support up to 65535 dimensions, not ${dimensions}`);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  addDense(vector: ArrayLike<number>): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    let norm = 0;
    let nonZero = 0;
    for (let d = 0; d < vector.length; d++) {
      const v = vector[d]!;
      if (v !== 0) {
        norm += v * v;
        nonZero++;
      }
    }
    // Cosine similarity is the dot product of unit vectors; most embedders already return them.
    const scale = norm > 0 && Math.abs(Math.sqrt(norm) - 1) > 1e-4 ? 1 / Math.sqrt(norm) : 1;
    this.reserve(nonZero);
    for (let d = 0; d < vector.length; d++) {
      const v = vector[d]!;
      if (v === 0) continue;
      this.dims[this.count] = d;
      this.values[this.count++] = v * scale;
    }
    this.offsets.push(this.count);
  }

  /** Adds row `row` of `rows` unchanged. */
  addFrom(rows: SparseRows, row: number): void {
    const start = rows.offsets[row]!;
    const end = rows.offsets[row + 1]!;
    this.reserve(end - start);
    this.dims.set(rows.dims.subarray(start, end), this.count);
    this.values.set(rows.values.subarray(start, end), this.count);
    this.count += end - start;
    this.offsets.push(this.count);
  }

  finish(): SparseRows {
    return {
      dimensions: this.dimensions,
      offsets: Int32Array.from(this.offsets),
      dims: this.dims.slice(0, this.count),
      values: this.values.slice(0, this.count),
    };
  }

  private reserve(extra: number): void {
    if (this.count + extra <= this.dims.length) return;
    const size = Math.max(this.count + extra, this.dims.length * 2);
    const dims = new Uint16Array(size);
    dims.set(this.dims.subarray(0, this.count));
    const values = new Float32Array(size);
    values.set(this.values.subarray(0, this.count));
    this.dims = dims;
    this.values = values;
  }
}

/** Share of non-zero values: at or below SPARSE_DENSITY an embedder's vectors go to the sparse index. */
export const SPARSE_DENSITY = 0.5;

export function density(rows: SparseRows): number {
  const n = rows.offsets.length - 1;
  return n === 0 ? 0 : rows.offsets[n]! / (n * rows.dimensions);
}

/** Dimension-major sparse vectors: dimension d's passages are docs[offsets[d] .. offsets[d + 1]), ascending. */
export interface SparseColumns {
  dimensions: number;
  offsets: Int32Array;
  docs: Int32Array;
  values: Float32Array;
}

export function rowsToColumns(rows: SparseRows): SparseColumns {
  const n = rows.offsets.length - 1;
  const offsets = new Int32Array(rows.dimensions + 1);
  for (let j = 0; j < rows.dims.length; j++) offsets[rows.dims[j]! + 1]!++;
  for (let d = 0; d < rows.dimensions; d++) offsets[d + 1]! += offsets[d]!;
  const cursor = offsets.slice(0, rows.dimensions);
  const docs = new Int32Array(rows.dims.length);
  const values = new Float32Array(rows.dims.length);
  for (let i = 0; i < n; i++) {
    for (let j = rows.offsets[i]!, end = rows.offsets[i + 1]!; j < end; j++) {
      const at = cursor[rows.dims[j]!]!++;
      docs[at] = i;
      values[at] = rows.values[j]!;
    }
  }
  return { dimensions: rows.dimensions, offsets, docs, values };
}

export function columnsToRows(columns: SparseColumns, passages: number): SparseRows {
  const offsets = new Int32Array(passages + 1);
  for (let j = 0; j < columns.docs.length; j++) offsets[columns.docs[j]! + 1]!++;
  for (let i = 0; i < passages; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, passages);
  const dims = new Uint16Array(columns.docs.length);
  const values = new Float32Array(columns.docs.length);
  for (let d = 0; d < columns.dimensions; d++) {
    for (let j = columns.offsets[d]!, end = columns.offsets[d + 1]!; j < end; j++) {
      const at = cursor[columns.docs[j]!]!++;
      dims[at] = d;
      values[at] = columns.values[j]!;
    }
  }
  return { dimensions: columns.dimensions, offsets, dims, values };
}

/** Throws unless the columns are consistent and name only passages below `passages`. */
export function checkColumns(columns: SparseColumns, passages: number): void {
  const { dimensions, offsets, docs, values } = columns;
  if (offsets.length !== dimensions + 1 || offsets[dimensions] !== docs.length || values.length !== docs.length) {
    throw new Error(`sparse vectors do not add up (${dimensions} dimensions, ${docs.length} values)`);
  }
  for (let d = 0; d < dimensions; d++) if (offsets[d]! > offsets[d + 1]!) throw new Error(`sparse vectors of dimension ${d} are out of order`);
  for (let j = 0; j < docs.length; j++) {
    const doc = docs[j]!;
    if (doc < 0 || doc >= passages) throw new Error(`sparse vectors name passage ${doc} of ${passages}`);
  }
}

interface SparseMeta {
  kind: "sparse-vectors";
  dimensions: number;
  passages: number;
}

/** Writes the columns; returns the file's size and checksum. */
export function writeSparseVectors(path: string, columns: SparseColumns, passages: number): Promise<FileChecksum> {
  const meta: SparseMeta = { kind: "sparse-vectors", dimensions: columns.dimensions, passages };
  return writeBinaryFile(path, meta, { offsets: columns.offsets, docs: columns.docs, values: columns.values });
}

/** Reads `path` (or `bytes` already read from it), checked for `passages` passages. */
export async function readSparseVectors(path: string, passages: number, bytes?: Buffer): Promise<SparseColumns> {
  const { meta, arrays } = await readBinaryFile<SparseMeta>(path, bytes);
  if (meta.kind !== "sparse-vectors") throw new Error(`${path} holds no sparse vectors`);
  if (meta.passages !== passages) throw new Error(`${path} holds ${meta.passages} vectors for ${passages} passages`);
  const columns = {
    dimensions: meta.dimensions,
    offsets: asInt32(arrays.offsets!),
    docs: asInt32(arrays.docs!),
    values: arrays.values as Float32Array,
  };
  checkColumns(columns, passages);
  return columns;
}
