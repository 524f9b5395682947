/**
 * The scale scenario (issue 15): at each size, a full `npm run ingest` through the CLI (the same progress bar and
 * ETA a user sees, captured), then the real server on the built index: time to ready, RSS, and /api/search over HTTP one
 * request at a time for questions never asked before (each generated question once, so no retrieval-cache hit).
 * Opt-in for 1M passages: `npm run bench -- --sizes 100k,1m --only scale` (it takes minutes).
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./lib/corpora.js";
import { procCpuMs, procMemory, run, runTsx, startServer } from "./lib/processes.js";
import { percentiles, round } from "./lib/stats.js";
import { seedSearchPaths } from "./http.js";

export interface ScaleResult {
  passages: number;
  /** Wall time of `npm run ingest` (tsx src/cli/ingest.ts) from an empty index folder; null with --reuse-index. */
  ingestS: number | null;
  ingestPeakRssMB: number | null;
  /** Spawn to the first 200 of /healthz, best of the runs. */
  readyMs: number;
  readyRuns: number[];
  /** Server RSS after the searches, and its peak. */
  rssMB: number;
  peakRssMB: number;
  questions: number;
  searchP50Ms: number;
  searchP99Ms: number;
  /**
   * CPU time of the server process (all its threads) per question over the measured questions: on a machine of C
   * cores, a p50 below this divided by C cannot be had by spreading a request's work over threads.
   */
  serverCpuMsPerRequest: number;
  /** Seconds waited after ready (and the warm-up questions) before the measured questions. */
  settleS: number;
  /** The vector index's recall@40 against the exact scan, on the questions not used for tuning. */
  vectorRecall?: VectorRecall;
}

export interface VectorRecall {
  recallAt40: number;
  recallAt10: number;
  questions: number;
  kind: "exact" | "two-stage";
  exactP50Ms: number;
  twoStageP50Ms: number;
}

/** tests/bench/vector-recall.ts in a process of its own, on the "report" half of the questions. */
export async function measureVectorRecall(corpus: Corpus, indexDir: string): Promise<VectorRecall> {
  const result = await runTsx(join("tests", "bench", "vector-recall.ts"), [indexDir, corpus.dir, "--part", "report"], {}, 1_800_000);
  if (result.code !== 0) throw new Error(`vector-recall failed:\n${result.stderr.slice(-4000)}`);
  const r = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as {
    recallAt40: number;
    recallAt10: number;
    questions: number;
    stored: "exact" | "two-stage";
    exactMs: { p50: number };
    twoStageMs: { p50: number };
  };
  return { recallAt40: r.recallAt40, recallAt10: r.recallAt10, questions: r.questions, kind: r.stored, exactP50Ms: r.exactMs.p50, twoStageP50Ms: r.twoStageMs.p50 };
}

/** GNU time's "Maximum resident set size" line, when the ingest ran under /usr/bin/time -v. */
const maxRss = (stderr: string) => Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;

export async function benchScale(corpus: Corpus, indexDir: string, log: (line: string) => void, options: { reuseIndex?: boolean; settleS?: number } = {}): Promise<ScaleResult> {
  const runs = 2;
  let ingestS: number | null = null;
  let ingestPeakRssMB: number | null = null;
  if (!(options.reuseIndex && existsSync(join(indexDir, "manifest.json")))) {
    rmSync(indexDir, { recursive: true, force: true });
    const started = performance.now();
    // Under GNU time when it is there, for the ingest's peak memory.
    const args = ["--import", "tsx", "src/cli/ingest.ts", "--corpus", corpus.dir, "--index", indexDir];
    const timed = existsSync("/usr/bin/time");
    const ingest = await run(timed ? "/usr/bin/time" : process.execPath, timed ? ["-v", process.execPath, ...args] : args, {}, 3_600_000);
    ingestS = round((performance.now() - started) / 1000, 1);
    if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.stderr.slice(-4000)}`);
    ingestPeakRssMB = Math.round(maxRss(ingest.stderr)) || null;
    log(`ingest ${corpus.passages} passages: ${ingestS} s`);
  } else log(`reusing the index in ${indexDir} (--reuse-index): no ingest timed`);

  const readyRuns: number[] = [];
  let search = { p50: 0, p99: 0 };
  let cpuMsPerRequest = 0;
  const settleS = options.settleS ?? 0;
  let memory = { rssMB: 0, peakMB: 0 };
  for (let r = 0; r < runs; r++) {
    const server = await startServer({ corpusDir: corpus.dir, indexDir });
    try {
      if (/needs a build|corrupted|rebuilding/.test(server.output())) throw new Error(`the server rebuilt the index:\n${server.output()}`);
      readyRuns.push(Math.round(server.readyMs));
      if (r < runs - 1) continue;
      // Warm-up on other questions (the seed set), so the first measured request pays no JIT compilation.
      for (const path of seedSearchPaths(16)) await (await fetch(server.url + path)).arrayBuffer();
      if (settleS > 0) await new Promise((resolve) => setTimeout(resolve, settleS * 1000));
      const samples: number[] = [];
      const cpuBefore = procCpuMs(server.pid);
      for (const q of corpus.questions) {
        const path = `/api/search?q=${encodeURIComponent(q.question)}&k=5`;
        const t = performance.now();
        const res = await fetch(server.url + path);
        await res.arrayBuffer();
        samples.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      }
      cpuMsPerRequest = (procCpuMs(server.pid) - cpuBefore) / corpus.questions.length;
      const p = percentiles(samples);
      search = { p50: p.p50, p99: p.p99 };
      memory = procMemory(server.pid);
    } finally {
      await server.stop();
    }
  }
  return {
    passages: corpus.passages,
    ingestS,
    ingestPeakRssMB,
    readyMs: Math.min(...readyRuns),
    readyRuns,
    rssMB: memory.rssMB,
    peakRssMB: memory.peakMB,
    questions: corpus.questions.length,
    searchP50Ms: round(search.p50, 2),
    searchP99Ms: round(search.p99, 2),
    serverCpuMsPerRequest: round(cpuMsPerRequest, 1),
    settleS,
  };
}
