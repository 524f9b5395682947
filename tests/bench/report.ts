/** The benchmark's printed report: markdown tables (paste-ready for the README) and the "Done when" checks. */
import { formatCrowded, type CrowdedResult } from "./crowded.js";
import type { HttpResult } from "./http.js";
import type { IncrementalResult } from "./incremental.js";
import type { IndependentResult } from "./independent.js";
import type { IngestResult } from "./ingest.js";
import type { RetrievalResult } from "./retrieval.js";
import type { ScaleResult } from "./scale.js";
import type { StartupResult } from "./startup.js";
import type { Percentiles } from "./lib/stats.js";

export interface FirstTokenResult {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface BenchResults {
  environment: Record<string, unknown>;
  ingest: Record<string, IngestResult>;
  retrieval: Record<string, RetrievalResult>;
  http?: HttpResult;
  streaming?: FirstTokenResult | { skipped: string };
  startup: Record<string, StartupResult>;
  incremental?: IncrementalResult;
  independent?: IndependentResult;
  /** City hit@1 among 5,000 same-topic passages of other cities, ours beside plain BM25 (crowded.ts). */
  crowded?: Omit<CrowdedResult, "engine">;
  estimate1m?: Record<string, string>;
  /** The opt-in scale scenario (--scale). */
  scale?: Record<string, ScaleResult>;
  targets: Target[];
}

export interface Target {
  what: string;
  goal: string;
  measured: string;
  pass: boolean | null;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const ms = (p: Percentiles) => `${fix(p.p50)} / ${fix(p.p95)} / ${fix(p.p99)}`;
const fix = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pct = (x: number | undefined) => (x === undefined ? "–" : `${(x * 100).toFixed(1)}%`);
const n = (x: number) => x.toLocaleString("en-US");

export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  const crowdedSection = () => (r.crowded ? [`\n### Among other cities (baseline: plain BM25)\n${formatCrowded(r.crowded)}`] : []);
  const env = r.environment;
  out.push(`Benchmark, ${env.date} — ${env.cpus}, Node ${env.node}, load average ${env.loadBefore} before / ${env.loadAfter} after`);
  const ingest = Object.entries(r.ingest);
  if (ingest.length) {
    out.push("\n### Ingest (built-in embedder, full build, one process per size)");
    out.push(
      table(
        ["passages", "total s", "parse passages/s", "embed passages/s", "index passages/s", "write s", "index on disk MB", "peak RSS MB", "vector index"],
        ingest.map(([, i]) => [n(i.passages), i.totalS, n(i.parsePerS), n(i.embedPerS), n(i.indexPerS), i.writeS, i.diskMB, i.peakRssMB, i.vectorIndex]),
      ),
    );
  }
  const retrieval = Object.entries(r.retrieval);
  if (retrieval.length) {
    out.push("\n### Retrieval in-process (ms, p50 / p95 / p99; 200 generated questions × 3 rounds)");
    out.push(
      table(
        ["passages", "hybrid", "vector-only (embed + search)", "keyword-only (BM25)", "vector recall@10 vs brute force", "hit@3 hybrid / vector / BM25 (200 q)", "load ms"],
        retrieval.map(([, x]) => [
          n(x.passages),
          ms(x.hybrid),
          ms(x.vectorOnly),
          ms(x.keywordOnly),
          x.recallAt10.toFixed(3),
          `${pct(x.hitAt3.hybrid)} / ${pct(x.hitAt3.vectorOnly)} / ${pct(x.hitAt3.keywordOnly)}`,
          x.loadMs,
        ]),
      ),
    );
    out.push("\n### Side by side on the same vectors and passages (ms p50; search only, k = 10)");
    out.push(
      table(
        ["passages", "ours: exact sparse", "raw hnswlib-node knn ef=96 (recall@10)", "ours / raw", "hnswlib ef=400 (recall@10)", "LangChain HNSWLib / raw", "hnswlib build s"],
        retrieval.map(([, x]) => {
          const h = x.hnsw;
          const k96 = h?.knn[0];
          const k400 = h?.knn[1];
          return [
            n(x.passages),
            `${fix(x.vectorSearch.p50)} (1.000)`,
            k96 ? `${fix(k96.latency.p50)} (${k96.recallAt10.toFixed(3)})` : "–",
            k96 ? `${(x.vectorSearch.p50 / k96.latency.p50).toFixed(1)}×` : "–",
            k400 ? `${fix(k400.latency.p50)} (${k400.recallAt10.toFixed(3)})` : "–",
            h && k96 ? `${(h.langchain.p50 / k96.latency.p50).toFixed(2)}×` : "–",
            h ? h.buildS : "–",
          ];
        }),
      ),
    );
    out.push("\n### Against MiniSearch (same passages, CJK bigram tokenizer; hit@3 = a top-3 passage holds the known answer)");
    out.push(
      table(
        ["passages", "questions", "hit@3 hybrid", "hit@3 MiniSearch", "hit@3 our BM25 only", "MiniSearch p50 / p99 ms", "hybrid p50 / p99 ms", "MiniSearch / hybrid (p50)", "MiniSearch index s"],
        retrieval.map(([, x]) => [
          n(x.passages),
          x.minisearch?.questions ?? "–",
          pct(x.minisearch?.hybridHitAt3),
          pct(x.hitAt3.minisearch),
          pct(x.minisearch?.keywordHitAt3),
          x.minisearch ? `${fix(x.minisearch.latency.p50)} / ${fix(x.minisearch.latency.p99)}` : "–",
          `${fix(x.hybrid.p50)} / ${fix(x.hybrid.p99)}`,
          x.minisearch ? `${(x.minisearch.latency.p50 / x.hybrid.p50).toFixed(1)}×` : "–",
          x.minisearch ? x.minisearch.buildS : "–",
        ]),
      ),
    );
  }
  if (r.http) {
    const h = r.http;
    out.push(`\n### HTTP (seed corpus, real server, autocannon ${h.connections} connections × ${h.seconds} s)`);
    out.push(
      table(
        ["route", "req/s", "p50 ms", "p99 ms", "errors / non-2xx"],
        [
          ["/api/search, 16 questions in rotation (retrieval cache hits)", n(h.search.reqPerS), h.search.p50Ms, h.search.p99Ms, `${h.search.errors} / ${h.search.non2xx}`],
          ["/api/search, every request a new question (no cache hits)", n(h.searchNew.reqPerS), h.searchNew.p50Ms, h.searchNew.p99Ms, `${h.searchNew.errors} / ${h.searchNew.non2xx}`],
          ["/healthz (bare route, same middleware)", n(h.bare.reqPerS), h.bare.p50Ms, h.bare.p99Ms, `${h.bare.errors} / ${h.bare.non2xx}`],
          ["ratio search / bare: repeated questions", pct(h.ratio), "", "", ""],
          ["ratio search / bare: new questions", pct(h.ratioNew), "", "", ""],
        ],
      ),
    );
  }
  if (r.streaming) {
    out.push("\n### Streaming");
    out.push(
      "skipped" in r.streaming
        ? `skipped: ${r.streaming.skipped}`
        : `Server-added latency before the first token (loopback model answering instantly): median ${r.streaming.medianMs} ms, p95 ${r.streaming.p95Ms} ms over ${r.streaming.runs} runs.`,
    );
  }
  const startup = Object.entries(r.startup);
  if (startup.length) {
    out.push("\n### Start-up with a built index (real server, spawn to first 200 of /healthz)");
    out.push(
      table(
        ["passages", "ready ms (runs)", "RSS MB after 100 searches", "peak RSS MB", "/api/search p50 ms over HTTP"],
        startup.map(([, s]) => [n(s.passages), `${s.bestReadyMs} (${s.readyMs.join(", ")})`, s.rssMB, s.peakRssMB, s.searchP50Ms]),
      ),
    );
  }
  if (r.incremental) {
    const inc = r.incremental;
    out.push(`\n### Incremental re-ingest, ${n(inc.passages)} passages (in-process build time; full build ${inc.fullMedianMs} ms, runs ${inc.fullMs.join(", ")})`);
    out.push(
      table(
        ["change", `re-ingest ms (median of ${inc.scenarios[0]?.ms.length ?? 0})`, "passages embedded", "passages in the document", "faster than full"],
        inc.scenarios.map((s) => [s.name, `${s.medianMs} (${s.ms.join(", ")})`, s.embedded, s.documentPassages, `${s.ratio}×`]),
      ),
    );
    out.push(`Incremental index answers exactly like a full build of the same corpus: ${inc.identicalToFullBuild ? "yes" : "NO"}.`);
  }
  if (r.independent) {
    const d = r.independent;
    out.push(`\n### Independent corpus: ${n(d.passages)} passages, seed ${d.seed}`);
    out.push(
      table(
        ["npm run ingest s", "ready ms", "/api/search over HTTP p50 / p95 / p99 ms", "server RSS MB"],
        [[d.ingestS, d.readyMs, ms(d.search), d.rssMB]],
      ),
    );
  }
  const scale = Object.entries(r.scale ?? {});
  if (scale.length) {
    out.push("\n### Scale (npm run ingest, then the real server; /api/search over HTTP, one request at a time, each question new)");
    out.push(
      table(
        ["passages", "ingest", "ready", "server RSS (peak)", "/api/search p50 / p99", "server CPU / request", "vector search", "vector recall@40 / @10 vs exact"],
        scale.map(([, x]) => [
          n(x.passages),
          x.ingestS === null ? "not timed (index reused)" : `${x.ingestS} s (peak RSS ${x.ingestPeakRssMB === null ? "–" : n(x.ingestPeakRssMB)} MB)`,
          `${fix(x.readyMs / 1000)} s`,
          `${n(x.rssMB)} MB (${n(x.peakRssMB)} MB)`,
          `${fix(x.searchP50Ms)} / ${fix(x.searchP99Ms)} ms (${x.questions} q${x.settleS ? `, ${x.settleS} s after ready` : ""})`,
          x.serverCpuMsPerRequest === undefined ? "–" : `${fix(x.serverCpuMsPerRequest)} ms`,
          x.vectorRecall ? `${x.vectorRecall.kind}; exact ${fix(x.vectorRecall.exactP50Ms)} ms, two-stage ${fix(x.vectorRecall.twoStageP50Ms)} ms p50` : "–",
          !x.vectorRecall
            ? "–"
            : x.vectorRecall.kind === "exact"
              ? `1.000 (exact; two-stage would give ${x.vectorRecall.recallAt40.toFixed(3)} / ${x.vectorRecall.recallAt10.toFixed(3)})`
              : `${x.vectorRecall.recallAt40.toFixed(3)} / ${x.vectorRecall.recallAt10.toFixed(3)} (${x.vectorRecall.questions} q)`,
        ]),
      ),
    );
  }
  if (r.estimate1m) {
    out.push("\n### 1M passages (estimated from the measured 10k → 100k scaling, not run)");
    out.push(table(["figure", "estimate"], Object.entries(r.estimate1m)));
  }
  out.push("\n### Done when");
  out.push(table(["target", "goal", "measured", "pass"], r.targets.map((t) => [t.what, t.goal, t.measured, t.pass === null ? "not run" : t.pass ? "yes" : "NO"])));
  out.push(...crowdedSection());
  return out.join("\n");
}

export function evaluateTargets(r: Omit<BenchResults, "targets">): Target[] {
  const t: Target[] = [];
  const add = (what: string, goal: string, value: number | undefined, ok: (v: number) => boolean, unit = "") =>
    t.push({ what, goal, measured: value === undefined ? "–" : `${fix(value)}${unit}`, pass: value === undefined ? null : ok(value) });
  const big = r.retrieval["100k"];
  add("100k ingest", "≤ 180 s", r.ingest["100k"]?.totalS, (v) => v <= 180, " s");
  add("100k hybrid p50 (in-process)", "≤ 5 ms", big?.hybrid.p50, (v) => v <= 5, " ms");
  add("100k hybrid p99 (in-process)", "≤ 20 ms", big?.hybrid.p99, (v) => v <= 20, " ms");
  add("100k vector recall@10", "≥ 0.95", big?.recallAt10, (v) => v >= 0.95);
  add("100k server RSS (peak)", "≤ 1536 MB", r.startup["100k"]?.peakRssMB, (v) => v <= 1536, " MB");
  add("100k start-up with built index", "≤ 3000 ms", r.startup["100k"]?.bestReadyMs, (v) => v <= 3000, " ms");
  add("seed /api/search req/s vs bare route (questions in rotation)", "≥ 50%", r.http ? r.http.ratio * 100 : undefined, (v) => v >= 50, "%");
  add("seed /api/search req/s vs bare route (every question new)", "≥ 50%", r.http?.ratioNew !== undefined ? r.http.ratioNew * 100 : undefined, (v) => v >= 50, "%");
  const edit = r.incremental?.scenarios[0];
  add("10k re-ingest after one document changes: × faster", "≥ 10×", edit?.ratio, (v) => v >= 10, "×");
  add(
    "10k re-ingest embeds only that document's passages",
    "embedded ≤ document",
    edit ? edit.embedded : undefined,
    () => Boolean(r.incremental?.scenarios.every((s) => s.embedded <= s.documentPassages)),
  );
  add("20k independent: npm run ingest", "≤ 40 s", r.independent?.ingestS, (v) => v <= 40, " s");
  add("20k independent: ready", "≤ 3000 ms", r.independent?.readyMs, (v) => v <= 3000, " ms");
  add("20k independent: /api/search p50 over HTTP", "≤ 5 ms", r.independent?.search.p50, (v) => v <= 5, " ms");
  const [s100k, s1m] = [r.scale?.["100k"], r.scale?.["1m"]];
  if (s1m) {
    add("1M ingest (npm run ingest)", "≤ 90 s", s1m.ingestS ?? undefined, (v) => v <= 90, " s");
    add("1M ready with a built index", "≤ 3000 ms", s1m.readyMs, (v) => v <= 3000, " ms");
    add("1M server RSS", "≤ 2048 MB", s1m.rssMB, (v) => v <= 2048, " MB");
    add("1M /api/search p50 over HTTP (new questions)", "≤ 5 ms", s1m.searchP50Ms, (v) => v <= 5, " ms");
    add("1M /api/search p99 over HTTP (new questions)", "≤ 20 ms", s1m.searchP99Ms, (v) => v <= 20, " ms");
    add("1M p50 / 100k p50", "≤ 2×", s100k ? s1m.searchP50Ms / s100k.searchP50Ms : undefined, (v) => v <= 2, "×");
    add("1M vector recall@40 vs exact", "≥ 0.95", s1m.vectorRecall?.recallAt40, (v) => v >= 0.95);
  }
  return t;
}
