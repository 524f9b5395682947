/**
 * VectorIndex over a Cloudflare Vectorize binding (scale mode). Vectorize holds the vectors (up to 10 million per
 * index); passages and the keyword index stay in the bundle. The binding interface below is the part of
 * `VectorizeIndex` this uses, so the core needs no Workers types and tests can pass an in-memory stand-in.
 *
 * Scores: a Vectorize index made with metric "cosine" (what vectorize:sync creates) scores a match by cosine
 * *similarity* in -1..1, higher is closer, which is already the port's meaning (on Node, hnswlib's cosine
 * *distance* d becomes 1 - d). "dot-product" over unit vectors is the same number, so queries are sent as unit
 * vectors. "euclidean" scores a distance and is refused: convert it only if you must, with 1 - d²/2 for unit vectors.
 */
import { AppError } from "../errors.js";
import type { VectorHit, VectorIndex } from "../retrieval/vector-index.js";

export interface VectorizeMatchLike {
  id: string;
  score: number;
  metadata?: Record<string, unknown>;
}

/** The used part of `VectorizeIndex` (env.VECTORIZE). */
export interface VectorizeBinding {
  query(
    vector: number[] | Float32Array,
    options: { topK: number; returnMetadata?: "none" | "indexed" | "all" | boolean; returnValues?: boolean },
  ): Promise<{ matches: VectorizeMatchLike[]; count?: number }>;
}

export type VectorizeMetric = "cosine" | "dot-product" | "euclidean";

/** Vectorize returns at most 100 matches when neither values nor metadata are asked for (20 otherwise). */
export const VECTORIZE_MAX_TOP_K = 100;

export interface VectorizeVectorIndexOptions {
  /** The index's metric, as created; vectorize:sync creates "cosine". */
  metric?: VectorizeMetric;
  /** Dimensions of the index, to fail with a clear message instead of Vectorize's when the embedder differs. */
  dimensions?: number;
}

export class VectorizeVectorIndex implements VectorIndex {
  readonly name = "vectorize";
  private readonly metric: VectorizeMetric;

  constructor(
    private readonly binding: VectorizeBinding,
    private readonly options: VectorizeVectorIndexOptions = {},
  ) {
    this.metric = options.metric ?? "cosine";
    if (this.metric === "euclidean") {
      throw new Error('the Vectorize index must use metric "cosine" (npm run vectorize:sync creates it so), not "euclidean"');
    }
  }

  async search(vector: ArrayLike<number>, k: number): Promise<VectorHit[]> {
    const { dimensions } = this.options;
    if (dimensions !== undefined && vector.length !== dimensions) {
      // A deployment mistake, not the reader's: a plain Error is logged in full and answered as 500 internal.
      throw new Error(
        `the question's vector has ${vector.length} dimensions but the Vectorize index ${dimensions}: the Worker's embedder differs from the one vectorize:sync used`,
      );
    }
    const topK = Math.max(1, Math.min(k, VECTORIZE_MAX_TOP_K));
    let result: Awaited<ReturnType<VectorizeBinding["query"]>>;
    try {
      result = await this.binding.query(toUnitArray(vector), { topK, returnMetadata: "none", returnValues: false });
    } catch (err) {
      throw new AppError("upstream_error", `Vectorize query failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return result.matches.map((m) => ({ id: m.id, similarity: toSimilarity(m.score) }));
  }
}

/** Cosine similarity from a cosine or unit-vector dot-product score, clamped against float error. */
export function toSimilarity(score: number): number {
  return Math.max(-1, Math.min(1, score));
}

function toUnitArray(vector: ArrayLike<number>): number[] {
  const out = Array.from(vector);
  const norm = Math.sqrt(out.reduce((sum, x) => sum + x * x, 0));
  return norm > 0 ? out.map((x) => x / norm) : out;
}
