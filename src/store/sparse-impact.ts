/**
 * Impact lists: the first stage of the two-stage search (sparse-two-stage.ts) for large corpora.
 *
 * Each dimension's postings are split by sign and by |value| into tiers with geometric bounds (a tier's values lie
 * within IMPACT_RATIO of each other), and each (dimension, sign, tier) list stores passage numbers only: its values
 * count as the list's mean. A question reads only the lists whose contribution weight(d) * mean is positive, the
 * largest first, until a budget of postings is spent: its strong dimensions are read deep, its weak ones shallow.
 *
 * Why positive contributions only: a nearest passage reaches its cosine (about 0.45 at a million) through many small
 * positive products, one for each term it shares with the question; negative products come from hash collisions.
 * On the tuning questions at a million passages, reading the largest |contribution| of either sign found 0.77 of
 * the exact top 40 from 2 million postings and 2,000 candidates, positive ones only 0.84 (tests/bench/vector-recall.ts).
 * The candidates are then scored exactly (the re-score), so what the coarse sums leave out never reaches a result.
 *
 * Every list is held window by window (WINDOW passages), each passage number as its low 16 bits: a posting costs
 * two bytes (the coarse columns this replaces cost eight), and the sums of one window stay in the core's cache.
 */
import type { SparseRows } from "./sparse-vectors.js";

/** Passages per window: a posting holds its passage number's low 16 bits. */
export const WINDOW_BITS = 16;
const WINDOW = 1 << WINDOW_BITS;

/** Ratio between consecutive tier bounds: a list's values are within this factor of each other. */
export const IMPACT_RATIO = 0.85;
/**
 * Smallest |value| kept: weaker postings only cost memory (two bytes each). On the tuning questions at a million
 * passages (3 million postings, 3,000 candidates), a floor of 0.03 found 0.944 of the exact top 40, 0.05 0.944
 * (80 of the 119 million postings kept), 0.07 0.941 (61 million kept).
 */
export const IMPACT_FLOOR = 0.05;

export interface ImpactColumns {
  dimensions: number;
  passages: number;
  /** Tiers per (dimension, sign). */
  tiers: number;
  /**
   * Where list L = (d * 2 + s) * tiers + t (s: 0 for positive values, 1 for negative; t: 0 for the largest |value|)
   * has its postings of window w: low[starts[L * windows + w] .. starts[L * windows + w + 1]).
   */
  starts: Int32Array;
  /** Each posting's passage number less its window's first; ascending within a list's window. */
  low: Uint16Array;
  /** Each list's mean value (signed; 0 for an empty list). */
  means: Float32Array;
}

export function windowsOf(passages: number): number {
  return Math.max(1, Math.ceil(passages / WINDOW));
}

export function listCount(dimensions: number, tiers: number): number {
  return dimensions * 2 * tiers;
}

/** Tiers between |value| 1 and `floor`. */
export function tierCount(floor = IMPACT_FLOOR, ratio = IMPACT_RATIO): number {
  return Math.max(1, Math.ceil(Math.log(floor) / Math.log(ratio)));
}

/** |value| resolution of the tier lookup (a table, instead of a logarithm per posting, at ingest). */
const STEPS = 1 << 14;

/** For each step of |value| (floor(|value| * STEPS)), its tier, or -1 below the floor. */
function tierTable(floor: number, ratio: number, tiers: number): Int8Array {
  const table = new Int8Array(STEPS + 1);
  for (let i = 0; i <= STEPS; i++) {
    const a = i / STEPS;
    table[i] = a < floor ? -1 : Math.min(tiers - 1, Math.max(0, Math.floor(Math.log(a) / Math.log(ratio))));
  }
  // Any value at or above the floor's step keeps its step's tier; the floor's own step may hold smaller values.
  return table;
}

/**
 * Builds the impact lists from the rows (passage by passage, as an ingest makes them and the file stores them), so
 * a build never needs the full columns. Rows are read in passage order, so each list's postings land ascending and
 * its sum adds them in that order, as a dimension-by-dimension pass over the columns would.
 */
export function buildImpactColumns(rows: SparseRows, passages: number, floor = IMPACT_FLOOR, ratio = IMPACT_RATIO): ImpactColumns {
  const { dimensions, offsets, dims, values } = rows;
  const tiers = tierCount(floor, ratio);
  if (2 * tiers > 255) throw new Error(`too many impact tiers (${tiers})`);
  const table = tierTable(floor, ratio, tiers);
  const windows = windowsOf(passages);
  const lists = listCount(dimensions, tiers);
  const rowCount = Math.min(passages, offsets.length - 1);
  // A posting's list (dimension, sign, tier), or -1 below the floor: computed twice (count, then place) rather than
  // stored, which would take a byte for each of ~120 million postings at a million passages.
  const listOf = (j: number): number => {
    const v = values[j]!;
    const a = v < 0 ? -v : v;
    const t = table[a >= 1 ? STEPS : (a * STEPS) | 0]!;
    return t < 0 ? -1 : dims[j]! * 2 * tiers + (v < 0 ? tiers + t : t);
  };
  // The size of each (list, window) and each list's sum.
  const starts = new Int32Array(lists * windows + 1);
  const sums = new Float64Array(lists);
  for (let i = 0; i < rowCount; i++) {
    const window = i >>> WINDOW_BITS;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
      const list = listOf(j);
      if (list < 0) continue;
      starts[list * windows + window + 1]!++;
      sums[list]! += values[j]!;
    }
  }
  for (let i = 0; i < lists * windows; i++) starts[i + 1]! += starts[i]!;
  const means = new Float32Array(lists);
  for (let L = 0; L < lists; L++) {
    const count = starts[(L + 1) * windows]! - starts[L * windows]!;
    means[L] = count > 0 ? sums[L]! / count : 0;
  }
  const cursor = starts.slice(0, lists * windows);
  const low = new Uint16Array(starts[lists * windows]!);
  for (let i = 0; i < rowCount; i++) {
    const window = i >>> WINDOW_BITS;
    for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
      const list = listOf(j);
      if (list >= 0) low[cursor[list * windows + window]!++] = i & (WINDOW - 1);
    }
  }
  return { dimensions, passages, tiers, starts, low, means };
}

/**
 * Throws unless the lists add up for `passages` (sizes and starts), and with `deep`, unless every posting of the
 * last window names a passage below `passages` (a posting of another window cannot name one past the end).
 */
export function checkImpactColumns(impact: ImpactColumns, passages: number, deep = true): void {
  const { dimensions, tiers, starts, low, means } = impact;
  const windows = windowsOf(passages);
  const lists = listCount(dimensions, tiers);
  if (impact.passages !== passages || !(tiers >= 1 && tiers <= 127) || means.length !== lists || starts.length !== lists * windows + 1) {
    throw new Error(`impact lists do not add up (${dimensions} dimensions, ${tiers} tiers, ${passages} passages)`);
  }
  if (starts[0] !== 0 || starts[lists * windows] !== low.length) throw new Error(`impact lists do not add up (${low.length} postings)`);
  for (let i = 0; i < lists * windows; i++) if (starts[i]! > starts[i + 1]!) throw new Error(`impact list ${Math.floor(i / windows)} is out of order`);
  const last = passages - ((windows - 1) << WINDOW_BITS);
  for (let L = 0; deep && L < lists; L++) {
    for (let j = starts[L * windows + windows - 1]!, end = starts[(L + 1) * windows]!; j < end; j++) {
      if (low[j]! >= last) throw new Error(`impact list ${L} names passage ${passages - last + low[j]!} of ${passages}`);
    }
  }
}

/**
 * The lists a question reads, largest contribution first, until `budget` postings or `share` of the postings of
 * positive contribution it has, whichever is fewer: each as its first start (L * windows) and its contribution per
 * posting. Ties go to the lower list number.
 */
export function chooseLists(impact: ImpactColumns, vector: ArrayLike<number>, budget: number, share = 1): { lists: Int32Array; weights: Float64Array; postings: number } {
  const { dimensions, tiers, starts, means } = impact;
  const windows = windowsOf(impact.passages);
  const found: number[] = [];
  const contribution: number[] = [];
  for (let d = 0; d < dimensions; d++) {
    const w = vector[d] ?? 0;
    if (w === 0) continue;
    // Positive contributions: positive values for a positive weight, negative ones for a negative weight.
    const first = (d * 2 + (w > 0 ? 0 : 1)) * tiers;
    for (let L = first; L < first + tiers; L++) {
      if (starts[(L + 1) * windows]! === starts[L * windows]!) continue;
      found.push(L);
      contribution.push(w * means[L]!);
    }
  }
  const order = Array.from(found.keys()).sort((a, b) => contribution[b]! - contribution[a]! || found[a]! - found[b]!);
  if (share < 1) {
    let available = 0;
    for (const L of found) available += starts[(L + 1) * windows]! - starts[L * windows]!;
    budget = Math.min(budget, share * available);
  }
  let postings = 0;
  let chosen = 0;
  while (chosen < order.length && postings < budget) {
    const L = found[order[chosen++]!]!;
    postings += starts[(L + 1) * windows]! - starts[L * windows]!;
  }
  const lists = new Int32Array(chosen);
  const weights = new Float64Array(chosen);
  for (let q = 0; q < chosen; q++) {
    lists[q] = found[order[q]!]! * windows;
    weights[q] = contribution[order[q]!]!;
  }
  return { lists, weights, postings };
}

/**
 * Sets `scores[i]` (one slot per passage, the rest untouched) to the question's approximate dot product with
 * passage i from the lists `chooseLists` gives for `budget` and `share`. Returns the postings read.
 */
export function impactScan(impact: ImpactColumns, scores: Float64Array, vector: ArrayLike<number>, budget: number, share = 1): number {
  const { starts, low, passages } = impact;
  const windows = windowsOf(passages);
  const { lists, weights, postings } = chooseLists(impact, vector, budget, share);
  for (let w = 0; w < windows; w++) {
    const base = w << WINDOW_BITS;
    scores.fill(0, base, Math.min(passages, base + WINDOW));
    for (let q = 0; q < lists.length; q++) {
      const c = weights[q]!;
      const at = lists[q]! + w;
      let j = starts[at]!;
      const end = starts[at + 1]!;
      // Four at a time, the passage numbers loaded first: the four updates are independent (a list names a
      // passage once), which V8 runs faster than the plain loop.
      for (; j + 3 < end; j += 4) {
        const a = base + low[j]!;
        const b = base + low[j + 1]!;
        const e = base + low[j + 2]!;
        const f = base + low[j + 3]!;
        scores[a]! += c;
        scores[b]! += c;
        scores[e]! += c;
        scores[f]! += c;
      }
      for (; j < end; j++) scores[base + low[j]!]! += c;
    }
  }
  return postings;
}
