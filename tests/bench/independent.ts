/**
 * An independent 20k-passage corpus (another seed), handled the way a user would: `npm run ingest -- --corpus DIR
 * --index DIR`, then the server with CORPUS_DIR and INDEX_DIR, then /api/search over HTTP one request at a time.
 */
import { rmSync } from "node:fs";
import type { Corpus } from "./lib/corpora.js";
import { run, startServer } from "./lib/processes.js";
import { round, type Percentiles } from "./lib/stats.js";
import { NO_CACHE, sequentialLatency } from "./http.js";

export interface IndependentResult {
  passages: number;
  seed: number;
  ingestS: number;
  ingestLog: string;
  readyMs: number;
  search: Percentiles;
  rssMB: number;
}

export async function benchIndependent(corpus: Corpus, seed: number, indexDir: string): Promise<IndependentResult> {
  rmSync(indexDir, { recursive: true, force: true });
  const ingest = await run("npm", ["run", "ingest", "--", "--corpus", corpus.dir, "--index", indexDir]);
  if (ingest.code !== 0) throw new Error(`npm run ingest failed:\n${ingest.stderr}\n${ingest.stdout}`);
  const server = await startServer({ corpusDir: corpus.dir, indexDir, env: NO_CACHE });
  try {
    const paths = corpus.questions.map((q) => `/api/search?q=${encodeURIComponent(q.question)}&k=5`);
    const search = await sequentialLatency(server, paths, 2);
    return {
      passages: corpus.passages,
      seed,
      ingestS: round(ingest.wallMs / 1000, 2),
      ingestLog: ingest.stdout.split("\n").find((l) => l.startsWith("Indexed")) ?? "",
      readyMs: Math.round(server.readyMs),
      search,
      rssMB: server.memory().rssMB,
    };
  } finally {
    await server.stop();
  }
}
