/**
 * Exact nearest-neighbour search over sparse vectors, for embedders whose vectors are mostly zeros (the built-in
 * hashed embedder fills about a quarter of its 512 dimensions). Vectors are stored dimension by dimension (for
 * each dimension, the passages with a non-zero value there), so a query costs one pass over the postings of its own
 * non-zero dimensions, about 0.9 million multiply-adds at 100k passages, instead of a graph walk.
 *
 * Why not HNSW for these vectors: a question's vector sits far from every passage (best cosine about 0.45) among
 * many near-equal neighbours, which is where HNSW graphs lose their way: at 100k passages hnswlib-node found only
 * 55% of the exact top 10 at efSearch 96 and 69% at efSearch 400 (M 16, efConstruction 100), against 100% here
 * (npm run bench, "Side by side").
 * Dense embedders (OpenAI, transformers) keep HNSWLib, where HNSW does well.
 * From TWO_STAGE_MIN_PASSAGES on, the build stores the vectors for a two-stage search instead (a scan of the
 * question's strongest postings in impact lists, then an exact re-score of the candidates: sparse-two-stage.ts),
 * which keeps recall@40 above 0.95 at a fraction of the postings read.
 */
import type { VectorHit, VectorIndex } from "../retrieval/vector-index.js";
import type { ScanResult } from "./sparse-scan.js";
import { shareSearchData, SparseSearchThread } from "./sparse-search-thread.js";
import { createRescoreSplit, helpRescore, resetRescoreSplit, type RescoreSplitBuffers } from "./rescore-split.js";
import { MOST_CANDIDATES, rescorer, searchData, unpackRows } from "./sparse-two-stage.js";
import {
  columnsToRows,
  readSparseSearchData,
  rowsToColumns,
  type SparseColumns,
  type SparseRows,
  type SparseSearchData,
} from "./sparse-vectors.js";

export class SparseVectorIndex implements VectorIndex {
  /** One score per passage for scans on this thread, made on first use (a search thread has its own). */
  private scores: Float64Array | null = null;
  private data: SparseSearchData;
  private thread: SparseSearchThread | null = null;
  /** Shared memory for the two-stage re-score the main thread helps with (made on first use). */
  private split: RescoreSplitBuffers | null = null;
  /** Candidates this thread has re-scored for the search thread's two-stage searches (rescore-split.ts), in all. */
  rescoredHere = 0;

  constructor(
    private readonly ids: string[],
    data: SparseColumns | SparseSearchData,
  ) {
    this.data = "kind" in data ? data : { kind: "exact", columns: data };
  }

  /** Over vectors a search thread has read (SparseSearchThread.load): searched there, and here when it is busy. */
  static withThread(ids: string[], loaded: { thread: SparseSearchThread; data: SparseSearchData }): SparseVectorIndex {
    const index = new SparseVectorIndex(ids, loaded.data);
    index.thread = loaded.thread;
    return index;
  }

  static fromRows(ids: string[], rows: SparseRows): SparseVectorIndex {
    if (rows.offsets.length - 1 !== ids.length) throw new Error(`${rows.offsets.length - 1} vectors for ${ids.length} passages`);
    return new SparseVectorIndex(ids, rowsToColumns(rows));
  }

  /** Reads `path` (or `bytes` already read from it), checked against the passages it must cover (see readSparseSearchData for `deep`). */
  static async load(path: string, ids: string[], bytes?: Buffer, deep = true): Promise<SparseVectorIndex> {
    return new SparseVectorIndex(ids, await readSparseSearchData(path, ids.length, bytes, deep));
  }

  get name(): string {
    return this.data.kind === "exact" ? "sparse-exact" : "sparse-two-stage";
  }

  get size(): number {
    return this.ids.length;
  }

  get dimensions(): number {
    return this.data.kind === "exact" ? this.data.columns.dimensions : this.data.rows.dimensions;
  }

  /** "exact" (every posting scanned) or "two-stage" (large corpora: see sparse-two-stage.ts). */
  get searchKind(): SparseSearchData["kind"] {
    return this.data.kind;
  }

  /** Whether searches run on a search thread (see sparse-search-thread.ts). */
  get threaded(): boolean {
    return this.thread?.usable ?? false;
  }

  /**
   * Moves the vectors into shared memory and starts a search thread over them. Resolves to false (and the index
   * keeps searching on this thread) when the thread cannot start.
   */
  async startThread(): Promise<boolean> {
    if (this.thread) return this.thread.usable;
    this.data = shareSearchData(this.data);
    try {
      this.thread = await SparseSearchThread.start(this.data, this.ids.length);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.thread?.close();
  }

  /** The dimension-by-dimension arrays (shared, not copied, when the index holds columns). */
  columns(): SparseColumns {
    return this.data.kind === "exact" ? this.data.columns : rowsToColumns(unpackRows(this.data.rows));
  }

  /** The vectors passage by passage. */
  rows(): SparseRows {
    return this.data.kind === "exact" ? columnsToRows(this.data.columns, this.ids.length) : unpackRows(this.data.rows);
  }

  /**
   * Cosine similarity to every passage; the best k, ties to the lower index. On the search thread when there is
   * one and it is free (a second search at the same moment scans here, so both cores work), else on this thread.
   */
  async search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]> {
    const thread = this.thread;
    if (thread?.usable && thread.inFlight === 0) {
      try {
        if (this.data.kind === "exact") return this.hits(await thread.search(vector, k));
        // Two-stage: once this thread has nothing else to do for the question (BM25 runs before this resumes), it
        // takes a share of the exact re-score (rescore-split.ts).
        const rows = this.data.rows;
        this.split ??= createRescoreSplit(MOST_CANDIDATES);
        const search = resetRescoreSplit(this.split);
        const reply = thread.search(vector, k, this.split);
        // Handled here too, so that a failure while helping leaves no unhandled rejection behind (it is awaited below).
        reply.catch(() => undefined);
        this.rescoredHere += await helpRescore(this.split, search, reply, rescorer(rows, vector));
        return this.hits(await reply);
      } catch {
        // The thread failed: this search, and the ones after it, run here.
      }
    }
    return this.searchSync(vector, k);
  }

  searchSync(vector: ArrayLike<number>, k: number): VectorHit[] {
    this.scores ??= new Float64Array(this.ids.length);
    return this.hits(searchData(this.data, this.scores, vector, k));
  }

  private hits({ indexes, similarities }: ScanResult): VectorHit[] {
    const hits: VectorHit[] = [];
    for (let i = 0; i < indexes.length; i++) hits.push({ id: this.ids[indexes[i]!]!, similarity: similarities[i]!, index: indexes[i]! });
    return hits;
  }
}
