/**
 * Impact lists (src/store/sparse-impact.ts): every posting at or above the floor lands once, in the list of its
 * dimension, sign and tier, window by window in passage order; the scan adds each chosen list's mean for its
 * passages, reads the lists of largest positive contribution first and stops at the budget.
 */
import { describe, expect, it } from "vitest";
import { buildImpactColumns, checkImpactColumns, chooseLists, impactScan, tierCount, WINDOW_BITS, windowsOf } from "../../src/store/sparse-impact.js";
import { rowsToColumns, SparseRowsBuilder } from "../../src/store/sparse-vectors.js";

const dimensions = 16;
const n = 150_000; // more than two windows of 65,536 passages
let seed = 5;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const builder = new SparseRowsBuilder(dimensions);
for (let i = 0; i < n; i++) {
  const v = new Float32Array(dimensions);
  for (let t = 0; t < 4; t++) v[Math.floor(random() * dimensions)] = random() - 0.4;
  builder.addDense(v);
}
const rows = builder.finish();
const columns = rowsToColumns(rows);
const floor = 0.1;
const ratio = 0.8;
const impact = buildImpactColumns(rows, n, floor, ratio);
const windows = windowsOf(n);
const tiers = tierCount(floor, ratio);

/** For each (passage, dimension), the list that holds it (-1: none); counts postings listed twice or out of order. */
function listed(): { where: Int32Array; faults: number } {
  const where = new Int32Array(n * dimensions).fill(-1);
  let faults = 0;
  for (let L = 0; L < dimensions * 2 * tiers; L++) {
    const d = Math.floor(L / (2 * tiers));
    for (let w = 0; w < windows; w++) {
      let previous = -1;
      for (let j = impact.starts[L * windows + w]!; j < impact.starts[L * windows + w + 1]!; j++) {
        const passage = (w << WINDOW_BITS) + impact.low[j]!;
        if (passage <= previous || where[passage * dimensions + d] !== -1) faults++;
        previous = passage;
        where[passage * dimensions + d] = L;
      }
    }
  }
  return { where, faults };
}

describe("impact lists", () => {
  it("hold each posting at or above the floor once, in its dimension's list of its sign and tier, with the list's mean", () => {
    expect(impact.tiers).toBe(tiers);
    checkImpactColumns(impact, n);
    const { where, faults } = listed();
    expect(faults).toBe(0);
    const sums = new Float64Array(dimensions * 2 * tiers);
    const counts = new Int32Array(dimensions * 2 * tiers);
    let kept = 0;
    let misplaced = 0;
    for (let d = 0; d < dimensions; d++) {
      for (let j = columns.offsets[d]!; j < columns.offsets[d + 1]!; j++) {
        const v = columns.values[j]!;
        const a = Math.abs(v);
        const L = where[columns.docs[j]! * dimensions + d]!;
        // Tiers are decided on a grid of |value| (steps of 1/16384): a value that close to a bound may fall either side.
        if (Math.abs(a - floor) < 1e-3) continue;
        if (a < floor) {
          if (L !== -1) misplaced++;
          continue;
        }
        kept++;
        const first = (d * 2 + (v < 0 ? 1 : 0)) * tiers;
        const t = L - first;
        // Tier t holds |value| in [ratio^(t+1), ratio^t) (the last tier: down to the floor).
        if (t < 0 || t >= tiers || a > Math.pow(ratio, t) + 1e-3 || (t < tiers - 1 && a < Math.pow(ratio, t + 1) - 1e-3)) misplaced++;
        else {
          sums[L]! += v;
          counts[L]!++;
        }
      }
    }
    expect(misplaced).toBe(0);
    expect(kept).toBeGreaterThan(0.95 * impact.low.length);
    expect(kept).toBeLessThanOrEqual(impact.low.length);
    for (let L = 0; L < sums.length; L++) if (counts[L]! > 100) expect(impact.means[L]!).toBeCloseTo(sums[L]! / counts[L]!, 2);
  });

  it("scan: with no budget limit, each passage gets the mean of every list of positive contribution it is in", () => {
    const query = new Float32Array(dimensions);
    for (let d = 0; d < dimensions; d += 3) query[d] = d % 2 ? 0.3 : -0.2;
    const scores = new Float64Array(n).fill(7);
    const read = impactScan(impact, scores, query, Infinity);
    const expected = new Float64Array(n);
    let postings = 0;
    for (let L = 0; L < dimensions * 2 * tiers; L++) {
      const d = Math.floor(L / (2 * tiers));
      const c = query[d]! * impact.means[L]!;
      if (!(c > 0)) continue;
      for (let w = 0; w < windows; w++) {
        for (let j = impact.starts[L * windows + w]!; j < impact.starts[L * windows + w + 1]!; j++) {
          expected[(w << WINDOW_BITS) + impact.low[j]!]! += c;
          postings++;
        }
      }
    }
    expect(read).toBe(postings);
    let off = 0;
    for (let i = 0; i < n; i++) if (Math.abs(scores[i]! - expected[i]!) > 1e-12) off++;
    expect(off).toBe(0);
  });

  it("reads the lists of largest contribution first and stops once the budget is spent", () => {
    const query = new Float32Array(dimensions);
    query[2] = 0.9;
    query[5] = -0.4;
    query[11] = 0.1;
    const all = chooseLists(impact, query, Infinity);
    const contributions = Array.from(all.weights);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
    expect(contributions.every((c) => c > 0)).toBe(true);
    const size = (first: number) => impact.starts[first + windows]! - impact.starts[first]!;
    const some = chooseLists(impact, query, size(all.lists[0]!) + 1);
    expect(some.lists.length).toBe(2);
    expect(Array.from(some.lists)).toEqual(Array.from(all.lists.slice(0, 2)));
    expect(some.postings).toBe(size(all.lists[0]!) + size(all.lists[1]!));
    expect(chooseLists(impact, new Float32Array(dimensions), 1_000).lists).toHaveLength(0);
    // A share of what the question has: the same first lists, up to that many postings.
    const available = all.postings;
    const half = chooseLists(impact, query, Infinity, 0.5);
    expect(half.postings).toBeGreaterThanOrEqual(available / 2);
    expect(half.postings - size(half.lists.at(-1)!)).toBeLessThan(available / 2);
    expect(Array.from(half.lists)).toEqual(Array.from(all.lists.slice(0, half.lists.length)));
    expect(chooseLists(impact, query, size(all.lists[0]!), 0.99).lists).toHaveLength(1);
  });

  it("checks: lists that do not add up, or a passage past the end, are refused", () => {
    expect(() => checkImpactColumns({ ...impact, starts: impact.starts.slice(1) }, n)).toThrow(/do not add up/);
    expect(() => checkImpactColumns(impact, n + 1)).toThrow(/do not add up/);
    const starts = impact.starts.slice();
    starts[5] = starts[6]! + 1;
    expect(() => checkImpactColumns({ ...impact, starts }, n)).toThrow(/out of order/);
    // A posting of the last window past the last passage.
    const L = Array.from({ length: dimensions * 2 * tiers }, (_, i) => i).find((i) => impact.starts[(i + 1) * windows]! > impact.starts[(i + 1) * windows - 1]!)!;
    const low = impact.low.slice();
    low[impact.starts[(L + 1) * windows - 1]!] = 65_535;
    expect(() => checkImpactColumns({ ...impact, low }, n)).toThrow(/names passage/);
    expect(() => checkImpactColumns({ ...impact, low }, n, false)).not.toThrow();
  });
});
