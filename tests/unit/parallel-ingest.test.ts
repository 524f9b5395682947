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
