/**
 * Where a retrieval's time goes, in process (no HTTP), on a built index as the server loads it: for each generated
 * question once (each new, no cache), the whole hybrid retrieval, and inside it the BM25 ranking (main thread) and
 * the vector search (its thread, when the build has one, running beside BM25), with the server's CPU time per
 * question (this process, all threads):
 *
 *   npx tsx tests/bench/hybrid-stages.ts INDEX_DIR CORPUS_DIR [--settle 30]
 *
 * It waits `--settle` seconds after loading (default 30), so the work a server does in its first seconds (BM25's
 * dense forms and block maxima, the build's SHA-256) is over, and warms up on 16 other questions. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConfig } from "../../src/config.js";
import { loadNodeIndexAndEngine } from "../../src/entry/node-engine.js";
import type { LlmEngineHooks } from "../../src/providers/llm-deps.js";
import { createNodeEmbeddings } from "../../src/providers/embeddings-node.js";
import { percentiles, round } from "./lib/stats.js";

const argv = process.argv.slice(2);
const [indexDir, corpusDir] = argv;
if (!indexDir || !corpusDir) throw new Error("usage: hybrid-stages.ts INDEX_DIR CORPUS_DIR [--settle 30]");
const settleAt = argv.indexOf("--settle");
const settleS = settleAt >= 0 ? Number(argv[settleAt + 1]) : 30;

const config = parseConfig({ ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: corpusDir, LLM_PROVIDER: "none" });
const noLlm: LlmEngineHooks = { llm: "none" };
const { engine } = await loadNodeIndexAndEngine({ config, embedder: createNodeEmbeddings(config), llm: noLlm, log: () => undefined });
await new Promise((resolve) => setTimeout(resolve, settleS * 1000));

/** The retriever's two rankers, timed where hybrid retrieval calls them (private members, read for measuring only). */
interface Stages {
  ranker: { rank: (...args: unknown[]) => unknown };
  searchVectors: (...args: unknown[]) => Promise<unknown>;
  search: (question: string, k: number, options: object) => Promise<unknown>;
}
const retriever = engine.retriever as unknown as Stages;
let rankMs = 0;
let vectorMs = 0;
const rank = retriever.ranker.rank.bind(retriever.ranker);
retriever.ranker.rank = (...args) => {
  const t = performance.now();
  const ranking = rank(...args);
  rankMs = performance.now() - t;
  return ranking;
};
const searchVectors = retriever.searchVectors.bind(retriever);
retriever.searchVectors = async (...args) => {
  const t = performance.now();
  const hits = await searchVectors(...args);
  vectorMs = performance.now() - t;
  return hits;
};

const questions = (JSON.parse(readFileSync(join(corpusDir, "questions.json"), "utf8")) as { question: string }[]).map((q) => q.question);
// JIT warm-up on questions that differ from the measured ones (so no cache entry is shared).
for (const q of questions.slice(0, 16)) await retriever.search(`${q} ?`, 5, {});
const times = { retrieval: [] as number[], bm25: [] as number[], vector: [] as number[] };
const cpu0 = process.cpuUsage();
for (const q of questions) {
  const t = performance.now();
  await retriever.search(q, 5, {});
  times.retrieval.push(performance.now() - t);
  times.bm25.push(rankMs);
  times.vector.push(vectorMs);
}
const cpu = process.cpuUsage(cpu0);
const summary = (xs: number[]) => {
  const p = percentiles(xs);
  return { p50: round(p.p50, 2), p95: round(p.p95, 2), p99: round(p.p99, 2) };
};
console.log(
  JSON.stringify({
    passages: engine.passages.length,
    questions: questions.length,
    settleS,
    retrievalMs: summary(times.retrieval),
    bm25Ms: summary(times.bm25),
    vectorMs: summary(times.vector),
    cpuMsPerQuestion: round((cpu.user + cpu.system) / 1000 / questions.length, 1),
  }),
);
process.exit(0);
