/**
 * The sparse scan sums window by window (src/store/sparse-scan.ts): over several windows it must give the scores of
 * a plain scan of one dimension after another, to the last bit.
 */
import { describe, expect, it } from "vitest";
import { scanBest } from "../../src/store/sparse-scan.js";
import { rowsToColumns, SparseRowsBuilder } from "../../src/store/sparse-vectors.js";

describe("scanBest", () => {
  it("equals a plain dimension-by-dimension scan across windows", () => {
    const dimensions = 64;
    const n = 150_000; // more than two windows of 65,536 passages
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const rows = new SparseRowsBuilder(dimensions);
    for (let i = 0; i < n; i++) {
      const v = new Float32Array(dimensions);
      for (let t = 0; t < 6; t++) v[Math.floor(random() * dimensions)] = random() - 0.3;
      rows.addDense(v);
    }
    const columns = rowsToColumns(rows.finish());
    for (let q = 0; q < 5; q++) {
      const query = new Float32Array(dimensions);
      for (let t = 0; t < 10; t++) query[Math.floor(random() * dimensions)] = random() - 0.5;
      const plain = new Float64Array(n);
      for (let d = 0; d < dimensions; d++) {
        const w = query[d]!;
        if (w === 0) continue;
        for (let j = columns.offsets[d]!; j < columns.offsets[d + 1]!; j++) plain[columns.docs[j]!]! += w * columns.values[j]!;
      }
      const scores = new Float64Array(n).fill(123);
      const best = scanBest(columns, scores, query, 50);
      expect(scores).toEqual(plain);
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => plain[b]! - plain[a]! || a - b);
      expect(Array.from(best.indexes)).toEqual(order.slice(0, 50));
    }
  });
});
