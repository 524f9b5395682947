/**
 * The one port of ours beside LangChain's: a nearest-neighbour search whose score means the same thing on every
 * backend. HNSWLib returns cosine distance (lower is closer) and Vectorize returns similarity (higher is closer);
 * each adapter converts to `similarity` in -1..1, cosine, higher is closer.
 */
export interface VectorHit {
  id: string;
  similarity: number;
  /** The passage's number in the index's own order (corpus order in a Node build), when the index knows it. */
  index?: number;
}

export interface VectorIndex {
  /** Names the backend in /healthz and logs. */
  readonly name: string;
  search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]>;
}

/** Exact search over vectors held in memory: the bundled Worker index and small corpora. */
export class MemoryVectorIndex implements VectorIndex {
  readonly name = "memory";
  constructor(
    private readonly ids: string[],
    private readonly vectors: Float32Array[],
  ) {}

  async search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]> {
    const hits: VectorHit[] = [];
    for (let i = 0; i < this.vectors.length; i++) {
      const v = this.vectors[i]!;
      let dot = 0;
      for (let d = 0; d < v.length; d++) dot += v[d]! * (vector[d] ?? 0);
      hits.push({ id: this.ids[i]!, similarity: dot });
    }
    hits.sort((a, b) => b.similarity - a.similarity);
    return hits.slice(0, k);
  }
}
