/**
 * Recall and time of the two-stage sparse search (src/store/sparse-coarse.ts) against the exact scan, on a built
 * index and the generated questions of its corpus, in a process of its own:
 *
 *   tsx tests/bench/vector-recall.ts INDEX_DIR CORPUS_DIR [--part tune|report|all] [--keep 0.2] [--candidates 2000]
 *
 * `--part tune` uses the even-numbered questions, `report` the odd ones: the kept fraction and candidate count
 * were chosen on the 100k corpus's tuning part; figures are reported on the other part (and on other corpora).
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import { scanBest } from "../../src/store/sparse-scan.js";
import { buildCoarseColumns, COARSE_CANDIDATES, COARSE_KEEP_FRACTION, searchTwoStage, unpackRows, type TwoStageData } from "../../src/store/sparse-two-stage.js";
import { columnsToRows, readSparseSearchData, rowsToColumns } from "../../src/store/sparse-vectors.js";
import { percentiles } from "./lib/stats.js";

const K = 40; // what hybrid retrieval asks the vector index for (RELEVANCE.candidates)

const argv = process.argv.slice(2);
const [indexDir, corpusDir] = argv;
if (!indexDir || !corpusDir) throw new Error("usage: vector-recall.ts INDEX_DIR CORPUS_DIR [--part tune|report|all] [--keep F] [--candidates N]");
const flag = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const part = flag("part") ?? "all";
const keep = Number(flag("keep") ?? COARSE_KEEP_FRACTION);
const candidates = Number(flag("candidates") ?? COARSE_CANDIDATES);

const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { build: string; passages: number };
const n = manifest.passages;
const stored = await readSparseSearchData("vectors.bin", n, readFileSync(join(indexDir, manifest.build, "vectors.bin")));
// The exact scan's columns, and the two-stage data as asked for (a build stores it from TWO_STAGE_MIN_PASSAGES on).
const exactColumns = stored.kind === "exact" ? stored.columns : rowsToColumns(unpackRows(stored.rows));
const twoStage: TwoStageData =
  stored.kind === "two-stage" && keep === COARSE_KEEP_FRACTION
    ? stored
    : { rows: stored.kind === "two-stage" ? stored.rows : columnsToRows(exactColumns, n), coarse: buildCoarseColumns(exactColumns, keep) };

const all = JSON.parse(readFileSync(join(corpusDir, "questions.json"), "utf8")) as { question: string }[];
const questions = all.filter((_, i) => part === "all" || (part === "tune" ? i % 2 === 0 : i % 2 === 1));
const embedder = new LocalEmbeddings();
const terms = createTermAnalyzer();
const vectors = questions.map((q) => embedder.embedTerms(terms(q.question)));
const scores = new Float64Array(n);

// Each search once untimed (warm-up), then timed: exact and two-stage interleaved, so load hits both alike.
const twoStageSearch = (v: Float32Array) => searchTwoStage(twoStage, scores, v, K, candidates);
for (const v of vectors.slice(0, 5)) {
  scanBest(exactColumns, scores, v, K);
  twoStageSearch(v);
}
const exactMs: number[] = [];
const twoMs: number[] = [];
let recall40 = 0;
let recall10 = 0;
let identicalTop10 = 0;
for (const v of vectors) {
  let t = performance.now();
  const exact = scanBest(exactColumns, scores, v, K);
  exactMs.push(performance.now() - t);
  t = performance.now();
  const got = twoStageSearch(v);
  twoMs.push(performance.now() - t);
  const truth = new Set(exact.indexes);
  const truth10 = new Set(exact.indexes.slice(0, 10));
  recall40 += Array.from(got.indexes).filter((i: number) => truth.has(i)).length / Math.max(1, truth.size);
  recall10 += Array.from(got.indexes.slice(0, 10)).filter((i: number) => truth10.has(i)).length / Math.max(1, truth10.size);
  if (exact.indexes.slice(0, 10).every((x, i) => got.indexes[i] === x)) identicalTop10++;
}
const q = vectors.length;
console.log(
  JSON.stringify({
    passages: n,
    /** What the build stores and a server searches with. */
    stored: stored.kind,
    part,
    questions: q,
    keep,
    candidates,
    postings: exactColumns.docs.length,
    coarsePostings: twoStage.coarse.docs.length,
    recallAt40: Number((recall40 / q).toFixed(4)),
    recallAt10: Number((recall10 / q).toFixed(4)),
    identicalTop10: Number((identicalTop10 / q).toFixed(4)),
    exactMs: percentiles(exactMs),
    twoStageMs: percentiles(twoMs),
  }),
);
