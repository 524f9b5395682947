/** Start-up of the real server with a built index: time to a 200 from /healthz, and its memory once serving. */
import type { Corpus } from "./lib/corpora.js";
import { startServer } from "./lib/processes.js";
import { round } from "./lib/stats.js";
import { NO_CACHE, sequentialLatency } from "./http.js";

export interface StartupResult {
  passages: number;
  /** Each run's time to ready (ms); the index is built and fresh, so this is load time plus process start. */
  readyMs: number[];
  bestReadyMs: number;
  /** After 100 searches. */
  rssMB: number;
  peakRssMB: number;
  searchP50Ms: number;
}

export async function benchStartup(corpus: Corpus, indexDir: string, runs = 2): Promise<StartupResult> {
  const readyMs: number[] = [];
  let memory = { rssMB: 0, peakMB: 0 };
  let searchP50Ms = 0;
  for (let r = 0; r < runs; r++) {
    const server = await startServer({ corpusDir: corpus.dir, indexDir, env: NO_CACHE });
    try {
      if (/needs a build|corrupted|rebuilding/.test(server.output())) throw new Error(`the server rebuilt the index:\n${server.output()}`);
      readyMs.push(Math.round(server.readyMs));
      if (r === runs - 1) {
        const paths = corpus.questions.slice(0, 100).map((q) => `/api/search?q=${encodeURIComponent(q.question)}&k=5`);
        searchP50Ms = (await sequentialLatency(server, paths, 1)).p50;
        memory = server.memory();
      }
    } finally {
      await server.stop();
    }
  }
  return {
    passages: corpus.passages,
    readyMs,
    bestReadyMs: Math.min(...readyMs),
    rssMB: memory.rssMB,
    peakRssMB: memory.peakMB,
    searchP50Ms: round(searchP50Ms, 2),
  };
}
