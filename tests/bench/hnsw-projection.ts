/**
 * hnswlib-node as the candidate generator for the built-in embedder's sparse vectors: a dense random projection
 * (Gaussian, 512 -> D dimensions) indexed by hnswlib, its top C candidates re-scored exactly, recall@40 against
 * the exact scan; and the graph's build time. The comparison behind the two-stage design (README, "Scaling").
 *
 *   tsx tests/bench/hnsw-projection.ts INDEX_DIR CORPUS_DIR [--dims 64] [--candidates 400] [--limit N]
 */
import hnswlib from "hnswlib-node";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import { scanBest } from "../../src/store/sparse-scan.js";
import { columnsToRows, readSparseVectors, rowsToColumns, SparseRowsBuilder } from "../../src/store/sparse-vectors.js";
import { createRng } from "./corpus-templates.js";
import { percentiles } from "./lib/stats.js";

const argv = process.argv.slice(2);
const [indexDir, corpusDir] = argv;
if (!indexDir || !corpusDir) throw new Error("usage: hnsw-projection.ts INDEX_DIR CORPUS_DIR [--dims 64] [--candidates 400] [--limit N]");
const flag = (name: string, def: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : def);
const D = flag("dims", 64);
const C = flag("candidates", 400);
const K = 40;

const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { build: string; passages: number };
const all = columnsToRows(await readSparseVectors("vectors.bin", manifest.passages, readFileSync(join(indexDir, manifest.build, "vectors.bin"))), manifest.passages);
// An optional prefix of the passages (the exact reference is computed over the same prefix).
const n = Math.min(flag("limit", manifest.passages), manifest.passages);
const prefix = new SparseRowsBuilder(all.dimensions);
for (let i = 0; i < n; i++) prefix.addFrom(all, i);
const rows = prefix.finish();
const columns = rowsToColumns(rows);

const rng = createRng(7);
const gauss = () => Math.sqrt(-2 * Math.log(rng.next() || 1e-12)) * Math.cos(2 * Math.PI * rng.next());
const projection = Float32Array.from({ length: all.dimensions * D }, () => gauss() / Math.sqrt(D));
const project = (dims: ArrayLike<number>, values: ArrayLike<number>, from: number, to: number) => {
  const out = new Array<number>(D).fill(0);
  for (let j = from; j < to; j++) for (let e = 0, base = dims[j]! * D; e < D; e++) out[e]! += values[j]! * projection[base + e]!;
  return out;
};

const index = new hnswlib.HierarchicalNSW("ip", D);
index.initIndex(n, 16, 100, 42);
const started = performance.now();
for (let i = 0; i < n; i++) index.addPoint(project(rows.dims, rows.values, rows.offsets[i]!, rows.offsets[i + 1]!), i);
const buildS = (performance.now() - started) / 1000;
index.setEf(Math.max(C, 100));

const questions = (JSON.parse(readFileSync(join(corpusDir, "questions.json"), "utf8")) as { question: string }[]).filter((_, i) => i % 2 === 1);
const embedder = new LocalEmbeddings();
const terms = createTermAnalyzer();
const scores = new Float64Array(n);
let recall = 0;
const ms: number[] = [];
for (const q of questions) {
  const v = embedder.embedTerms(terms(q.question));
  const truth = new Set(scanBest(columns, scores, v, K).indexes);
  const nz = Array.from(v.keys()).filter((d) => v[d] !== 0);
  const t = performance.now();
  const { neighbors } = index.searchKnn(project(nz, nz.map((d) => v[d]!), 0, nz.length), C);
  // Exact re-score of the candidates from their rows.
  const exact = neighbors.map((p) => {
    let dot = 0;
    for (let j = rows.offsets[p]!; j < rows.offsets[p + 1]!; j++) dot += v[rows.dims[j]!]! * rows.values[j]!;
    return { p, dot };
  });
  exact.sort((a, b) => b.dot - a.dot || a.p - b.p);
  ms.push(performance.now() - t);
  recall += exact.slice(0, K).filter((e) => truth.has(e.p)).length / Math.max(1, truth.size);
}
console.log(JSON.stringify({ passages: n, dims: D, candidates: C, buildS: Number(buildS.toFixed(1)), questions: questions.length, recallAt40: Number((recall / questions.length).toFixed(4)), searchMs: percentiles(ms) }));
