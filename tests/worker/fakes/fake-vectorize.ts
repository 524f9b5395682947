/**
 * An in-memory Vectorize index that follows the binding's interface and documented behaviour: query(vector,
 * { topK, returnMetadata, returnValues }) -> { count, matches: [{ id, score, metadata? }] }, with a cosine index
 * scoring by cosine similarity (higher is closer); topK at most 100, or 20 with values or metadata; a query of the
 * wrong dimensions fails; upsert replaces whole vectors; deleteByIds removes them.
 */
import type { VectorizeBinding, VectorizeMatchLike } from "../../../src/worker/vectorize-vector-index.js";

interface Stored {
  values: number[];
  metadata?: Record<string, unknown>;
}

type QueryOptions = Parameters<VectorizeBinding["query"]>[1];

export class FakeVectorize implements VectorizeBinding {
  readonly queries: QueryOptions[] = [];
  private readonly vectors = new Map<string, Stored>();

  constructor(readonly dimensions: number) {}

  get size(): number {
    return this.vectors.size;
  }

  async upsert(vectors: { id: string; values: ArrayLike<number>; metadata?: Record<string, unknown> }[]) {
    for (const v of vectors) {
      if (v.values.length !== this.dimensions) throw new Error(`VECTOR_UPSERT_ERROR: expected ${this.dimensions} dimensions, got ${v.values.length}`);
      this.vectors.set(v.id, { values: Array.from(v.values), metadata: v.metadata });
    }
    return { mutationId: crypto.randomUUID() };
  }

  async deleteByIds(ids: string[]) {
    for (const id of ids) this.vectors.delete(id);
    return { mutationId: crypto.randomUUID() };
  }

  async query(vector: number[] | Float32Array, options: QueryOptions) {
    this.queries.push(options);
    if (vector.length !== this.dimensions) {
      throw new Error(`VECTOR_QUERY_ERROR (code = 40006): invalid query vector, expected ${this.dimensions} dimensions, and got ${vector.length} dimensions`);
    }
    const heavy = options.returnValues || (options.returnMetadata !== undefined && options.returnMetadata !== "none" && options.returnMetadata !== false);
    const max = heavy ? 20 : 100;
    if (options.topK > max) throw new Error(`VECTOR_QUERY_ERROR: topK must be at most ${max}`);
    const matches: VectorizeMatchLike[] = [...this.vectors].map(([id, stored]) => ({
      id,
      score: cosine(vector, stored.values),
      ...(heavy ? { metadata: stored.metadata } : {}),
    }));
    matches.sort((a, b) => b.score - a.score);
    return { count: Math.min(options.topK, matches.length), matches: matches.slice(0, options.topK) };
  }
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
