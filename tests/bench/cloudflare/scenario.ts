/**
 * One size of the D1 scale-mode benchmark: a generated corpus, its Node build, `cloudflare:sync`'s D1 half into
 * workerd's local D1, then the generated questions asked of the Worker (GET /api/search, k = 5, no retrieval
 * cache) and of the Node engine over the same build. Prints what a Worker pays per request and how its ranking
 * compares with Node's.
 */
import { plainPostings } from "../../../src/retrieval/keyword-index-types.js";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../../../src/engine.js";
import { LocalEmbeddings } from "../../../src/retrieval/local-embedder.js";
import { ensureIndex } from "../../../src/store/load-index.js";
import type { ScoredPassage } from "../../../src/schemas.js";
import { corpusRows } from "../../../src/worker/d1-corpus-rows.js";
import { applyCorpusSync, d1BindingTarget, planCorpusSync, readSyncedPassages } from "../../../src/worker/d1-corpus-sync.js";
import { ensureCorpus, holdsAnswer, type GeneratedQuestion } from "../lib/corpora.js";
import { percentiles, round, type Percentiles } from "../lib/stats.js";
import { startScaleWorker } from "./scale-worker.js";
import { processUsage } from "./workerd-process.js";

type Question = GeneratedQuestion & { city: { en: string } };

export interface ScaleScenarioResult {
  passages: number;
  questions: number;
  sync: { seconds: number; statements: number; resyncStatements: number; resyncChanged: number; d1Mb: number };
  worker: {
    cityAt1: number;
    hitAt3: number;
    latency: Percentiles;
    /** CPU time per request of the app's workerd process (D1 and the Vectorize stand-in run elsewhere, as on Cloudflare). */
    cpuMsPerRequest: number;
    /** D1's own SQL time per request (meta.duration): on Cloudflare it runs in D1, not in the Worker. */
    d1SqlMsPerRequest: number;
    d1RoundTripsPerRequest: number;
    d1StatementsPerRequest: number;
    /** Rows D1 reports read per request (D1 bills reads by rows). */
    d1RowsReadPerRequest: number;
    rssMb: { afterStart: number; afterRun: number };
  };
  node: { cityAt1: number; hitAt3: number };
  /** Share of the Worker's top 5 that Node's top 5 holds too, and of questions with the same top passage. */
  agreement: { top5Overlap: number; sameTop1: number };
}

export async function runScaleScenario(options: {
  label: string;
  passages: number;
  seed: number;
  questions: number;
  bundleDir: string;
  workDir: string;
  log?: (line: string) => void;
}): Promise<ScaleScenarioResult> {
  const log = options.log ?? (() => {});
  const corpus = await ensureCorpus(options.label, options.passages, options.seed);
  const embeddings = new LocalEmbeddings();
  const index = await ensureIndex({
    indexDir: join(options.workDir, `index-${options.label}`),
    corpusDir: corpus.dir,
    embeddings,
    embedderId: embeddings.id,
    log,
    searchThread: "off",
  });
  const questions = (corpus.questions as Question[]).slice(0, options.questions);
  // A fresh D1 file per run: the first sync then writes everything, the second nothing.
  const d1Dir = join(options.workDir, `d1-${options.label}`);
  rmSync(d1Dir, { recursive: true, force: true });
  const worker = await startScaleWorker({ bundleDir: options.bundleDir, vectors: () => index.vectors, dimensions: embeddings.dimensions, d1Dir });
  try {
    // The D1 half of cloudflare:sync, then again to show the second run writes nothing.
    const target = d1BindingTarget(await worker.corpusDb());
    const meta = { embedder: embeddings.id, corpusHash: index.manifest.corpusHash };
    const rows = corpusRows(index.passages, plainPostings(index.keywordData));
    const syncStarted = performance.now();
    const first = await applyCorpusSync(target, planCorpusSync(await readSyncedPassages(target), rows), rows, meta, log);
    const seconds = (performance.now() - syncStarted) / 1000;
    const again = await applyCorpusSync(target, planCorpusSync(await readSyncedPassages(target), rows), rows, meta);
    log(`${options.label}: synced ${first.plan.added} passages in ${seconds.toFixed(1)} s (${first.statements} statements); again: ${again.statements} statements`);

    const sized = (await (await worker.corpusDb()).prepare("SELECT 1").all()) as { meta?: { size_after?: number } };
    const d1Mb = round((sized.meta?.size_after ?? 0) / 1e6, 1);
    const health = await worker.fetch("/healthz");
    if (health.status !== 200) throw new Error(`the Worker is not healthy: ${health.status} ${await health.text()}`);
    const pid = worker.pid();
    const before = processUsage(pid);
    const logsBefore = worker.logs.length;
    const workerTop: ScoredPassage[][] = [];
    const latencies: number[] = [];
    for (const q of questions) {
      const started = performance.now();
      const res = await worker.fetch(`/api/search?k=5&q=${encodeURIComponent(q.question)}`);
      const body = (await res.json()) as { results: ScoredPassage[] };
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`search failed: ${res.status} ${JSON.stringify(body)}`);
      workerTop.push(body.results);
    }
    const after = processUsage(pid);
    const d1 = worker.logs.slice(logsBefore).filter((r) => r.msg === "d1 retrieval");
    if (d1.length !== questions.length) throw new Error(`expected one d1 retrieval record per question, got ${d1.length}`);
    const perRequest = (field: string) => round(d1.reduce((s, r) => s + Number(r[field]), 0) / d1.length, 2);

    const engine = createEngine({ passages: index.passages, vectors: index.vectors, keywordData: index.keywordData, embeddings, retrievalCacheSize: 0 });
    const nodeTop: ScoredPassage[][] = [];
    for (const q of questions) nodeTop.push((await engine.retriever.retrieve(q.question, 5)).results);

    const share = (xs: boolean[]) => round(xs.filter(Boolean).length / Math.max(1, xs.length), 3);
    const cityAt1 = (tops: ScoredPassage[][]) => share(questions.map((q, i) => tops[i]![0]?.city?.en === q.city.en));
    const hitAt3 = (tops: ScoredPassage[][]) => share(questions.map((q, i) => tops[i]!.slice(0, 3).some((p) => holdsAnswer(p, q))));
    const overlap = questions.map((_, i) => {
      const nodeIds = new Set(nodeTop[i]!.map((p) => p.id));
      return workerTop[i]!.filter((p) => nodeIds.has(p.id)).length / Math.max(1, nodeTop[i]!.length);
    });
    return {
      passages: index.passages.length,
      questions: questions.length,
      sync: { seconds: round(seconds, 1), statements: first.statements, resyncStatements: again.statements, resyncChanged: again.plan.added + again.plan.changed + again.plan.removed, d1Mb },
      worker: {
        cityAt1: cityAt1(workerTop),
        hitAt3: hitAt3(workerTop),
        latency: percentiles(latencies),
        cpuMsPerRequest: round(((after.cpuS - before.cpuS) * 1000) / questions.length, 2),
        d1SqlMsPerRequest: perRequest("sqlMs"),
        d1RoundTripsPerRequest: perRequest("roundTrips"),
        d1StatementsPerRequest: perRequest("statements"),
        d1RowsReadPerRequest: perRequest("rowsRead"),
        rssMb: { afterStart: before.rssMb, afterRun: after.rssMb },
      },
      node: { cityAt1: cityAt1(nodeTop), hitAt3: hitAt3(nodeTop) },
      agreement: {
        top5Overlap: round(overlap.reduce((a, b) => a + b, 0) / Math.max(1, overlap.length), 3),
        sameTop1: share(questions.map((_, i) => workerTop[i]![0]?.id === nodeTop[i]![0]?.id)),
      },
    };
  } finally {
    await worker.dispose();
  }
}
