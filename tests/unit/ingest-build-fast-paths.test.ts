/**
 * The threaded build's finishing fast paths write what the code they replace wrote, byte for byte: the vector file
 * from the rows (writeSparseRows) against writeSparseVectors of the columns, the batches' rows joined once against
 * the growing builder, and the keyword postings merged from batches of runs (KeywordRunsMerger) against
 * KeywordIndexBuilder.addRuns then finishPostings.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { KeywordIndexBuilder } from "../../src/retrieval/keyword-index-builder.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer, passageSearchText } from "../../src/retrieval/terms.js";
import { writeKeywordFile } from "../../src/store/keyword-file.js";
import { KeywordRunsMerger, TermTable } from "../../src/store/keyword-runs-merger.js";
import { analyzeDocuments } from "../../src/store/parallel-analyze.js";
import { joinRows, rowsToColumns, SparseRowsBuilder, writeSparseRows, writeSparseVectors, type SparseRows } from "../../src/store/sparse-vectors.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const { files } = generateCorpus({ passages: 2_000, seed: 5, docs: 3 });
const texts = files.flatMap((f) => parseDocument(f.name, f.text)).map((p) => passageSearchText(p));
const analyzer = createTermAnalyzer();
const embeddings = new LocalEmbeddings();

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const same = (a: ArrayBufferView, b: ArrayBufferView) => a.constructor === b.constructor && bytes(a).equals(bytes(b));

const dir = mkdtempSync(join(tmpdir(), "cqa-build-fast-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rowsOf(textList: string[], dimensions = embeddings.dimensions): SparseRows {
  const builder = new SparseRowsBuilder(dimensions);
  const local = dimensions === embeddings.dimensions ? embeddings : new LocalEmbeddings({ dimensions });
  for (const t of textList) builder.addDense(local.embedTerms(analyzer(t)));
  return builder.finish();
}

describe("vector file from the rows", () => {
  const rows = rowsOf(texts);
  const n = texts.length;

  it("writes writeSparseVectors' file, two-stage and columns layouts, with its checksum", async () => {
    for (const twoStageFrom of [1, n, n + 1]) {
      const a = join(dir, `columns-${twoStageFrom}.bin`);
      const b = join(dir, `rows-${twoStageFrom}.bin`);
      const expected = await writeSparseVectors(a, rowsToColumns(rows), n, twoStageFrom);
      const got = await writeSparseRows(b, rows, n, twoStageFrom);
      expect(got).toEqual(expected);
      expect(readFileSync(b).equals(readFileSync(a)), `layout from ${twoStageFrom}`).toBe(true);
    }
  });

  it("joins the batches' rows as SparseRowsBuilder.addRows then finish does", () => {
    for (const size of [1, 13, 400, n]) {
      const chunks: SparseRows[] = [];
      for (let start = 0; start < n; start += size) chunks.push(rowsOf(texts.slice(start, start + size)));
      const builder = new SparseRowsBuilder(embeddings.dimensions);
      for (const c of chunks) builder.addRows(c);
      const expected = builder.finish();
      const got = joinRows(chunks, embeddings.dimensions);
      expect(same(got.offsets, expected.offsets) && same(got.dims, expected.dims) && same(got.values, expected.values), `batches of ${size}`).toBe(true);
      expect(same(got.dims, rows.dims) && same(got.values, rows.values) && same(got.offsets, rows.offsets)).toBe(true);
    }
    expect(joinRows([], 8).offsets).toEqual(Int32Array.from([0]));
  });

  it("sorts rows that are not ascending, as the columns' round trip did", async () => {
    // Row 1 out of order, row 2 empty: the long way gives them back sorted.
    const odd: SparseRows = {
      dimensions: 8,
      offsets: Int32Array.from([0, 2, 5, 5, 6]),
      dims: Uint16Array.from([1, 4, 6, 0, 3, 7]),
      values: Float32Array.from([0.5, -0.5, 0.25, 0.75, -0.125, 1]),
    };
    const a = join(dir, "odd-columns.bin");
    const b = join(dir, "odd-rows.bin");
    expect(await writeSparseRows(b, odd, 4, 1)).toEqual(await writeSparseVectors(a, rowsToColumns(odd), 4, 1));
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
  });
});

describe("keyword postings merged from batches of runs", () => {
  /** The batches as analysis threads send them: each analyzed by a builder of its own. */
  function batchesOf(textList: string[], size: number) {
    const batches = [];
    for (let start = 0; start < textList.length; start += size) {
      const builder = new KeywordIndexBuilder(analyzer);
      for (const t of textList.slice(start, start + size)) builder.addTerms(analyzer(t));
      batches.push(builder.finishRuns());
    }
    return batches;
  }

  it("gives addRuns' postings and term numbers, and the same keyword file", async () => {
    for (const size of [1, 7, 150, texts.length]) {
      const batches = batchesOf(texts, size);
      const builder = new KeywordIndexBuilder(analyzer);
      const merger = new KeywordRunsMerger();
      for (const b of batches) {
        builder.addRuns(b.terms, b.runOffsets, b.runTerms, b.runFreqs, b.lengths100);
        merger.add(b.terms, b.runOffsets, b.runTerms, b.runFreqs, b.lengths100);
      }
      const expected = builder.finishPostings();
      const got = merger.finish();
      expect(got.terms).toEqual(expected.terms);
      expect(same(got.offsets, expected.offsets)).toBe(true);
      expect(same(got.docs, expected.docs)).toBe(true);
      expect(same(got.lengths100, expected.lengths100)).toBe(true);
      expect(got.freqs100).toBeInstanceOf(Uint16Array);
      expect(Array.from(got.freqs100)).toEqual(Array.from(expected.freqs100));
      const a = join(dir, `keyword-builder-${size}.bin`);
      const b = join(dir, `keyword-merger-${size}.bin`);
      expect(await writeKeywordFile(b, got)).toEqual(await writeKeywordFile(a, expected));
      expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
    }
  });

  it("gives the same postings from runs by thread term number, each thread's strings sent once and received in any order", () => {
    const embedder = new LocalEmbeddings();
    const parsed = files.map((f) => ({ doc: f.name, text: f.text, hash: f.name }));
    // Documents one by one, alternately to two "threads" (each with its count of terms sent), as the build would.
    const sent = [0, 0];
    const batches = parsed.map((file, i) => {
      const thread = i % 2;
      const batch = analyzeDocuments([file], analyzer, embedder, sent[thread]);
      expect(batch.firstTerm).toBe(sent[thread]);
      sent[thread] = batch.firstTerm + batch.terms.length;
      return { thread, batch };
    });
    const tables = [new TermTable(), new TermTable()];
    // Thread 0's batches arrive last first: their strings are taken in number order all the same.
    for (const { thread, batch } of [...batches].reverse()) tables[thread]!.receive(batch.firstTerm, batch.terms);
    const merger = new KeywordRunsMerger();
    for (const { thread, batch } of batches) {
      merger.add(tables[thread]!.terms, batch.runOffsets, batch.runTerms, batch.runFreqs, batch.lengths100, tables[thread]!.map);
    }
    const builder = new KeywordIndexBuilder(analyzer);
    for (const b of batchesOf(texts, 50)) builder.addRuns(b.terms, b.runOffsets, b.runTerms, b.runFreqs, b.lengths100);
    const expected = builder.finishPostings();
    const got = merger.finish();
    expect(got.terms).toEqual(expected.terms);
    expect(same(got.offsets, expected.offsets) && same(got.docs, expected.docs) && same(got.lengths100, expected.lengths100)).toBe(true);
    expect(Array.from(got.freqs100)).toEqual(Array.from(expected.freqs100));
  });

  it("keeps four-byte frequencies when one does not fit in two", () => {
    const terms = ["a", "b"];
    const run = { offsets: Int32Array.from([0, 2, 3]), terms: Uint32Array.from([0, 1, 1]), freqs: Uint32Array.from([100, 70_000, 200]) };
    const lengths = Uint32Array.from([70_100, 200]);
    const builder = new KeywordIndexBuilder(analyzer);
    const merger = new KeywordRunsMerger();
    builder.addRuns(terms, run.offsets, run.terms, run.freqs, lengths);
    merger.add(terms, run.offsets, run.terms, run.freqs, lengths);
    const expected = builder.finishPostings();
    const got = merger.finish();
    expect(got.freqs100).toBeInstanceOf(Uint32Array);
    expect(same(got.freqs100, expected.freqs100)).toBe(true);
    expect(same(got.docs, expected.docs)).toBe(true);
  });
});
