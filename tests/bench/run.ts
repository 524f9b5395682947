/**
 * npm run bench [-- --sizes 1k,10k,100k --only ingest,retrieval,... --skip ...]: the benchmark suite. Every
 * comparison is measured side by side in the same run. Prints markdown tables (the README's "Performance"
 * section comes from one run) and writes the figures as JSON to bench-results/ (git-ignored).
 *
 * Sections: ingest (child process per size), retrieval (in-process, with raw hnswlib-node and MiniSearch on the
 * same data), http (seed corpus, autocannon), streaming (tests/bench/first-token.ts), startup (real server per
 * size), incremental (10k, one document changed), independent (20k corpus of another seed through the CLI),
 * crowded (city hit@1 among 5,000 same-topic passages of other cities, beside plain BM25), and, opt-in (--scale),
 * scale: npm run ingest, ready, RSS and /api/search over HTTP at 100k and 1M passages.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { benchHttp } from "./http.js";
import { benchIncremental } from "./incremental.js";
import { benchIndependent } from "./independent.js";
import { benchIngest } from "./ingest.js";
import { ensureCorpus, type Corpus } from "./lib/corpora.js";
import { parseOptions, SIZES, type SizeLabel } from "./lib/options.js";
import { ROOT, startServer } from "./lib/processes.js";
import { round } from "./lib/stats.js";
import { evaluateTargets, formatReport, type BenchResults } from "./report.js";
import { benchRetrieval } from "./retrieval.js";
import { benchScale, measureVectorRecall } from "./scale.js";
import { benchStartup } from "./startup.js";
import { runCrowded } from "./crowded.js";

const INDEX_ROOT = join(ROOT, "bench-results", "indexes");
const INDEPENDENT_SEED = 7;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const has = (section: (typeof options.sections)[number]) => options.sections.includes(section);
  const started = performance.now();
  const log = (msg: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
  const results: Omit<BenchResults, "targets"> = {
    environment: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
      loadBefore: loadavg().map((x) => x.toFixed(2)).join(" "),
      commit: gitCommit(),
      options,
    },
    ingest: {},
    retrieval: {},
    startup: {},
  };

  const corpora = new Map<SizeLabel, Corpus>();
  for (const size of options.sizes) {
    log(`corpus ${size}`);
    corpora.set(size, await ensureCorpus(size, SIZES[size]));
  }
  const indexOf = (size: SizeLabel) => join(INDEX_ROOT, size);

  for (const size of options.sizes) {
    if (has("scale") || (!has("ingest") && existsSync(join(indexOf(size), "manifest.json")))) continue;
    log(`ingest ${size}`);
    results.ingest[size] = await benchIngest(corpora.get(size)!, indexOf(size));
  }
  if (has("retrieval")) {
    for (const size of options.sizes) {
      log(`retrieval ${size}`);
      results.retrieval[size] = await benchRetrieval(corpora.get(size)!, indexOf(size), options);
    }
  }
  if (has("http")) {
    log("http (seed corpus)");
    const indexDir = join(tmpdir(), `bench-seed-index-${process.pid}`);
    const server = await startServer({ corpusDir: join(ROOT, "corpus"), indexDir });
    try {
      results.http = await benchHttp(server, options.httpSeconds);
    } finally {
      await server.stop();
      rmSync(indexDir, { recursive: true, force: true });
    }
  }
  if (has("streaming")) {
    log("streaming (first token)");
    results.streaming = await measureStreaming();
  }
  if (has("startup")) {
    for (const size of options.sizes) {
      log(`startup ${size}`);
      results.startup[size] = await benchStartup(corpora.get(size)!, indexOf(size));
    }
  }
  if (has("incremental")) {
    log("incremental (10k)");
    const corpus = corpora.get("10k") ?? (await ensureCorpus("10k", SIZES["10k"]));
    results.incremental = await benchIncremental(corpus, join(ROOT, "bench-results", "incremental"));
  }
  if (has("independent")) {
    log(`independent (20k, seed ${INDEPENDENT_SEED})`);
    const corpus = await ensureCorpus("20k", SIZES["20k"], INDEPENDENT_SEED);
    results.independent = await benchIndependent(corpus, INDEPENDENT_SEED, join(INDEX_ROOT, `20k-seed${INDEPENDENT_SEED}`));
  }
  if (has("scale")) {
    results.scale = {};
    for (const size of options.sizes) {
      log(`scale ${size}: npm run ingest, then the server`);
      const scale = await benchScale(corpora.get(size)!, indexOf(size), log, { reuseIndex: options.reuseIndex, settleS: options.settleS });
      scale.vectorRecall = await measureVectorRecall(corpora.get(size)!, indexOf(size));
      results.scale[size] = scale;
    }
  }
  if (has("crowded")) {
    log("crowded (seed + 5,000 same-topic passages of other cities, against plain BM25)");
    const { engine: _engine, ...crowded } = await runCrowded({ passages: 5_000, seed: INDEPENDENT_SEED });
    results.crowded = crowded;
  }
  results.estimate1m = estimateMillion(results);
  results.environment.loadAfter = loadavg().map((x) => x.toFixed(2)).join(" ");
  results.environment.totalS = round((performance.now() - started) / 1000, 1);
  const final: BenchResults = { ...results, targets: evaluateTargets(results) };

  console.log(formatReport(final));
  mkdirSync(dirname(join(ROOT, options.out)), { recursive: true });
  writeFileSync(join(ROOT, options.out), `${JSON.stringify(final, null, 2)}\n`);
  writeFileSync(join(ROOT, "bench-results", "latest.json"), `${JSON.stringify(final, null, 2)}\n`);
  log(`wrote ${options.out} (and bench-results/latest.json) in ${results.environment.totalS} s`);
}

/** tests/bench/first-token.ts, when present, measures the server's latency before the first streamed token. */
async function measureStreaming(): Promise<BenchResults["streaming"]> {
  const path = join(import.meta.dirname, "first-token.ts");
  if (!existsSync(path)) return { skipped: "tests/bench/first-token.ts is not there" };
  const mod = (await import(path)) as { measureFirstToken?: (runs: number) => Promise<{ runs: number; medianMs: number; p95Ms: number }> };
  if (!mod.measureFirstToken) return { skipped: "tests/bench/first-token.ts exports no measureFirstToken" };
  return mod.measureFirstToken(30);
}

/** 1M passages on paper: the 10k → 100k growth carried on by another factor of ten. */
function estimateMillion(r: Omit<BenchResults, "targets">): Record<string, string> | undefined {
  const [a, b] = [r.ingest["10k"], r.ingest["100k"]];
  const [ra, rb] = [r.retrieval["10k"], r.retrieval["100k"]];
  if (!a || !b || !ra || !rb) return undefined;
  const grow = (x: number, y: number) => y * (y / x);
  return {
    "ingest (full build)": `~${Math.round(grow(a.totalS, b.totalS) / 60)} min (${b.totalS} s at 100k × ${(b.totalS / a.totalS).toFixed(1)})`,
    "index on disk": `~${(grow(a.diskMB, b.diskMB) / 1024).toFixed(1)} GB`,
    "ingest peak RSS": `~${(grow(a.peakRssMB, b.peakRssMB) / 1024).toFixed(1)} GB`,
    "vector search p50 (exact sparse, linear in passages)": `~${(rb.vectorSearch.p50 * 10).toFixed(0)} ms`,
    "BM25 p50": `~${grow(ra.keywordOnly.p50, rb.keywordOnly.p50).toFixed(0)} ms`,
    "hybrid p50": `~${grow(ra.hybrid.p50, rb.hybrid.p50).toFixed(0)} ms`,
    "server RSS": r.startup["100k"] ? `~${((r.startup["100k"].rssMB * 10) / 1024).toFixed(1)} GB` : "–",
  };
}

function gitCommit(): string {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
  } catch {
    return "unknown";
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
