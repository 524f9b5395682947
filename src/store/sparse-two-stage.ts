/**
 * Two-stage vector search for large corpora (from TWO_STAGE_MIN_PASSAGES on). Stage one scans "coarse" postings,
 * only the strongest fifth of all values (by |value|), and keeps the best COARSE_CANDIDATES passages; stage two
 * scores just those exactly, from the vectors held passage by passage (rows), and returns the best k with their
 * exact cosines. At a million passages the exact scan reads ~9 million postings per question; this reads a fifth
 * of them plus a few hundred thousand values, and holds no full column copy (rows + coarse take less memory than
 * the columns did).
 *
 * Why not HNSW for these vectors: the hashed sparse vectors put a question among many near-equal neighbours,
 * where hnswlib-node's graphs lose recall (0.54 at 100k, efSearch 96), and building a graph over a million
 * 512-dimension vectors takes far longer than the whole ingest is allowed (README, "Scaling").
 * The kept fraction and the candidate count were set on the tuning half of the 100k corpus's questions (seed 42)
 * for recall@40 >= 0.95 against the exact scan (tests/bench/vector-recall.ts); other corpora are reported.
 */
import { queryScale, scanBest, type ScanResult } from "./sparse-scan.js";
import type { SparseColumns, SparseRows, SparseSearchData } from "./sparse-vectors.js";

/** From this many passages on, builds are stored and searched in two stages (below it the exact scan is cheap). */
export const TWO_STAGE_MIN_PASSAGES = 250_000;
/** Share of all postings (those with the largest |value|) the coarse scan reads. */
export const COARSE_KEEP_FRACTION = 0.2;
/** Candidates the coarse scan passes on to the exact re-score (at least this, or 50 per result asked for). */
export const COARSE_CANDIDATES = 2_000;

export interface TwoStageData {
  rows: SparseRows;
  coarse: SparseColumns;
}

const BINS = 4096;

/** The postings whose |value| is among the largest `keep` share of all, dimension by dimension. */
export function buildCoarseColumns(columns: SparseColumns, keep = COARSE_KEEP_FRACTION): SparseColumns {
  const { dimensions, offsets, docs, values } = columns;
  // The threshold from a histogram of |value| (values of unit vectors are at most 1 in magnitude).
  const histogram = new Int32Array(BINS + 1);
  for (let j = 0; j < values.length; j++) histogram[Math.min(BINS, Math.floor(Math.abs(values[j]!) * BINS))]!++;
  let bin = BINS;
  for (let kept = histogram[BINS]!; bin > 0 && kept < keep * values.length; ) kept += histogram[--bin]!;
  const threshold = bin / BINS;
  let count = 0;
  for (let j = 0; j < values.length; j++) if (Math.abs(values[j]!) >= threshold) count++;
  const coarse: SparseColumns = { dimensions, offsets: new Int32Array(dimensions + 1), docs: new Int32Array(count), values: new Float32Array(count) };
  let at = 0;
  for (let d = 0; d < dimensions; d++) {
    coarse.offsets[d] = at;
    for (let j = offsets[d]!, end = offsets[d + 1]!; j < end; j++) {
      if (Math.abs(values[j]!) < threshold) continue;
      coarse.docs[at] = docs[j]!;
      coarse.values[at++] = values[j]!;
    }
  }
  coarse.offsets[dimensions] = at;
  return coarse;
}

/** The exact scan over columns, or the two-stage search; `scores` is scratch space of one slot per passage. */
export function searchData(data: SparseSearchData, scores: Float64Array, vector: ArrayLike<number>, k: number): ScanResult {
  return data.kind === "exact" ? scanBest(data.columns, scores, vector, k) : searchTwoStage(data, scores, vector, k);
}

/** `scores`: scratch space of one slot per passage. Best first, ties to the lower passage number. */
export function searchTwoStage(data: TwoStageData, scores: Float64Array, vector: ArrayLike<number>, k: number, candidates = COARSE_CANDIDATES): ScanResult {
  // Stage one: the coarse scan's sums (its own best-k selection is not needed, only the sums).
  scanBest(data.coarse, scores, vector, 0);
  const chosen = bestCandidates(scores, Math.max(candidates, 50 * k));
  // Stage two: exact dot products, from the rows.
  const { offsets, dims, values, dimensions } = data.rows;
  const dense = new Float64Array(dimensions);
  for (let d = 0; d < dimensions; d++) dense[d] = vector[d] ?? 0;
  const exact = new Float64Array(chosen.length);
  for (let i = 0; i < chosen.length; i++) {
    const p = chosen[i]!;
    let dot = 0;
    // Dimensions ascending, as the exact scan adds them: the same sums to the last bit.
    for (let j = offsets[p]!, end = offsets[p + 1]!; j < end; j++) {
      const w = dense[dims[j]!]!;
      if (w !== 0) dot += w * values[j]!;
    }
    exact[i] = dot;
  }
  const order = Array.from(chosen.keys()).sort((a, b) => exact[b]! - exact[a]! || chosen[a]! - chosen[b]!);
  const want = Math.min(Math.max(0, Math.floor(k)), order.length);
  const scale = queryScale(vector, dimensions);
  const indexes = new Int32Array(want);
  const similarities = new Float64Array(want);
  for (let i = 0; i < want; i++) {
    indexes[i] = chosen[order[i]!]!;
    similarities[i] = exact[order[i]!]! * scale;
  }
  return { indexes, similarities };
}

/**
 * About the `count` passages of highest score (a few more when scores tie at the cut), ascending: a histogram
 * of the positive scores finds the cut in two linear passes, far cheaper than a heap of thousands.
 */
export function bestCandidates(scores: Float64Array, count: number): Int32Array {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  if (max <= 0) return new Int32Array(0);
  const histogram = new Int32Array(BINS + 1);
  const toBin = BINS / max;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s > 0) histogram[Math.floor(s * toBin)]!++;
  }
  let bin = BINS;
  for (let kept = histogram[BINS]!; bin > 0 && kept < count; ) kept += histogram[--bin]!;
  const cut = bin / toBin;
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && scores[i]! >= cut) n++;
  const out = new Int32Array(n);
  for (let i = 0, at = 0; i < scores.length; i++) if (scores[i]! > 0 && scores[i]! >= cut) out[at++] = i;
  return out;
}
