/**
 * npm run bench:cloudflare [-- --sizes 10k,100k] [--questions 200] [--seed 42]
 *
 * The Worker's D1 scale mode in workerd (Miniflare, local SQLite-backed D1, Vectorize stand-in) at each size:
 * sync time, per-request CPU, D1 round trips and statements, p50 latency, workerd memory, and city@1 / hit@3 beside
 * the Node engine on the same build and questions. Corpora and builds go to generated/ (git-ignored) and are reused.
 * Prints a table and writes bench-results/cloudflare.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { ROOT } from "./lib/processes.js";
import { runScaleScenario, type ScaleScenarioResult } from "./cloudflare/scenario.js";
import { bundleWorker } from "./cloudflare/scale-worker.js";

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

const parseSize = (label: string) => Math.round(Number(label.replace(/k$/i, "")) * (/k$/i.test(label) ? 1000 : 1));

async function main() {
  const sizes = flag("sizes", "10k,100k").split(",");
  const questions = Number(flag("questions", "200"));
  const seed = Number(flag("seed", "42"));
  const workDir = join(ROOT, "generated", "cloudflare");
  mkdirSync(workDir, { recursive: true });
  const bundleDir = bundleWorker(join(workDir, "bundle"));
  const results: ScaleScenarioResult[] = [];
  for (const label of sizes) {
    console.error(`--- ${label} (load average ${loadavg().map((x) => x.toFixed(2)).join(" ")})`);
    const result = await runScaleScenario({ label, passages: parseSize(label), seed, questions, bundleDir, workDir, log: (l) => console.error(l) });
    console.error(JSON.stringify(result));
    results.push(result);
  }
  console.log("| passages | sync, D1 size | CPU / request (workerd) | D1 SQL / request | D1 round trips / statements / rows read | p50 / p95 | workerd RSS start → end | city@1 Worker / Node | hit@3 Worker / Node | top-5 overlap | same top 1 |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const w = r.worker;
    console.log(
      `| ${r.passages.toLocaleString("en")} | ${r.sync.seconds} s, ${r.sync.d1Mb} MB (${r.sync.statements} stmts; again: ${r.sync.resyncStatements}) | ${w.cpuMsPerRequest} ms | ${w.d1SqlMsPerRequest} ms | ` +
        `${w.d1RoundTripsPerRequest} / ${w.d1StatementsPerRequest} / ${w.d1RowsReadPerRequest} | ${w.latency.p50} / ${w.latency.p95} ms | ${w.rssMb.afterStart} → ${w.rssMb.afterRun} MB | ` +
        `${r.worker.cityAt1} / ${r.node.cityAt1} | ${r.worker.hitAt3} / ${r.node.hitAt3} | ${r.agreement.top5Overlap} | ${r.agreement.sameTop1} |`,
    );
  }
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  writeFileSync(join(ROOT, "bench-results", "cloudflare.json"), JSON.stringify({ loadavg: loadavg(), seed, questions, results }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
