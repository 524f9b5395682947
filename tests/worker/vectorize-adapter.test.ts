/**
 * The Vectorize adapter against an in-test binding that follows the real interface and scoring (cosine index:
 * similarity, higher is closer): scores come out with the meaning they have on Node (cosine similarity, as
 * hnswlib's 1 - distance), and the Worker in Vectorize mode retrieves what it retrieves in bundled mode.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { MemoryVectorIndex } from "../../src/retrieval/vector-index.js";
import { loadBundledIndex } from "../../src/worker/bundled-index.js";
import { VECTORIZE_MAX_TOP_K, VectorizeVectorIndex } from "../../src/worker/vectorize-vector-index.js";
import { FakeVectorize } from "./fakes/fake-vectorize.js";
import { workerApp, workerInputs } from "./worker-inputs.js";

const embedder = new LocalEmbeddings();
const bundled = loadBundledIndex(workerInputs.indexText);
const texts = bundled.passages.map(passageSearchText);
const ids = bundled.passages.map((p) => p.id);
const vectors = texts.map((t) => embedder.embed(t));

async function filledVectorize(): Promise<FakeVectorize> {
  const fake = new FakeVectorize(embedder.dimensions);
  await fake.upsert(bundled.passages.map((p, i) => ({ id: p.id, values: vectors[i]!, metadata: { kind: p.kind } })));
  return fake;
}

/** What the Node adapter reports: hnswlib's cosine distance (1 - dot for unit vectors), turned into 1 - distance. */
const nodeSimilarity = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  const hnswDistance = 1 - dot;
  return 1 - hnswDistance;
};

describe("VectorizeVectorIndex", () => {
  it("returns cosine similarities equal to Node's, best first", async () => {
    const index = new VectorizeVectorIndex(await filledVectorize(), { dimensions: 512 });
    const query = await embedder.embedQuery("深圳超充站有多少座?");
    const hits = await index.search(query, 5);
    const memory = await new MemoryVectorIndex(ids, vectors).search(query, 5);
    expect(hits.map((h) => h.id)).toEqual(memory.map((h) => h.id));
    for (const hit of hits) {
      const expected = nodeSimilarity(query, vectors[ids.indexOf(hit.id)]!);
      expect(hit.similarity).toBeCloseTo(expected, 5);
      expect(hit.similarity).toBeGreaterThanOrEqual(-1);
      expect(hit.similarity).toBeLessThanOrEqual(1);
    }
    expect(hits[0]!.similarity).toBeGreaterThan(hits[4]!.similarity);
  });

  it("asks without values or metadata, and never for more than Vectorize's top-K limit", async () => {
    const fake = await filledVectorize();
    const index = new VectorizeVectorIndex(fake);
    await index.search(await embedder.embedQuery("Guangzhou"), 500);
    expect(fake.queries.at(-1)).toEqual({ topK: VECTORIZE_MAX_TOP_K, returnMetadata: "none", returnValues: false });
  });

  it("sends unit vectors, so a dot-product index scores the same as a cosine one", async () => {
    const fake = await filledVectorize();
    const scaled = (await embedder.embedQuery("Dalian energy storage")).map((x) => x * 7);
    const [top] = await new VectorizeVectorIndex(fake, { metric: "dot-product" }).search(scaled, 1);
    const [unscaled] = await new VectorizeVectorIndex(fake).search(await embedder.embedQuery("Dalian energy storage"), 1);
    expect(top!.similarity).toBeCloseTo(unscaled!.similarity, 6);
  });

  it("refuses a euclidean index, whose scores are distances", () => {
    expect(() => new VectorizeVectorIndex(new FakeVectorize(512), { metric: "euclidean" })).toThrow(/cosine/);
  });

  it("names the mismatch when the embedder's dimensions differ from the index's", async () => {
    const index = new VectorizeVectorIndex(await filledVectorize(), { dimensions: 1024 });
    await expect(index.search(await embedder.embedQuery("Wuhan"), 3)).rejects.toThrow(/512 dimensions but the Vectorize index 1024/);
  });

  it("turns a failing Vectorize query into 502 upstream_error", async () => {
    const index = new VectorizeVectorIndex(new FakeVectorize(1024));
    const err = await index.search(await embedder.embedQuery("Wuhan"), 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "upstream_error", status: 502 });
  });
});

describe("the Worker in Vectorize mode", () => {
  it("reports the same passages and nearly the same scores as bundled mode", async () => {
    const scale = workerApp({ VECTORIZE: await filledVectorize() });
    const local = workerApp({});
    for (const q of ["深圳超充站", "How wide are Guangzhou's ventilation corridors?", "徐曙海说了什么?"]) {
      const path = `/api/search?q=${encodeURIComponent(q)}&k=5`;
      type Results = { results: { id: string; score: number }[] };
      const a = (await (await scale.request(path)).json()) as Results;
      const b = (await (await local.request(path)).json()) as Results;
      expect(a.results.map((r) => r.id)).toEqual(b.results.map((r) => r.id));
      // Bundled vectors are int8: a cosine moves by about 0.005, weighted 0.35 in the score.
      a.results.forEach((r, i) => expect(Math.abs(r.score - b.results[i]!.score)).toBeLessThan(0.005));
    }
  });

  it("answers 502 upstream_error in the one error shape when Vectorize fails", async () => {
    const broken = { query: () => Promise.reject(new Error("network connection lost")) };
    const res = await workerApp({ VECTORIZE: broken }).request(`/api/search?q=${encodeURIComponent("深圳")}`);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_error");
  });
});
