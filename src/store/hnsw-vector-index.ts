/**
 * VectorIndex over LangChain's HNSWLib (hnswlib-node), persisted in a build folder. HNSWLib reports cosine
 * *distance*; this adapter converts it to similarity (1 - distance) so scores mean the same as on Vectorize.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import type { VectorHit, VectorIndex } from "../retrieval/vector-index.js";

/**
 * hnswlib and LangChain's store over it, imported when an HNSW index is built or loaded (dense embedders only):
 * ~0.1 s of start-up that the default (sparse) index never needs.
 */
async function hnswPackages() {
  const [{ Document }, { HNSWLib }, hnswlib] = await Promise.all([
    import("@langchain/core/documents"),
    import("@langchain/community/vectorstores/hnswlib"),
    import("hnswlib-node"),
  ]);
  return { Document, HNSWLib, HierarchicalNSW: hnswlib.default.HierarchicalNSW };
}

/**
 * Graph parameters: M and efConstruction trade build time for recall; efSearch trades query time for recall.
 * For dense model embeddings (the embedders that use this index) M 16 / efConstruction 100 / efSearch 96 keeps
 * recall@10 near 0.99 (see STACK.md); the built-in sparse embedder uses the exact sparse index instead.
 */
export const HNSW_PARAMS = { m: 16, efConstruction: 100, efSearch: 96, seed: 42 };

export class HnswVectorIndex implements VectorIndex {
  readonly name = "hnswlib";

  private constructor(private readonly store: HNSWLib) {}

  static async build(
    embeddings: EmbeddingsInterface,
    ids: string[],
    vectors: number[][],
    dimensions: number,
    onProgress?: (done: number) => void,
  ): Promise<HnswVectorIndex> {
    const { Document, HNSWLib, HierarchicalNSW } = await hnswPackages();
    const index = new HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(1, vectors.length), HNSW_PARAMS.m, HNSW_PARAMS.efConstruction, HNSW_PARAMS.seed);
    const store = new HNSWLib(embeddings, { space: "cosine", numDimensions: dimensions, index });
    const batch = 1000;
    for (let start = 0; start < vectors.length; start += batch) {
      const end = Math.min(vectors.length, start + batch);
      const docs = ids.slice(start, end).map((id) => new Document({ pageContent: "", metadata: { id } }));
      await store.addVectors(vectors.slice(start, end), docs);
      onProgress?.(end);
    }
    return new HnswVectorIndex(store);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface): Promise<HnswVectorIndex> {
    const { HNSWLib } = await hnswPackages();
    const store = await HNSWLib.load(directory, embeddings);
    store.index.setEf(HNSW_PARAMS.efSearch);
    return new HnswVectorIndex(store);
  }

  async save(directory: string): Promise<void> {
    await this.store.save(directory);
  }

  get size(): number {
    return this.store.index.getCurrentCount();
  }

  /** The stored vector of passage `label` (its position at build time), for an incremental build to reuse. */
  vectorOf(label: number): number[] {
    return this.store.index.getPoint(label);
  }

  async search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]> {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const hits = await this.store.similaritySearchVectorWithScore(Array.from(vector), n);
    return hits.map(([doc, distance]) => ({ id: String(doc.metadata.id), similarity: 1 - distance }));
  }
}
