/**
 * The two-stage sparse search (large corpora): its exact re-score gives the exact scan's cosines to the last bit,
 * it finds the exact top results when the coarse stage passes enough candidates on, and large builds round-trip
 * through the file in the two-stage layout (and back to columns for an incremental build).
 */
import { closeSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { openBinaryFile } from "../../src/store/binary-file.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { scanBest } from "../../src/store/sparse-scan.js";
import { writeBinaryFile } from "../../src/store/binary-file.js";
import { buildImpactColumns, type ImpactColumns } from "../../src/store/sparse-impact.js";
import { bestCandidates, buildCoarseColumns, isImpact, searchTwoStage, TWO_STAGE_MIN_PASSAGES, unpackRows, type TwoStageData } from "../../src/store/sparse-two-stage.js";
import { SparseVectorIndex } from "../../src/store/sparse-vector-index.js";
import {
  openSparseSearchData,
  readSparseSearchData,
  readSparseVectors,
  rowsToColumns,
  SparseRowsBuilder,
  writeSparseVectors,
  type SparseColumns,
} from "../../src/store/sparse-vectors.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const { files, questions } = generateCorpus({ passages: 3_000, seed: 11, docs: 4 });
const passages = files.flatMap((f) => parseDocument(f.name, f.text));
const embeddings = new LocalEmbeddings();
const builder = new SparseRowsBuilder(embeddings.dimensions);
for (const p of passages) builder.addDense(embeddings.embed(passageSearchText(p)));
const rows = builder.finish();
const columns = rowsToColumns(rows);
const n = passages.length;
const queries = questions.slice(0, 30).map((q) => embeddings.embed(q.question));
/** Byte equality of typed arrays (vitest's deep equality walks large arrays element by element, slowly). */
const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const same = (a: ArrayBufferView, b: ArrayBufferView) => a.constructor === b.constructor && bytes(a).equals(bytes(b));
const sameColumns = (a: SparseColumns, b: SparseColumns) =>
  a.dimensions === b.dimensions && same(a.offsets, b.offsets) && same(a.docs, b.docs) && same(a.values, b.values);
const sameImpact = (a: TwoStageData["coarse"], b: ImpactColumns) =>
  isImpact(a) && a.dimensions === b.dimensions && a.passages === b.passages && a.tiers === b.tiers && same(a.starts, b.starts) && same(a.low, b.low) && same(a.means, b.means);

/**
 * The index answers its first queries the same on its search thread as on this one (a two-stage one with this
 * thread taking part in the re-score), and holds the built columns.
 */
async function expectSameOnThread(index: SparseVectorIndex): Promise<void> {
  const expected = queries.slice(0, 5).map((q) => index.searchSync(q, 10));
  expect(await index.startThread()).toBe(true);
  try {
    for (const [i, q] of queries.slice(0, 5).entries()) expect(await index.search(q, 10)).toEqual(expected[i]);
    // Two-stage: this thread took part of the re-score (rescore-split.ts), and the answers are still the same.
    if (index.searchKind === "two-stage") expect(index.rescoredHere).toBeGreaterThan(0);
  } finally {
    await index.close();
  }
  expect(sameColumns(index.columns(), columns)).toBe(true);
}

const dir = mkdtempSync(join(tmpdir(), "cqa-two-stage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two-stage sparse search", () => {
  it("keeps the strongest share of the postings in the coarse columns", () => {
    const coarse = buildCoarseColumns(columns, 0.2);
    const share = coarse.docs.length / columns.docs.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.23);
    let weakestKept = Infinity;
    for (const v of coarse.values) weakestKept = Math.min(weakestKept, Math.abs(v));
    const dropped = columns.values.filter((v) => Math.abs(v) < weakestKept).length;
    expect(dropped).toBe(columns.docs.length - coarse.docs.length);
  });

  it("with every passage a candidate, answers exactly what the exact scan answers, to the last bit", () => {
    const data = { rows, coarse: buildCoarseColumns(columns) };
    const scores = new Float64Array(n);
    for (const q of queries) {
      const exact = scanBest(columns, scores, q, 40);
      const two = searchTwoStage(data, scores, q, 40, n);
      expect(Array.from(two.indexes)).toEqual(Array.from(exact.indexes));
      expect(Array.from(two.similarities)).toEqual(Array.from(exact.similarities));
    }
  });

  it("over impact lists read whole, with every passage of positive coarse sum a candidate, answers what the exact scan answers, to the last bit", () => {
    const data = { rows, coarse: buildImpactColumns(rows, n) };
    const scores = new Float64Array(n);
    for (const q of queries) {
      const exact = scanBest(columns, scores, q, 40);
      const two = searchTwoStage(data, scores, q, 40, n, Infinity, 1);
      expect(Array.from(two.indexes)).toEqual(Array.from(exact.indexes));
      expect(Array.from(two.similarities)).toEqual(Array.from(exact.similarities));
    }
  });

  it("over impact lists, finds nearly all of the exact top 40 from a budget of postings and a few hundred candidates", () => {
    const data = { rows, coarse: buildImpactColumns(rows, n) };
    const scores = new Float64Array(n);
    let found = 0;
    for (const q of queries) {
      const truth = new Set(scanBest(columns, scores, q, 40).indexes);
      found += Array.from(searchTwoStage(data, scores, q, 40, 400, 20 * n).indexes).filter((i) => truth.has(i)).length;
    }
    expect(found / (40 * queries.length)).toBeGreaterThan(0.9);
  });

  it("finds nearly all of the exact top 40 from a few hundred candidates", () => {
    const data = { rows, coarse: buildCoarseColumns(columns) };
    const scores = new Float64Array(n);
    let found = 0;
    for (const q of queries) {
      const truth = new Set(scanBest(columns, scores, q, 40).indexes);
      found += Array.from(searchTwoStage(data, scores, q, 40, 400).indexes).filter((i) => truth.has(i)).length;
    }
    expect(found / (40 * queries.length)).toBeGreaterThan(0.9);
  });

  it("picks about the asked number of candidates, every one scoring above every passage left out", () => {
    const scores = Float64Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 10_007) / 10_007 - 0.3);
    const chosen = bestCandidates(scores, 500);
    expect(chosen.length).toBeGreaterThan(400);
    expect(chosen.length).toBeLessThan(600);
    const inside = new Set(chosen);
    const lowestChosen = Math.min(...Array.from(chosen, (i) => scores[i]!));
    const highestLeft = Math.max(...Array.from(scores.keys()).filter((i) => !inside.has(i)).map((i) => scores[i]!));
    expect(lowestChosen).toBeGreaterThan(highestLeft);
    expect(Array.from(chosen)).toEqual([...chosen].sort((a, b) => a - b));
    // Nothing positive, nothing chosen; a sample that misses the few positive scores still finds them.
    expect(bestCandidates(new Float64Array(100), 10)).toHaveLength(0);
    const sparse = new Float64Array(1_000);
    sparse[3] = 0.5;
    sparse[901] = 0.2;
    expect(Array.from(bestCandidates(sparse, 10))).toEqual([3, 901]);
  });

  it("cuts candidates to the asked count when many equal scores come through at once: the best, equal ones to the lower passage number", () => {
    // Scores of few distinct values, as the impact scan's sums are.
    const scores = Float64Array.from({ length: 50_000 }, (_, i) => ((i * 7919) % 13) / 13);
    const chosen = bestCandidates(scores, 1_000);
    expect(chosen.length).toBe(1_000);
    const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, 1_000).sort((a, b) => a - b);
    expect(Array.from(chosen)).toEqual(order);
  });

  it("stores a large build in the two-stage layout and reads it back as columns for an incremental build", async () => {
    const path = join(dir, "vectors.bin");
    // The size from which builds use the layout is lowered to this corpus's size for the test.
    await writeSparseVectors(path, columns, n, n);
    const data = await readSparseSearchData(path, n);
    expect(data.kind).toBe("two-stage");
    if (data.kind !== "two-stage") return;
    expect(same(data.rows.offsets, rows.offsets) && same(unpackRows(data.rows).dims, rows.dims) && same(data.rows.values, rows.values)).toBe(true);
    expect(sameImpact(data.coarse, buildImpactColumns(rows, n))).toBe(true);
    expect(sameColumns(await readSparseVectors(path, n), columns)).toBe(true);
    await expect(readSparseSearchData(path, n - 1)).rejects.toThrow(/vectors for/);

    // The index over it answers the same on its search thread as on this one.
    const index = await SparseVectorIndex.load(path, passages.map((p) => p.id));
    expect(index.searchKind).toBe("two-stage");
    await expectSameOnThread(index);
  }, 60_000);

  it("reads a large build piece by piece with its rows packed (one byte a dimension): same rows, same answers to the last bit; a cut file fails naming itself", async () => {
    const path = join(dir, "packed.bin");
    await writeSparseVectors(path, columns, n, n);
    const whole = await readSparseSearchData(path, n);
    for (const shared of [false, true]) {
      const packed = await openSparseSearchData(path, n, { shared, shownAs: "vectors.bin" });
      expect(packed?.kind).toBe("two-stage");
      if (packed?.kind !== "two-stage" || whole.kind !== "two-stage") return;
      expect("dims8" in packed.rows).toBe(true);
      expect(packed.rows.values.buffer instanceof SharedArrayBuffer).toBe(shared);
      const back = unpackRows(packed.rows);
      expect(same(back.offsets, rows.offsets) && same(back.dims, rows.dims) && same(back.values, rows.values)).toBe(true);
      expect(isImpact(whole.coarse) && sameImpact(packed.coarse, whole.coarse)).toBe(true);
      for (const k of [1, 10, 40]) {
        for (const q of queries) {
          const a = searchTwoStage(packed, new Float64Array(n), q, k);
          const b = searchTwoStage(whole, new Float64Array(n), q, k);
          expect(Array.from(a.indexes)).toEqual(Array.from(b.indexes));
          expect(Array.from(a.similarities)).toEqual(Array.from(b.similarities));
        }
      }
      // Over the search thread too.
      const index = new SparseVectorIndex(passages.map((p) => p.id), packed);
      await expectSameOnThread(index);
    }
    await expect(openSparseSearchData(path, n - 1, { shownAs: "vectors.bin" })).rejects.toThrow(/vectors\.bin holds \d+ vectors for/);
    // Columns (a small build) are left to readSparseSearchData.
    const small = join(dir, "small-packed.bin");
    await writeSparseVectors(small, columns, n);
    expect(await openSparseSearchData(small, n)).toBeNull();
    // Cut short, damaged header, not an index file: each fails, naming the file, never a crash.
    const good = readFileSync(path);
    for (const cut of [8, 1_000, good.length - 100]) {
      writeFileSync(path, good.subarray(0, good.length - cut));
      await expect(openSparseSearchData(path, n, { shownAs: "vectors.bin" })).rejects.toThrow(/vectors\.bin is truncated/);
    }
    const badOffsets = Buffer.from(good);
    writeFileSync(path, Buffer.from("nothing of the kind"));
    await expect(openSparseSearchData(path, n, { shownAs: "vectors.bin" })).rejects.toThrow(/vectors\.bin is not an index file/);
    // Row offsets that do not add up.
    writeFileSync(path, good);
    const { places, fd } = await openBinaryFile(path);
    closeSync(fd);
    badOffsets.writeInt32LE(5, places.rowOffsets!.at);
    writeFileSync(path, badOffsets);
    await expect(openSparseSearchData(path, n, { shownAs: "vectors.bin" })).rejects.toThrow(/vectors\.bin: sparse vector rows do not add up/);
  });

  it("still reads and searches a two-stage build made before the impact lists (coarse columns), whole or piece by piece", async () => {
    const path = join(dir, "coarse.bin");
    const coarse = buildCoarseColumns(columns);
    await writeBinaryFile(path, { kind: "sparse-vectors", dimensions: columns.dimensions, passages: n, layout: "two-stage" }, {
      rowOffsets: rows.offsets,
      rowDims: rows.dims,
      rowValues: rows.values,
      coarseOffsets: coarse.offsets,
      coarseDocs: coarse.docs,
      coarseValues: coarse.values,
    });
    const whole = await readSparseSearchData(path, n);
    const packed = await openSparseSearchData(path, n);
    for (const data of [whole, packed]) {
      expect(data?.kind).toBe("two-stage");
      if (data?.kind !== "two-stage") return;
      expect(!isImpact(data.coarse) && sameColumns(data.coarse, coarse)).toBe(true);
      const scores = new Float64Array(n);
      for (const q of queries.slice(0, 5)) {
        expect(Array.from(searchTwoStage(data, scores, q, 10).indexes)).toEqual(Array.from(searchTwoStage({ rows, coarse }, scores, q, 10).indexes));
      }
    }
    expect(sameColumns(await readSparseVectors(path, n), columns)).toBe(true);
  });

  it("keeps builds below TWO_STAGE_MIN_PASSAGES in columns, searched exactly", async () => {
    expect(n).toBeLessThan(TWO_STAGE_MIN_PASSAGES);
    const path = join(dir, "small.bin");
    await writeSparseVectors(path, columns, n);
    expect((await readSparseSearchData(path, n)).kind).toBe("exact");
  });
});
