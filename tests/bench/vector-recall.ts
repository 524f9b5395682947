/**
 * Recall and time of the two-stage sparse search (src/store/sparse-two-stage.ts) against the exact scan, on a built
 * index and the generated questions of its corpus, in a process of its own:
 *
 *   tsx tests/bench/vector-recall.ts INDEX_DIR CORPUS_DIR [--part tune|report|all] [--budget 3000000]
 *       [--candidates 5000] [--coarse-candidates 5000] [--keep 0.2] [--rounds 3] [--reference OTHER_CHECKOUT/src/store/sparse-two-stage.ts]
 *
 * Side by side over the same questions, interleaved so that load hits each alike: the exact scan, the first stage
 * of builds before the impact lists (coarse columns, the strongest `keep` share of all postings, then
 * `--coarse-candidates`), and the impact lists (`--budget` postings, then `--candidates`; sparse-impact.ts); with
 * `--reference`, also that module's searchTwoStage over the coarse columns (say, another checkout's code as it was).
 * Each question's time is the median of `--rounds` timings of each way (the machine may be shared).
 * Whatever the index file holds, both first stages are built here from its vectors, as a build would (and timed).
 *
 * `--part tune` uses the even-numbered questions, `report` the odd ones: parameters are chosen on the tuning part
 * (of the 1M corpus) and reported on the other part (and on other corpora). Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import { buildImpactColumns } from "../../src/store/sparse-impact.js";
import { scanBest, type ScanResult } from "../../src/store/sparse-scan.js";
import {
  buildCoarseColumns,
  COARSE_CANDIDATES,
  COARSE_KEEP_FRACTION,
  IMPACT_CANDIDATES,
  IMPACT_POSTINGS_PER_PASSAGE,
  isImpact,
  searchTwoStage,
  unpackRows,
  type TwoStageData,
} from "../../src/store/sparse-two-stage.js";
import { columnsToRows, openSparseSearchData, readSparseSearchData, rowsToColumns } from "../../src/store/sparse-vectors.js";
import { round as roundTo } from "./lib/stats.js";

const K = 40; // what hybrid retrieval asks the vector index for (RELEVANCE.candidates)

const argv = process.argv.slice(2);
const [indexDir, corpusDir] = argv;
if (!indexDir || !corpusDir) throw new Error("usage: vector-recall.ts INDEX_DIR CORPUS_DIR [--part tune|report|all] [--budget N] [--candidates N] [--coarse-candidates N] [--keep F] [--reference MODULE]");
const flag = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const part = flag("part") ?? "all";
const keep = Number(flag("keep") ?? COARSE_KEEP_FRACTION);
const candidates = Number(flag("candidates") ?? IMPACT_CANDIDATES);
const coarseCandidates = Number(flag("coarse-candidates") ?? COARSE_CANDIDATES);
const referencePath = flag("reference");
/** Each question is timed this many times per way (interleaved); its time is the median of those. */
const rounds = Number(flag("rounds") ?? 3);
const shares = (flag("shares") ?? "").split(",").filter(Boolean).map(Number);

const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { build: string; passages: number };
const n = manifest.passages;
const budget = Number(flag("budget") ?? IMPACT_POSTINGS_PER_PASSAGE * n);
const path = join(indexDir, manifest.build, "vectors.bin");
// Rows as a server holds them (packed, for a large build), and the columns of the exact scan.
const packed = await openSparseSearchData(path, n);
const stored = packed ?? (await readSparseSearchData("vectors.bin", n, readFileSync(path)));
const exactColumns = stored.kind === "exact" ? stored.columns : rowsToColumns(unpackRows(stored.rows));
const rows = stored.kind === "two-stage" ? stored.rows : columnsToRows(exactColumns, n);
const plainRows = unpackRows(rows);
// Both first stages built here from the vectors, as a build would (twice each, interleaved: what an ingest pays).
const buildMs = { impact: [] as number[], coarse: [] as number[] };
let impact = buildImpactColumns(plainRows, n);
let coarse = buildCoarseColumns(exactColumns, keep);
for (let r = 0; r < 2; r++) {
  let t = performance.now();
  impact = buildImpactColumns(plainRows, n);
  buildMs.impact.push(Math.round(performance.now() - t));
  t = performance.now();
  coarse = buildCoarseColumns(exactColumns, keep);
  buildMs.coarse.push(Math.round(performance.now() - t));
}
const impactData: TwoStageData = { rows, coarse: impact };
const coarseData: TwoStageData = { rows, coarse };
type Search = (data: TwoStageData, scores: Float64Array, vector: ArrayLike<number>, k: number, candidates?: number) => ScanResult;
const reference = referencePath ? ((await import(resolve(referencePath))) as { searchTwoStage: Search }).searchTwoStage : null;

const all = JSON.parse(readFileSync(join(corpusDir, "questions.json"), "utf8")) as { question: string }[];
const questions = all.filter((_, i) => part === "all" || (part === "tune" ? i % 2 === 0 : i % 2 === 1));
const embedder = new LocalEmbeddings();
const terms = createTermAnalyzer();
const vectors = questions.map((q) => embedder.embedTerms(terms(q.question)));
const scores = new Float64Array(n);

const ways: Record<string, (v: Float32Array) => ScanResult> = {
  exact: (v) => scanBest(exactColumns, scores, v, K),
  coarse: (v) => searchTwoStage(coarseData, scores, v, K, coarseCandidates),
  impact: (v) => searchTwoStage(impactData, scores, v, K, candidates, budget),
};
for (const share of shares) ways[`impact-share-${share}`] = (v) => searchTwoStage(impactData, scores, v, K, candidates, budget, share);
if (reference) ways.reference = (v) => reference(coarseData, scores, v, K, coarseCandidates);
const names = Object.keys(ways);
// Each search once untimed (warm-up), then timed, the ways interleaved question by question.
for (const v of vectors.slice(0, 5)) for (const name of names) ways[name]!(v);
const ms: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const found: Record<string, { at40: number; at10: number; identicalTop10: number }> = Object.fromEntries(names.map((name) => [name, { at40: 0, at10: 0, identicalTop10: 0 }]));
for (const v of vectors) {
  const results: Record<string, ScanResult> = {};
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const start = performance.now();
      results[name] = ways[name]!(v);
      times[name]!.push(performance.now() - start);
    }
  }
  for (const name of names) ms[name]!.push(times[name]!.sort((a, b) => a - b)[Math.floor(times[name]!.length / 2)]!);
  const exact = results.exact!;
  const truth = new Set(exact.indexes);
  const truth10 = new Set(exact.indexes.slice(0, 10));
  for (const name of names) {
    const got = results[name]!;
    found[name]!.at40 += Array.from(got.indexes).filter((i) => truth.has(i)).length / Math.max(1, truth.size);
    found[name]!.at10 += Array.from(got.indexes.slice(0, 10)).filter((i) => truth10.has(i)).length / Math.max(1, truth10.size);
    if (exact.indexes.slice(0, 10).every((x, i) => got.indexes[i] === x)) found[name]!.identicalTop10++;
  }
}
/** Nearest-rank p50 / p90 / p99 (ms). */
const spread = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => roundTo(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99) };
};
const q = vectors.length;
const round = (x: number) => Number((x / q).toFixed(4));
// The two-stage search this build has (coarse columns: an older build), or would have if it were large.
const twoStage = stored.kind === "two-stage" && !isImpact(stored.coarse) ? "coarse" : "impact";
console.log(
  JSON.stringify({
    passages: n,
    /** What the build stores and a server searches with. */
    stored: stored.kind,
    firstStage: stored.kind === "exact" ? null : isImpact(stored.coarse) ? "impact lists" : "coarse columns",
    // As tests/bench/scale.ts reads them: the two-stage search of this build (or of a large build like it).
    recallAt40: round(found[twoStage]!.at40),
    recallAt10: round(found[twoStage]!.at10),
    exactMs: spread(ms.exact!),
    twoStageMs: spread(ms[twoStage]!),
    part,
    questions: q,
    postings: exactColumns.docs.length,
    /** Postings in the question's dimensions (what the exact scan reads), mean over the questions. */
    exactReads: Math.round(vectors.reduce((sum, v) => sum + v.reduce((s, w, d) => s + (w !== 0 ? exactColumns.offsets[d + 1]! - exactColumns.offsets[d]! : 0), 0), 0) / vectors.length),
    impact: { budget, candidates, postingsHeld: impact.low.length, megabytes: Number(((impact.low.byteLength + impact.starts.byteLength + impact.means.byteLength) / 2 ** 20).toFixed(1)), buildMs: buildMs.impact },
    coarse: { keep, candidates: coarseCandidates, postingsHeld: coarse.docs.length, megabytes: Number(((coarse.docs.byteLength + coarse.values.byteLength) / 2 ** 20).toFixed(1)), buildMs: buildMs.coarse },
    recall: Object.fromEntries(names.map((name) => [name, { at40: round(found[name]!.at40), at10: round(found[name]!.at10), identicalTop10: round(found[name]!.identicalTop10) }])),
    ms: Object.fromEntries(names.map((name) => [name, spread(ms[name]!)])),
  }),
);
