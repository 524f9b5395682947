/**
 * Two-stage vector search for large corpora (from TWO_STAGE_MIN_PASSAGES on). Stage one sums approximate scores
 * from the impact lists (sparse-impact.ts): the postings of largest positive contribution to this question, about
 * IMPACT_POSTINGS_PER_PASSAGE per passage of the corpus (fewer for a question of rare dimensions), and keeps the
 * best IMPACT_CANDIDATES passages; stage two scores just those exactly, from the vectors held passage by passage
 * (rows), and returns the best k with their exact cosines. At a million passages the exact scan reads 7 to 19
 * million postings per question (mean over each half of the questions); this reads at most 3 million postings (two
 * bytes each) and 5,000 rows.
 *
 * Builds made before the impact lists hold "coarse" columns instead: only the strongest fifth of all values (by
 * |value|), for every dimension of the question alike, about 4.5 million postings a question at a million (eight
 * bytes each); they are still read and searched that way (COARSE_KEEP_FRACTION, COARSE_CANDIDATES below).
 *
 * Why not HNSW for these vectors: the hashed sparse vectors put a question among many near-equal neighbours,
 * where hnswlib-node's graphs lose recall (0.54 at 100k, efSearch 96), and building a graph over a million
 * 512-dimension vectors takes far longer than the whole ingest is allowed (README, "Scaling").
 * The coarse columns' kept fraction was set on the tuning half of the 100k corpus's questions (seed 42) for
 * recall@40 >= 0.95 against the exact scan (tests/bench/vector-recall.ts), their candidate count on the tuning half
 * of the 1M corpus's (2,000 candidates: 0.923; 3,000: 0.935; 4,000: 0.949; 5,000: 0.958); the impact lists' budget
 * and candidates on the same tuning half (see IMPACT_POSTINGS_PER_PASSAGE). Other corpora, and the other half, are
 * reported.
 */
import { impactScan, type ImpactColumns } from "./sparse-impact.js";
import { bestOfScores, queryScale, scanBest, type ScanResult } from "./sparse-scan.js";
import type { SparseColumns, SparseRows, SparseSearchData } from "./sparse-vectors.js";
import { rescoreOnSearchThread, type RescoreRange, type RescoreSplitBuffers } from "./rescore-split.js";

/** From this many passages on, builds are stored and searched in two stages (below it the exact scan is cheap). */
export const TWO_STAGE_MIN_PASSAGES = 250_000;
/** Share of all postings (those with the largest |value|) the coarse scan reads. */
export const COARSE_KEEP_FRACTION = 0.2;
/** Candidates the coarse scan passes on to the exact re-score (at least this, or 50 per result asked for). */
export const COARSE_CANDIDATES = 5_000;

/**
 * What the impact scan reads: at most IMPACT_POSTINGS_PER_PASSAGE postings per passage of the corpus (3 million at
 * a million passages), and at most IMPACT_SHARE of the postings of positive contribution the question has; then
 * IMPACT_CANDIDATES candidates. (The exact scan read 7.4 million postings a question on average over one half of
 * the 1M corpus's questions, 19 million over the other.) Set on the tuning half of
 * the 1M corpus's questions, recall@40 against the exact scan: 2 million postings and 5,000 candidates 0.925,
 * 3 million and 4,000 0.950, 3 million and 5,000 0.962, 3.5 million and 5,000 0.947 (past about 3 million the
 * positive-only sums favour long passages and recall does not grow); with 3 million and 5,000, a share of 0.4
 * 0.962 (as without), 0.3 0.949, 0.25 0.937; but a share of 0.4 gave only 0.937 on the report half (1: 0.985),
 * whose questions have rarer dimensions, so the share stays 1 (every question may read its 3 million).
 */
export const IMPACT_POSTINGS_PER_PASSAGE = 3;
export const IMPACT_SHARE = 1;
export const IMPACT_CANDIDATES = 5_000;

/**
 * Rows for the exact re-score, and the first stage: impact lists (sparse-impact.ts; what builds write), or the
 * coarse columns of builds made before them (still read and searched as before).
 */
export interface TwoStageData {
  rows: SparseRows | PackedRows;
  coarse: SparseColumns | ImpactColumns;
}

export function isImpact(coarse: SparseColumns | ImpactColumns): coarse is ImpactColumns {
  return "low" in coarse;
}

/**
 * Rows as a loaded large build holds them when there are at most 512 dimensions: each dimension in one byte
 * instead of two (120 MB less at a million passages). A row's dimensions are ascending, so those below 256 come
 * first; `high[i]` is where passage i's others start (stored as the dimension less 256). Same values, same order.
 */
export interface PackedRows {
  dimensions: number;
  offsets: Int32Array;
  dims8: Uint8Array;
  high: Int32Array;
  values: Float32Array;
}

/** The rows with two bytes a dimension again (for readers other than the search). */
export function unpackRows(rows: SparseRows | PackedRows): SparseRows {
  if (!("dims8" in rows)) return rows;
  const { dimensions, offsets, dims8, high, values } = rows;
  const dims = new Uint16Array(dims8.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    for (let j = offsets[i]!, mid = high[i]!; j < mid; j++) dims[j] = dims8[j]!;
    for (let j = high[i]!, end = offsets[i + 1]!; j < end; j++) dims[j] = 256 + dims8[j]!;
  }
  return { dimensions, offsets, dims, values };
}

/** Histogram bins for a threshold over |value| or over scores. */
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

/**
 * The exact scan over columns, or the two-stage search; `scores` is scratch space of one slot per passage. `split`:
 * the search thread shares the two-stage re-score with the main thread through it (rescore-split.ts).
 */
export function searchData(data: SparseSearchData, scores: Float64Array, vector: ArrayLike<number>, k: number, split?: RescoreSplitBuffers): ScanResult {
  return data.kind === "exact" ? scanBest(data.columns, scores, vector, k) : searchTwoStage(data, scores, vector, k, undefined, undefined, IMPACT_SHARE, split);
}

/**
 * `scores`: scratch space of one slot per passage. Best first, ties to the lower passage number. `candidates` and
 * `budget` (postings the impact scan reads) default to the tuned values.
 */
export function searchTwoStage(
  data: TwoStageData,
  scores: Float64Array,
  vector: ArrayLike<number>,
  k: number,
  candidates?: number,
  budget?: number,
  share = IMPACT_SHARE,
  split?: RescoreSplitBuffers,
): ScanResult {
  const coarse = data.coarse;
  if (isImpact(coarse)) {
    impactScan(coarse, scores, vector, budget ?? IMPACT_POSTINGS_PER_PASSAGE * coarse.passages, share);
    const chosen = bestCandidates(scores.subarray(0, coarse.passages), Math.max(candidates ?? IMPACT_CANDIDATES, 50 * k));
    return rescoreBest(data.rows, chosen, vector, k, split);
  }
  // Stage one: the coarse scan's sums (its own best-k selection is not needed, only the sums).
  scanBest(coarse, scores, vector, 0);
  const chosen = bestCandidates(scores, Math.max(candidates ?? COARSE_CANDIDATES, 50 * k));
  return rescoreBest(data.rows, chosen, vector, k, split);
}

/**
 * Stage two: exact dot products of the chosen passages (ascending) from the rows; the best k with their exact
 * cosines, best first, ties to the lower passage number.
 */
export function rescoreBest(rows: SparseRows | PackedRows, chosen: Int32Array, vector: ArrayLike<number>, k: number, split?: RescoreSplitBuffers): ScanResult {
  const { dimensions } = rows;
  const rescore = rescorer(rows, vector);
  let exact: Float64Array;
  if (split) exact = rescoreOnSearchThread(split, chosen, rescore);
  else rescore(chosen, 0, chosen.length, (exact = new Float64Array(chosen.length)));
  // Best first, ties to the lower position, which is the lower passage number (chosen is ascending).
  const best = bestOfScores(exact, k, queryScale(vector, dimensions));
  const indexes = best.indexes.map((i) => chosen[i]!);
  const similarities = best.similarities;
  return { indexes, similarities };
}

/**
 * Rows read ahead in stage two. A candidate's row lies anywhere in hundreds of megabytes, so each one costs a few
 * waits on memory; reading one value from every cache line of the row AHEAD candidates later (into `readAhead`,
 * which nothing waits for) sets those fetches going while this row is summed. And every value of a row is added,
 * times the question's weight, 0 for most dimensions (0 * v adds nothing, so the sums are the same to the last
 * bit): a test for a zero weight on every value mispredicted often and cost more than the multiplications. At a
 * million passages the two together cut the re-score of 3,000 random rows from 3.4 to 1.25 ms (one process, side
 * by side, shared machine); within the search, the re-score of 5,000 candidates went from about 5.3 to 4.1 ms.
 */
const AHEAD = 8;
/** Cache line of float32 values. */
const LINE = 16;
/** Where the read-ahead values go, so that the reads are not dropped as unused. */
let readAhead = 0;

/**
 * The exact dot products of candidates [from, to) with `vector`, into `out` at the same positions: over packed rows
 * or two-byte rows, whichever `rows` are (the same additions in the same order either way).
 */
export function rescorer(rows: SparseRows | PackedRows, vector: ArrayLike<number>): RescoreRange {
  const dense = new Float64Array(Math.max(rows.dimensions, 512));
  for (let d = 0; d < rows.dimensions; d++) dense[d] = vector[d] ?? 0;
  return "dims8" in rows
    ? (chosen, from, to, out) => rescorePacked(rows, chosen, from, to, dense, out)
    : (chosen, from, to, out) => rescoreRows(rows, chosen, from, to, dense, out);
}

/** Stage two over packed rows, candidates [from, to). */
function rescorePacked(rows: PackedRows, chosen: Int32Array, from: number, to: number, dense: Float64Array, exact: Float64Array): void {
  const { offsets, dims8, high, values } = rows;
  let ahead = 0;
  for (let i = from; i < to; i++) {
    if (i + AHEAD < to) {
      const r = chosen[i + AHEAD]!;
      const start = offsets[r]!;
      ahead += dims8[start]! + high[r]!;
      for (let j = start, end = offsets[r + 1]!; j < end; j += LINE) ahead += values[j]!;
    }
    const p = chosen[i]!;
    let dot = 0;
    const mid = high[p]!;
    for (let j = offsets[p]!; j < mid; j++) dot += dense[dims8[j]!]! * values[j]!;
    for (let j = mid, end = offsets[p + 1]!; j < end; j++) dot += dense[256 + dims8[j]!]! * values[j]!;
    exact[i] = dot;
  }
  readAhead = ahead;
}

/** Stage two over two-byte rows (a build read whole), candidates [from, to), rows read ahead as in rescorePacked. */
function rescoreRows(rows: SparseRows, chosen: Int32Array, from: number, to: number, dense: Float64Array, exact: Float64Array): void {
  const { offsets, dims, values } = rows;
  let ahead = 0;
  for (let i = from; i < to; i++) {
    if (i + AHEAD < to) {
      const r = chosen[i + AHEAD]!;
      const start = offsets[r]!;
      const end = offsets[r + 1]!;
      for (let j = start; j < end; j += 2 * LINE) ahead += dims[j]!;
      for (let j = start; j < end; j += LINE) ahead += values[j]!;
    }
    const p = chosen[i]!;
    let dot = 0;
    // Dimensions ascending, as the exact scan adds them: the same sums to the last bit.
    for (let j = offsets[p]!, end = offsets[p + 1]!; j < end; j++) dot += dense[dims[j]!]! * values[j]!;
    exact[i] = dot;
  }
  readAhead = ahead;
}

/** The sum of the last re-score's read-ahead values (kept so that those reads stay; of no other use). */
export function lastReadAhead(): number {
  return readAhead;
}

/**
 * One score in SAMPLE_STEP estimates where the cut for the candidates lies: SAMPLE_RUN neighbours (one cache line of
 * float64) every SAMPLE_RUN * SAMPLE_STEP, so the sample reads a sixteenth of the memory, not every other line.
 */
const SAMPLE_STEP = 16;
const SAMPLE_RUN = 8;

/**
 * About the `count` passages of highest score, ascending. The cut comes from a sample of the scores, so the
 * selection reads the scores about once instead of keeping a heap of thousands; when the sample misjudges and too
 * few pass, the cut is taken from all of them.
 */
export function bestCandidates(scores: Float64Array, count: number): Int32Array {
  let cut = cutFor(scores, SAMPLE_STEP, Math.ceil(count / SAMPLE_STEP));
  if (cut === Infinity) return new Int32Array(0);
  let chosen = collect(scores, cut);
  if (chosen.length < count / 2) chosen = collect(scores, (cut = cutFor(scores, 1, count)));
  return chosen.length > TRIM_ABOVE * count ? trimTo(scores, chosen, count) : chosen;
}

/**
 * Above this many times the asked count, the candidates are cut to the count exactly. The impact scan's sums take
 * few distinct values (each list adds its mean), so a cut from the histogram can take in many equal sums at once:
 * at a million passages, asked for 5,000, 14,000 came through for one question in twenty, each one a row to re-score.
 */
const TRIM_ABOVE = 1.2;
/**
 * The most candidates the search re-scores at the default counts (k at most 100): what the re-score's shared
 * buffers hold (rescore-split.ts); a search with more re-scores them on its own thread.
 */
export const MOST_CANDIDATES = Math.floor(TRIM_ABOVE * Math.max(IMPACT_CANDIDATES, COARSE_CANDIDATES));

/** The best `count` of `chosen` (ascending passage numbers) by score, equal scores to the lower passage number; ascending. */
function trimTo(scores: Float64Array, chosen: Int32Array, count: number): Int32Array {
  const values = Float64Array.from(chosen, (p) => scores[p]!);
  const floor = largest(values, count);
  let above = 0;
  for (let i = 0; i < chosen.length; i++) if (scores[chosen[i]!]! > floor) above++;
  let equal = count - above;
  const out = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < chosen.length; i++) {
    const s = scores[chosen[i]!]!;
    if (s > floor || (s === floor && equal-- > 0)) out[at++] = chosen[i]!;
  }
  return out;
}

/** The `count`-th largest of `values` (reordered in place), by quickselect. */
function largest(values: Float64Array, count: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const want = count - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want]!;
}

/** The score from which about `count` of the sampled scores (one in `step`) are at or above it (Infinity: none positive). */
function cutFor(scores: Float64Array, step: number, count: number): number {
  const run = step === 1 ? 1 : SAMPLE_RUN;
  const stride = run * step;
  const n = scores.length;
  let max = 0;
  for (let i0 = 0; i0 < n; i0 += stride) for (let i = i0, end = Math.min(n, i0 + run); i < end; i++) if (scores[i]! > max) max = scores[i]!;
  if (max <= 0) return step === 1 ? Infinity : cutFor(scores, 1, count * step);
  const histogram = new Int32Array(BINS + 1);
  const toBin = BINS / max;
  for (let i0 = 0; i0 < n; i0 += stride) {
    for (let i = i0, end = Math.min(n, i0 + run); i < end; i++) {
      const s = scores[i]!;
      if (s > 0) histogram[Math.min(BINS, Math.floor(s * toBin))]!++;
    }
  }
  let bin = BINS;
  for (let kept = histogram[BINS]!; bin > 0 && kept < count; ) kept += histogram[--bin]!;
  // Never 0: a passage that shares nothing with the question is no candidate.
  return Math.max(bin / toBin, Number.MIN_VALUE);
}

/** Passage numbers whose score is at least `cut`, ascending (into a typed array: a plain array's pushes cost more than the reads). */
function collect(scores: Float64Array, cut: number): Int32Array {
  let out = new Int32Array(1024);
  let count = 0;
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (scores[i]! < cut) continue;
    if (count === out.length) {
      const grown = new Int32Array(2 * count);
      grown.set(out);
      out = grown;
    }
    out[count++] = i;
  }
  return out.slice(0, count);
}
