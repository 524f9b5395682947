/**
 * The compact bundled index: int8 vectors keep cosine similarities within rounding of the exact Float32 ones (and
 * the same ranking), the gap-coded keyword data round-trips exactly, and a stale or truncated bundle fails loudly.
 */
import { describe, expect, it } from "vitest";
import { buildKeywordIndex } from "../../src/engine.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { MemoryVectorIndex } from "../../src/retrieval/vector-index.js";
import { loadBundledIndex, packKeywordData, unpackKeywordData } from "../../src/worker/bundled-index.js";
import { Int8VectorIndex } from "../../src/worker/int8-vector-index.js";
import { quantizeVectors } from "../../src/worker/int8-vectors.js";
import { workerInputs } from "./worker-inputs.js";

const embedder = new LocalEmbeddings();
const bundled = loadBundledIndex(workerInputs.indexText);
const ids = bundled.passages.map((p) => p.id);
const exact = bundled.passages.map((p) => embedder.embed(passageSearchText(p)));

describe("Int8VectorIndex", () => {
  it.each(["深圳超充站", "What did the mayor of Qingdao say?", "大连储能", "sponge city river beach in Wuhan"])(
    "ranks like exact search and keeps similarities within 0.01 for %s",
    async (question) => {
      const query = embedder.embed(question);
      const int8 = await new Int8VectorIndex(ids, quantizeVectors(exact, 512)).search(query, ids.length);
      const float = await new MemoryVectorIndex(ids, exact).search(query, ids.length);
      expect(int8.slice(0, 3).map((h) => h.id)).toEqual(float.slice(0, 3).map((h) => h.id));
      const byId = new Map(float.map((h) => [h.id, h.similarity]));
      for (const hit of int8) expect(Math.abs(hit.similarity - byId.get(hit.id)!)).toBeLessThan(0.01);
    },
  );

  it("returns the k best, best first", async () => {
    const hits = await bundled.vectors!.search(embedder.embed("广州通风廊道"), 4);
    expect(hits).toHaveLength(4);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.similarity).toBeGreaterThanOrEqual(hits[i]!.similarity);
    expect(await bundled.vectors!.search(embedder.embed("x"), 0)).toEqual([]);
  });

  it("packs 512 dimensions into 512 bytes per vector", () => {
    const packed = quantizeVectors(exact, 512);
    expect(atob(packed.data).length).toBe(exact.length * 512);
  });
});

describe("bundled keyword data", () => {
  it("round-trips the BM25 index exactly through gap coding", () => {
    const data = buildKeywordIndex(bundled.passages).toData();
    expect(unpackKeywordData(packKeywordData(data))).toEqual(data);
    expect(bundled.keywordData).toEqual(data);
  });
});

describe("loadBundledIndex", () => {
  const file = JSON.parse(workerInputs.indexText) as Record<string, unknown>;

  it("refuses a bundle of another format version, saying how to rebuild", () => {
    expect(() => loadBundledIndex(JSON.stringify({ ...file, version: 0 }))).toThrow(/build-worker-index/);
  });

  it("refuses a bundle whose parts disagree", () => {
    const passages = (file.passages as unknown[]).slice(1);
    expect(() => loadBundledIndex(JSON.stringify({ ...file, passages }))).toThrow(/13 passages but keyword data for 14/);
  });
});
