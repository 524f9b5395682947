/**
 * The vector search thread answers exactly what the same scan on the main thread answers, keeps answering when
 * the thread dies, and is started by loadIndex when asked (or, on "auto", for large corpora only).
 */
import { closeSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { openBinaryFile } from "../../src/store/binary-file.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { CHECKSUMS_FILE, checksumOf } from "../../src/store/integrity.js";
import { BUILD_FILES, readManifest } from "../../src/store/manifest.js";
import { SparseSearchThread } from "../../src/store/sparse-search-thread.js";
import { SparseVectorIndex } from "../../src/store/sparse-vector-index.js";
import { openSparseSearchData, SparseRowsBuilder, writeSparseVectors } from "../../src/store/sparse-vectors.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const { files, questions } = generateCorpus({ passages: 1_500, seed: 5, docs: 4 });
const passages = files.flatMap((f) => parseDocument(f.name, f.text));
const embeddings = new LocalEmbeddings();
const ids = passages.map((p) => p.id);

function sparseIndex(): SparseVectorIndex {
  const rows = new SparseRowsBuilder(embeddings.dimensions);
  for (const p of passages) rows.addDense(embeddings.embed(passageSearchText(p)));
  return SparseVectorIndex.fromRows(ids, rows.finish());
}

describe("vector search thread", () => {
  const queries = questions.slice(0, 40).map((q) => embeddings.embed(q.question));

  it("gives the main thread's answers to the last bit, one search at a time and many at once", async () => {
    const index = sparseIndex();
    const expected = queries.map((q) => index.searchSync(q, 10));
    expect(await index.startThread()).toBe(true);
    expect(index.threaded).toBe(true);
    try {
      for (const [i, q] of queries.entries()) expect(await index.search(q, 10)).toEqual(expected[i]);
      // At once: one goes to the thread, the others scan on this thread meanwhile; all must agree.
      expect(await Promise.all(queries.map((q) => index.search(q, 10)))).toEqual(expected);
      expect(await index.search(queries[0]!, 0)).toEqual([]);
      expect((await index.search(queries[0]!, 5_000)).length).toBe(ids.length);
    } finally {
      await index.close();
    }
  });

  it("keeps answering on the main thread once the thread is gone", async () => {
    const index = sparseIndex();
    expect(await index.startThread()).toBe(true);
    const expected = index.searchSync(queries[3]!, 10);
    await index.close();
    expect(index.threaded).toBe(false);
    expect(await index.search(queries[3]!, 10)).toEqual(expected);
  });

  it("answers a wrong-sized query with an error from the thread, then falls back to the main thread", async () => {
    const index = sparseIndex();
    expect(await index.startThread()).toBe(true);
    try {
      // The thread rejects a query of the wrong size; the index answers it on this thread (extra dimensions
      // are ignored there), so a reader never sees the thread's failure.
      const short = new Float32Array(10).fill(0.3);
      expect(await index.search(short, 5)).toEqual(index.searchSync(short, 5));
      expect(index.threaded).toBe(true);
    } finally {
      await index.close();
    }
  });
});

describe("a search thread that reads the vectors itself", () => {
  const queries = questions.slice(0, 20).map((q) => embeddings.embed(q.question));

  it("reads a two-stage file into shared memory and answers what the same file read here answers; refuses a cut file and a columns file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cqa-thread-load-"));
    try {
      const path = join(dir, "vectors.bin");
      const columns = sparseIndex().columns();
      // Two-stage from the first passage on: the layout a large build stores.
      await writeSparseVectors(path, columns, ids.length, 0);
      const here = new SparseVectorIndex(ids, (await openSparseSearchData(path, ids.length))!);
      const loaded = await SparseSearchThread.load(path, "vectors.bin", ids.length);
      const there = SparseVectorIndex.withThread(ids, loaded);
      try {
        expect(there.threaded).toBe(true);
        expect(there.searchKind).toBe("two-stage");
        // The bytes the thread read, not a copy: the main thread searches the same memory when the thread is busy.
        expect(loaded.data.kind === "two-stage" && loaded.data.rows.values.buffer).toBeInstanceOf(SharedArrayBuffer);
        for (const q of queries) expect(await there.search(q, 10)).toEqual(here.searchSync(q, 10));
        expect(await Promise.all(queries.map((q) => there.search(q, 10)))).toEqual(queries.map((q) => here.searchSync(q, 10)));
      } finally {
        await there.close();
      }
      const whole = readFileSync(path);
      writeFileSync(path, whole.subarray(0, whole.length - 1_000));
      await expect(SparseSearchThread.load(path, "vectors.bin", ids.length)).rejects.toThrow(/vectors\.bin is truncated/);
      // Columns (a small build's layout) are read on the main thread, not by the thread.
      await writeSparseVectors(path, columns, ids.length);
      await expect(SparseSearchThread.load(path, "vectors.bin", ids.length)).rejects.toThrow(/could not load the vectors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("loadIndex and the search thread", () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "cqa-thread-"));
    mkdirSync(join(root, "corpus"));
    for (const f of files) writeFileSync(join(root, "corpus", f.name), f.text);
    await buildIndex({ corpusDir: join(root, "corpus"), indexDir: join(root, "index"), embeddings, embedderId: embeddings.id, incremental: false });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const load = async (searchThread: "auto" | "on" | "off") => {
    const dir = join(root, "index");
    return (await loadIndex(dir, (await readManifest(dir))!, embeddings, { searchThread })).vectors as SparseVectorIndex;
  };

  it("starts it on request, not on 'off', and not on 'auto' for a corpus this small", async () => {
    const on = await load("on");
    try {
      expect(on.threaded).toBe(true);
      // Read from the file straight into shared memory: the thread reads the same bytes, nothing is copied.
      expect(on.columns().docs.buffer).toBeInstanceOf(SharedArrayBuffer);
      const q = embeddings.embed(questions[0]!.question);
      expect(await on.search(q, 10)).toEqual(on.searchSync(q, 10));
    } finally {
      await on.close();
    }
    const off = await load("off");
    expect(off.threaded).toBe(false);
    expect(off.columns().docs.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect((await load("auto")).threaded).toBe(false);
  });

  it("has a large build's two-stage vectors read by the thread, and loads a damaged one on this thread, failing naming the file", async () => {
    const dir = join(root, "index");
    const manifest = (await readManifest(dir))!;
    const buildDir = join(dir, manifest.build);
    const vectorsPath = join(buildDir, BUILD_FILES.sparseVectors);
    const checksumsPath = join(buildDir, CHECKSUMS_FILE);
    const [originalVectors, originalChecksums] = [readFileSync(vectorsPath), readFileSync(checksumsPath)];
    try {
      // The build rewritten as a large one stores its vectors (two-stage), checksums to match.
      await writeSparseVectors(vectorsPath, sparseIndex().columns(), ids.length, 0);
      const checksums = JSON.parse(originalChecksums.toString("utf8"));
      checksums.files[BUILD_FILES.sparseVectors] = checksumOf(readFileSync(vectorsPath));
      writeFileSync(checksumsPath, JSON.stringify(checksums));
      const loaded = await loadIndex(dir, manifest, embeddings, { searchThread: "on", verify: "later" });
      const vectors = loaded.vectors as SparseVectorIndex;
      try {
        expect(vectors.threaded).toBe(true);
        expect(vectors.searchKind).toBe("two-stage");
        await loaded.verified;
        for (const q of questions.slice(0, 10)) {
          const v = embeddings.embed(q.question);
          expect(await vectors.search(v, 10)).toEqual(vectors.searchSync(v, 10));
        }
      } finally {
        await vectors.close();
      }
      // Damaged (the size recorded, so only reading it finds out): the thread refuses it, and the load fails naming it.
      const opened = await openBinaryFile(vectorsPath);
      closeSync(opened.fd);
      const damaged = readFileSync(vectorsPath);
      damaged.fill(0xff, opened.places.rowOffsets!.at, opened.places.rowOffsets!.at + 8);
      writeFileSync(vectorsPath, damaged);
      await expect(loadIndex(dir, manifest, embeddings, { searchThread: "on", verify: "later" })).rejects.toThrow(/vectors\.bin: sparse vector rows do not add up/);
    } finally {
      writeFileSync(vectorsPath, originalVectors);
      writeFileSync(checksumsPath, originalChecksums);
    }
  });
});
