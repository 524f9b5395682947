/**
 * A full build on several threads (src/store/parallel-analyze.ts) writes the same index, byte for byte, as the
 * single-threaded build: same passages, same keyword postings and term numbers, same vectors.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { buildIndex } from "../../src/store/build-index.js";
import { generateCorpus } from "../bench/generate-corpus.js";

describe("a full build on threads", () => {
  let root: string;
  const embeddings = new LocalEmbeddings();
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "cqa-parallel-"));
    mkdirSync(join(root, "corpus"));
    const { files } = generateCorpus({ passages: 3_000, seed: 13, docs: 7 });
    for (const f of files) writeFileSync(join(root, "corpus", f.name), f.text);
    // A document with headings, a quote and Traditional script, beside the generated ones.
    writeFileSync(
      join(root, "corpus", "zz-extra.txt"),
      "深圳 Shenzhen\n深圳市電動車推廣成效顯著，公交車全部電動化。\nShenzhen has fully electrified its buses.\n",
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const filesOf = (indexDir: string) => {
    const build = readdirSync(indexDir).find((e) => e.startsWith("build-"))!;
    const dir = join(indexDir, build);
    const names = ["keyword.bin", "vectors.bin", ...readdirSync(join(dir, "passages")).map((f) => `passages/${f}`)].sort();
    return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n)).toString("base64")]));
  };

  it("writes the same files as one thread from many small batches, read while the threads run, with files skipped", { timeout: 120_000 }, async () => {
    const corpus = join(root, "corpus-skips");
    mkdirSync(corpus);
    for (const f of readdirSync(join(root, "corpus"))) writeFileSync(join(corpus, f), readFileSync(join(root, "corpus", f)));
    // A binary file and a copy of a document, among the others: skipped, in path order, with their reasons.
    writeFileSync(join(corpus, "c-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]));
    const first = readdirSync(join(root, "corpus")).sort()[0]!;
    writeFileSync(join(corpus, "d-copy.txt"), readFileSync(join(root, "corpus", first)));
    const progress: [number, number][] = [];
    const build = (name: string, threads: number) =>
      buildIndex({
        corpusDir: corpus,
        indexDir: join(root, name),
        embeddings,
        embedderId: embeddings.id,
        incremental: false,
        threads,
        threadBatchText: 20_000,
        onProgress: (p) => (threads > 1 && p.phase === "parse" ? progress.push([p.done, p.total]) : undefined),
      });
    const one = await build("skips-one", 1);
    const two = await build("skips-two", 2);
    expect(two.steps.analyzeInThreads, "the threaded path ran").toBeDefined();
    expect(two.stats.skipped).toEqual(one.stats.skipped);
    expect(two.stats.skipped.map((s) => s.doc)).toEqual(["c-binary.txt", "d-copy.txt"]);
    expect(two.warnings).toEqual(one.warnings);
    expect({ ...two.manifest, build: "", builtAt: "" }).toEqual({ ...one.manifest, build: "", builtAt: "" });
    expect(filesOf(join(root, "skips-two"))).toEqual(filesOf(join(root, "skips-one")));
    const documents = Object.keys(two.manifest.documents).length;
    expect(progress.length, "several batches").toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual([documents, documents]);
    for (const [done, total] of progress) expect(done).toBeLessThanOrEqual(total);
  });

  it("writes the same files as one thread", { timeout: 120_000 }, async () => {
    const build = (name: string, threads: number) =>
      buildIndex({ corpusDir: join(root, "corpus"), indexDir: join(root, name), embeddings, embedderId: embeddings.id, incremental: false, threads });
    const one = await build("one", 1);
    const two = await build("two", 2);
    expect(two.steps.analyzeInThreads, "the threaded path ran").toBeDefined();
    expect(one.steps.analyzeInThreads).toBeUndefined();
    expect(two.manifest.passages).toBe(one.manifest.passages);
    expect(two.manifest.documentPassages).toEqual(one.manifest.documentPassages);
    expect(two.stats.embedded).toBe(one.stats.embedded);
    expect(filesOf(join(root, "two"))).toEqual(filesOf(join(root, "one")));
  });
});
