/**
 * Exact nearest-neighbour search over the bundled int8 vectors, kept as int8 in memory: a quarter of the Float32
 * size of MemoryVectorIndex, which matters inside a 128 MB isolate. The similarity is the cosine between the query
 * and the int8 row (the row's norm divided out), the same meaning as hnswlib's `1 - distance` on Node; int8
 * rounding moves a cosine by about 0.005.
 */
import type { VectorHit, VectorIndex } from "../retrieval/vector-index.js";
import { unpackInt8, type Int8Vectors } from "./int8-vectors.js";

export class Int8VectorIndex implements VectorIndex {
  readonly name = "bundled-int8";
  readonly dimensions: number;
  private readonly rows: Int8Array;
  private readonly inverseNorms: Float64Array;

  constructor(
    private readonly ids: string[],
    packed: Int8Vectors,
  ) {
    if (ids.length !== packed.scales.length) throw new Error(`${ids.length} ids for ${packed.scales.length} vectors`);
    this.dimensions = packed.dimensions;
    this.rows = unpackInt8(packed);
    this.inverseNorms = new Float64Array(ids.length);
    for (let row = 0; row < ids.length; row++) {
      let norm = 0;
      for (let d = row * this.dimensions, end = d + this.dimensions; d < end; d++) norm += this.rows[d]! * this.rows[d]!;
      this.inverseNorms[row] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    }
  }

  get size(): number {
    return this.ids.length;
  }

  async search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]> {
    if (vector.length !== this.dimensions) {
      throw new Error(`query has ${vector.length} dimensions, the bundled index ${this.dimensions}`);
    }
    if (k <= 0) return [];
    const query = unit(vector);
    const dims = this.dimensions;
    // The best k so far, best first: a row enters only when it beats the worst of them, so a query allocates
    // nothing corpus-sized (the CPU budget per request is small on Workers).
    const top: { row: number; similarity: number }[] = [];
    for (let row = 0; row < this.ids.length; row++) {
      let dot = 0;
      const offset = row * dims;
      for (let d = 0; d < dims; d++) dot += query[d]! * this.rows[offset + d]!;
      const similarity = dot * this.inverseNorms[row]!;
      if (top.length === k) {
        if (similarity <= top[k - 1]!.similarity) continue;
        top.pop();
      }
      let at = top.length;
      while (at > 0 && top[at - 1]!.similarity < similarity) at--;
      top.splice(at, 0, { row, similarity });
    }
    return top.map(({ row, similarity }) => ({ id: this.ids[row]!, similarity }));
  }
}

/** The query as a unit Float64Array, so the dot product is a cosine whatever the embedder returns. */
function unit(vector: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(vector as ArrayLike<number>);
  let norm = 0;
  for (let i = 0; i < out.length; i++) norm += out[i]! * out[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}
