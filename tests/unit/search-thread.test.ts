/**
 * The vector search thread answers exactly what the same scan on the main thread answers, keeps answering when
 * the thread dies, and is started by loadIndex when asked (or, on "auto", for large corpora only).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { SparseVectorIndex } from "../../src/store/sparse-vector-index.js";
import { SparseRowsBuilder } from "../../src/store/sparse-vectors.js";
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
});
