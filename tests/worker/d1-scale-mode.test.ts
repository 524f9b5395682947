/**
 * The D1 scale mode in workerd with a real local D1 (the test project's TEST_DB) and an in-test Vectorize: the seed
 * corpus synced into D1 from the same build data the bundle carries, then the Worker's app over CORPUS_DB +
 * VECTORIZE answers the evaluation questions with the passages the bundled (in-memory) mode ranks, in two D1
 * round trips per search; the sync is incremental and a second run writes nothing.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import questions from "../eval/questions.json";
import type { D1DatabaseLike } from "../../src/feedback/d1-feedback-store.js";
import { buildKeywordIndex } from "../../src/engine.js";
import { KeywordIndex } from "../../src/retrieval/keyword-index.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { BUILTIN_GLOSSARY, BUILTIN_LAYERS, mergeGlossaries, parseGlossaryFile, setActiveGlossary } from "../../src/retrieval/glossary.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import type { ScoredPassage } from "../../src/schemas.js";
import { loadBundledIndex } from "../../src/worker/bundled-index.js";
import { corpusRows } from "../../src/worker/d1-corpus-rows.js";
import { applyCorpusSync, d1BindingTarget, planCorpusSync, readSyncedPassages } from "../../src/worker/d1-corpus-sync.js";
import { FakeVectorize } from "./fakes/fake-vectorize.js";
import { createApp } from "../../src/app.js";
import { createWorkerDeps } from "../../src/worker/worker-deps.js";
import type { WorkerEnv } from "../../src/worker/worker-env.js";
import { json, workerInputs } from "./worker-inputs.js";

/** The Worker's app as the entry runs it: prepare() (the engine read from D1) before the first request. */
async function workerApp(vars: WorkerEnv) {
  const deps = createWorkerDeps({ LOG_LEVEL: "silent", ...vars }, workerInputs);
  await deps.prepare();
  return createApp(deps);
}

const db = env.TEST_DB as D1DatabaseLike;
const target = d1BindingTarget(db);
const bundled = loadBundledIndex(workerInputs.indexText);
const postings = KeywordIndex.fromData(bundled.keywordData).toPostings();
const meta = { embedder: bundled.embedder, corpusHash: bundled.corpusHash };
const embedder = new LocalEmbeddings();

/** Counts the round trips the app makes to D1. */
function counting(inner: D1DatabaseLike) {
  const counts = { batches: 0, statements: 0 };
  const db: D1DatabaseLike = {
    prepare: (sql) => inner.prepare(sql),
    batch: (statements) => (counts.batches++, (counts.statements += statements.length), inner.batch(statements)),
    exec: (sql) => inner.exec(sql),
  };
  return { db, counts };
}

async function sync(rows = corpusRows(bundled.passages, postings)) {
  return applyCorpusSync(target, planCorpusSync(await readSyncedPassages(target), rows), rows, meta);
}

const search = async (app: Awaited<ReturnType<typeof workerApp>>, q: string) =>
  ((await (await app.request(`/api/search?k=5&q=${encodeURIComponent(q)}`)).json()) as { results: ScoredPassage[] }).results;

describe("D1 scale mode", () => {
  let vectorize: FakeVectorize;
  beforeAll(async () => {
    vectorize = new FakeVectorize(embedder.dimensions);
    await vectorize.upsert(bundled.passages.map((p) => ({ id: p.id, values: embedder.embed(passageSearchText(p)) })));
    const first = await sync();
    expect(first.plan).toEqual({ added: bundled.passages.length, changed: 0, removed: 0, unchanged: 0 });
  });

  it("ranks every evaluation question as the in-memory index does, in two D1 round trips", async () => {
    const { db: countedDb, counts } = counting(db);
    const d1App = await workerApp({ CORPUS_DB: countedDb, VECTORIZE: vectorize, RETRIEVAL_CACHE_SIZE: "0" });
    const memoryApp = await workerApp({ RETRIEVAL_CACHE_SIZE: "0" });
    expect(await (await d1App.request("/healthz")).json()).toMatchObject({ status: "ok", passages: bundled.passages.length });
    const before = counts.batches;
    for (const q of questions) {
      const [fromD1, fromMemory] = [await search(d1App, q.question), await search(memoryApp, q.question)];
      // The bundle's vectors are int8 (a cosine moves by up to about 0.005); the stand-in's are the float ones. So
      // each rank's score agrees within that, and the same passage holds each rank except where two passages are
      // that close (zh-42's fifth: 0.0634 against 0.0637): at most one swapped pair of ranks per question.
      expect(fromD1).toHaveLength(fromMemory.length);
      fromD1.forEach((p, i) => expect(Math.abs(p.score - fromMemory[i]!.score), q.id).toBeLessThan(0.005));
      const differing = fromD1.filter((p, i) => p.id !== fromMemory[i]!.id);
      expect(differing.length, `${q.id}: ${differing.map((p) => p.id).join(", ")}`).toBeLessThanOrEqual(2);
    }
    expect(counts.batches - before).toBe(2 * questions.length);
  });

  it("answers chat and passage lookups from D1, and refuses a city the corpus does not cover", async () => {
    const app = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize });
    const answer = (await (await app.request("/api/chat", json({ question: "深圳建成了多少座超充站?" }))).json()) as {
      answerable: boolean;
      citations: { id: string; city: { en: string } }[];
    };
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]!.city.en).toBe("Shenzhen");
    const passage = await app.request(`/api/passages/${answer.citations[0]!.id}`);
    expect(((await passage.json()) as { id: string }).id).toBe(answer.citations[0]!.id);
    expect((await app.request("/api/passages/no-such-id")).status).toBe(404);
    const refused = (await (await app.request("/api/chat", json({ question: "What has Lhasa done about emissions?" }))).json()) as { answerable: boolean };
    expect(refused.answerable).toBe(false);
  });

  it("answers from the catalogue the sync stored as the in-memory mode does: summaries, speakers, every leader", async () => {
    const d1App = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize });
    const memoryApp = await workerApp({});
    const chat = async (app: typeof d1App, question: string) =>
      (await (await app.request("/api/chat", json({ question }))).json()) as { answer: string; answerable: boolean; citations: { id: string }[] };
    for (const question of ["Give me an overview of Qingdao's work.", "Who are all the officials quoted here?", "各个城市的领导人都说了什么？", "深圳在减少食物浪费方面做了什么？"]) {
      const [fromD1, fromMemory] = [await chat(d1App, question), await chat(memoryApp, question)];
      expect(fromD1.citations.length, question).toBeGreaterThan(0);
      expect(fromD1.answer, question).toBe(fromMemory.answer);
      expect(fromD1.citations.map((c) => c.id), question).toEqual(fromMemory.citations.map((c) => c.id));
    }
  });

  it("lists the passages as MCP resources from D1 (none are in the isolate's memory)", async () => {
    const app = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize });
    const res = await app.request("/mcp", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2025-06-18" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "resources/list", params: {} }),
    });
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: { resources: { uri: string }[] } };
    expect(result.resources.map((r) => r.uri)).toEqual(bundled.passages.map((p) => `passage://${p.id}`));
  });

  it("answers 503 not_ready in JSON while D1 cannot be read, instead of failing the request", async () => {
    const unreachable: D1DatabaseLike = { ...db, prepare: (sql) => db.prepare(sql), batch: () => Promise.reject(new Error("D1_ERROR: no such table: corpus_stats")), exec: (sql) => db.exec(sql) };
    const app = await workerApp({ CORPUS_DB: unreachable, VECTORIZE: vectorize });
    const res = await app.request(`/api/search?q=${encodeURIComponent("深圳")}`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "not_ready" } });
  });

  it("syncs incrementally: nothing the second time, one passage when one changes, removals removed", async () => {
    expect((await sync()).statements).toBe(0);
    const edited = bundled.passages.map((p, i) => (i === 3 ? { ...p, en: `${p.en} Solar canopies now cover every depot.` } : p));
    const rows = corpusRows(edited, buildKeywordIndex(edited).toPostings());
    expect((await sync(rows)).plan).toEqual({ added: 0, changed: 1, removed: 0, unchanged: bundled.passages.length - 1 });
    const app = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize, RETRIEVAL_CACHE_SIZE: "0" });
    expect((await search(app, "solar canopies depot"))[0]!.id).toBe(edited[3]!.id);

    const fewer = corpusRows(bundled.passages.slice(1), buildKeywordIndex(bundled.passages.slice(1)).toPostings());
    expect((await sync(fewer)).plan).toMatchObject({ removed: 1 });
    expect(await db.prepare("SELECT COUNT(*) AS n FROM corpus_postings WHERE doc = 0").first()).toEqual({ n: 0 });
    await sync(); // back to the bundle's corpus for the other tests
  });

  it("analyzes questions with the operator's glossary the sync stored beside the postings it made", async () => {
    // 风巷 is in no passage and no shipped concept; only this operator concept links it to Guangzhou's 通风廊道.
    const layer = parseGlossaryFile({ layer: "operator", groups: [{ id: "wind-lanes", en: ["wind lanes"], zh: ["风巷", "通风廊道"] }] }, "a test layer");
    const question = "风巷";
    const plain = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize, RETRIEVAL_CACHE_SIZE: "0" });
    const before = await search(plain, question);
    expect(before[0]?.city?.en).not.toBe("Guangzhou");
    setActiveGlossary(mergeGlossaries([...BUILTIN_LAYERS, layer]));
    let rows: ReturnType<typeof corpusRows>;
    try {
      rows = corpusRows(bundled.passages, buildKeywordIndex(bundled.passages).toPostings());
    } finally {
      setActiveGlossary(BUILTIN_GLOSSARY);
    }
    try {
      const report = await applyCorpusSync(target, planCorpusSync(await readSyncedPassages(target), rows), rows, { ...meta, glossary: [layer] });
      expect(report.plan.changed).toBeGreaterThan(0); // Guangzhou's passage gained the concept
      const app = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize, RETRIEVAL_CACHE_SIZE: "0" });
      const after = await search(app, question);
      expect(after[0]!.city?.en).toBe("Guangzhou");
      expect(after[0]!.score).toBeGreaterThan(before.find((p) => p.city?.en === "Guangzhou")?.score ?? 0);
      // The built-in embedder's id records the glossary it analyzes with.
      const health = (await (await app.request("/healthz")).json()) as { embedder: string };
      expect(health.embedder).not.toBe(embedder.id);
      expect(((await (await plain.request("/healthz")).json()) as { embedder: string }).embedder).toBe(embedder.id);
    } finally {
      setActiveGlossary(BUILTIN_GLOSSARY);
      await applyCorpusSync(target, planCorpusSync(await readSyncedPassages(target), corpusRows(bundled.passages, postings)), corpusRows(bundled.passages, postings), meta);
    }
    // Synced again without it: the stored glossary is gone and questions are analyzed with the shipped one.
    const again = await workerApp({ CORPUS_DB: db, VECTORIZE: vectorize, RETRIEVAL_CACHE_SIZE: "0" });
    expect((await search(again, question)).map((p) => p.id)).toEqual(before.map((p) => p.id));
  });
});
