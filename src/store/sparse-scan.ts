/**
 * The exact sparse nearest-neighbour scan, shared by the index on the main thread and its search thread: cosine
 * similarity to every passage, summed dimension by dimension (each query dimension reads its own postings), then
 * the best k by a small heap. Runs in float64; ties go to the lower passage number.
 */
import type { SparseColumns } from "./sparse-vectors.js";

export interface ScanResult {
  /** Passage numbers, best first. */
  indexes: Int32Array;
  /** Their cosine similarities to the query. */
  similarities: Float64Array;
}

/**
 * Passages summed at a time: the scores of one window (512 KB of float64) stay in the core's cache while every
 * query dimension adds its postings in the window, instead of each dimension's postings landing all over 8 MB of
 * scores at a million passages (a cache miss each).
 */
const SCAN_WINDOW = 1 << 16;

/** `scores` is scratch space of one slot per passage, overwritten by each scan. */
export function scanBest(columns: SparseColumns, scores: Float64Array, vector: ArrayLike<number>, k: number): ScanResult {
  const { dimensions, offsets, docs, values } = columns;
  // The query's dimensions, ascending, with each one's cursor in its postings (which are in passage order).
  const dims: number[] = [];
  for (let d = 0; d < dimensions; d++) if ((vector[d] ?? 0) !== 0) dims.push(d);
  const weights = Float64Array.from(dims, (d) => vector[d]!);
  const at = Int32Array.from(dims, (d) => offsets[d]!);
  const ends = Int32Array.from(dims, (d) => offsets[d + 1]!);
  const n = scores.length;
  // Window by window, dimension by dimension: each score gets its additions in the order of the dimensions, as in
  // a scan of one dimension after another, so the sums are the same to the last bit.
  for (let w0 = 0; w0 < n; w0 += SCAN_WINDOW) {
    const w1 = Math.min(n, w0 + SCAN_WINDOW);
    scores.fill(0, w0, w1);
    for (let q = 0; q < dims.length; q++) {
      const w = weights[q]!;
      let j = at[q]!;
      const end = ends[q]!;
      // Four postings at a time, their passage numbers loaded before any score is touched: the four updates are
      // independent (a dimension lists each passage once), which V8 runs faster than the plain loop.
      for (; j + 3 < end; j += 4) {
        const e = docs[j + 3]!;
        if (e >= w1) break;
        const a = docs[j]!;
        const b = docs[j + 1]!;
        const c = docs[j + 2]!;
        scores[a]! += w * values[j]!;
        scores[b]! += w * values[j + 1]!;
        scores[c]! += w * values[j + 2]!;
        scores[e]! += w * values[j + 3]!;
      }
      for (; j < end; j++) {
        const a = docs[j]!;
        if (a >= w1) break;
        scores[a]! += w * values[j]!;
      }
      at[q] = j;
    }
  }
  return bestOfScores(scores, k, queryScale(vector, dimensions));
}

/** What turns dot products with this query into cosines: 1 for a unit vector (the usual case). */
export function queryScale(vector: ArrayLike<number>, dimensions: number): number {
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += (vector[d] ?? 0) * (vector[d] ?? 0);
  return norm > 0 && Math.abs(Math.sqrt(norm) - 1) > 1e-4 ? 1 / Math.sqrt(norm) : 1;
}

/** The best k of the summed scores, best first, ties to the lower passage number, as cosines (times `scale`). */
export function bestOfScores(scores: Float64Array, k: number, scale: number): ScanResult {
  const want = Math.min(Math.max(0, Math.floor(k)), scores.length);
  // A min-heap of passage numbers whose root is the worst kept. (Module functions, not closures, on this path:
  // tsx names every closure it creates, which cost more than the heap itself on a small corpus.)
  const heap = new Int32Array(want);
  let size = 0;
  let floor = -Infinity; // the worst kept score once the heap is full: most passages fall below it
  for (let i = 0; i < scores.length && want > 0; i++) {
    if (scores[i]! < floor) continue;
    if (size < want) siftUp(scores, heap, size++, i);
    else if (ranksBelow(scores, heap[0]!, i)) siftDown(scores, heap, want, i);
    if (size === want) floor = scores[heap[0]!]!;
  }
  // Taking the worst off the heap, one at a time, fills the result from its end: best first.
  const indexes = new Int32Array(size);
  const similarities = new Float64Array(size);
  for (let left = size; left > 0; left--) {
    const worst = heap[0]!;
    indexes[left - 1] = worst;
    similarities[left - 1] = scores[worst]! * scale;
    if (left > 1) siftDown(scores, heap, left - 1, heap[left - 1]!);
  }
  return { indexes, similarities };
}

/** Whether passage a ranks below passage b: a lower score, or the same score and a higher number. */
function ranksBelow(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
}

/** Puts `item` into the heap's free slot `at` and moves it up to its place. */
function siftUp(scores: Float64Array, heap: Int32Array, at: number, item: number): void {
  let c = at;
  while (c > 0) {
    const p = (c - 1) >> 1;
    if (!ranksBelow(scores, item, heap[p]!)) break;
    heap[c] = heap[p]!;
    c = p;
  }
  heap[c] = item;
}

/** Replaces the root of a heap of `size` with `item` and moves it down to its place. */
function siftDown(scores: Float64Array, heap: Int32Array, size: number, item: number): void {
  let c = 0;
  for (;;) {
    const l = 2 * c + 1;
    if (l >= size) break;
    const m = l + 1 < size && ranksBelow(scores, heap[l + 1]!, heap[l]!) ? l + 1 : l;
    if (!ranksBelow(scores, heap[m]!, item)) break;
    heap[c] = heap[m]!;
    c = m;
  }
  heap[c] = item;
}
