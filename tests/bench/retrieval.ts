/**
 * Retrieval in-process at one size, side by side in the same process on the same vectors and passages:
 * hybrid / vector-only / keyword-only latency; vector recall@10 against exact brute force; raw hnswlib-node knn
 * (and LangChain's HNSWLib over the same graph); MiniSearch on the same passages; hit@3 on generated questions.
 */
import hnswlib from "hnswlib-node";
import MiniSearch from "minisearch";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../../src/engine.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { HNSW_PARAMS, HnswVectorIndex } from "../../src/store/hnsw-vector-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { SparseVectorIndex } from "../../src/store/sparse-vector-index.js";
import type { SparseRows } from "../../src/store/sparse-vectors.js";
import { holdsAnswer, type Corpus } from "./lib/corpora.js";
import { percentiles, round, timeEach, type Percentiles } from "./lib/stats.js";

export interface RetrievalResult {
  passages: number;
  loadMs: number;
  hybrid: Percentiles;
  vectorOnly: Percentiles;
  keywordOnly: Percentiles;
  /** Search alone on precomputed query vectors, k = 10 (what the hnswlib side does too). */
  vectorSearch: Percentiles;
  vectorIndex: string;
  recallAt10: number;
  hitAt3: { hybrid: number; vectorOnly: number; keywordOnly: number; minisearch?: number };
  hnsw?: {
    buildS: number;
    m: number;
    efConstruction: number;
    knn: { ef: number; latency: Percentiles; recallAt10: number }[];
    /** LangChain's HNSWLib over the same graph, at HNSW_PARAMS.efSearch. */
    langchain: Percentiles;
  };
  minisearch?: { buildS: number; latency: Percentiles; hitAt3: number; questions: number; hybridHitAt3: number; keywordHitAt3: number };
}

const K = 10;

export async function benchRetrieval(corpus: Corpus, indexDir: string, options: { hnsw: boolean; minisearch: boolean }): Promise<RetrievalResult> {
  const embeddings = new LocalEmbeddings();
  const manifest = await readManifest(indexDir);
  if (!manifest) throw new Error(`no index in ${indexDir}`);
  const loadStarted = performance.now();
  const index = await loadIndex(indexDir, manifest, embeddings);
  // No retrieval cache: every timed round would otherwise be answered from memory after the first.
  const engine = createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData, retrievalCacheSize: 0 });
  const loadMs = performance.now() - loadStarted;
  const questions = corpus.questions.slice(0, 200);
  const texts = questions.map((q) => q.question);
  const queryVectors = texts.map((t) => embeddings.embed(t));

  const hybrid = await timeEach(texts, (q) => engine.retriever.retrieve(q, 5));
  const vectorOnly = await timeEach(texts, async (q) => index.vectors.search(await embeddings.embedQuery(q), K));
  const keywordOnly = await timeEach(texts, (q) => engine.keyword.search(q, K));
  const vectorSearch = await timeEach(queryVectors, (v) => index.vectors.search(v, K));

  // hit@3 on the generated questions: a top-3 passage holds the question's known answer text.
  const hits = { hybrid: [] as boolean[], vectorOnly: [] as boolean[], keywordOnly: [] as boolean[] };
  const byId = new Map(index.passages.map((p) => [p.id, p]));
  for (const [i, q] of questions.entries()) {
    const top = (await engine.retriever.retrieve(q.question, 3)).results;
    hits.hybrid.push(top.some((p) => holdsAnswer(p, q)));
    const vec = await index.vectors.search(queryVectors[i]!, 3);
    hits.vectorOnly.push(vec.some((h) => holdsAnswer(byId.get(h.id)!, q)));
    const kw = engine.keyword.search(q.question, 3);
    hits.keywordOnly.push(kw.some((h) => holdsAnswer(index.passages[h.index]!, q)));
  }
  const share = (xs: boolean[], count = xs.length) => round(xs.slice(0, count).filter(Boolean).length / Math.max(1, Math.min(count, xs.length)), 3);

  // Exact brute force over the same vectors, in float64.
  const rows = vectorRows(index.vectors, index.passages.length, manifest.dimensions);
  const exact = queryVectors.map((v) => bruteForce(rows, v, K));
  const ids = index.passages.map((p) => p.id);
  const ours = await Promise.all(queryVectors.map((v) => index.vectors.search(v, K)));
  const position = new Map(ids.map((id, i) => [id, i]));
  const recallAt10 = recall(exact, ours.map((hits) => hits.map((h) => position.get(h.id)!)));

  const result: RetrievalResult = {
    passages: index.passages.length,
    loadMs: round(loadMs, 1),
    hybrid: percentiles(hybrid),
    vectorOnly: percentiles(vectorOnly),
    keywordOnly: percentiles(keywordOnly),
    vectorSearch: percentiles(vectorSearch),
    vectorIndex: index.vectors.name,
    recallAt10,
    hitAt3: { hybrid: share(hits.hybrid), vectorOnly: share(hits.vectorOnly), keywordOnly: share(hits.keywordOnly) },
  };
  if (options.hnsw) result.hnsw = await benchHnsw(rows, manifest.dimensions, queryVectors, exact, ids, embeddings, indexDir);
  if (options.minisearch) {
    // MiniSearch answers a bilingual question in tens to hundreds of ms (every bigram is an OR term), so it
    // gets one round over fewer questions; our hit@3 is given on the same questions beside it.
    const count = index.passages.length > 20_000 ? 50 : 100;
    const mini = benchMiniSearch(index.passages, questions.slice(0, count));
    result.minisearch = { ...mini, questions: count, hybridHitAt3: share(hits.hybrid, count), keywordHitAt3: share(hits.keywordOnly, count) };
    result.hitAt3.minisearch = mini.hitAt3;
  }
  return result;
}

/** Every passage's vector as sparse rows, whichever index holds them. */
function vectorRows(vectors: unknown, n: number, dimensions: number): SparseRows {
  if (vectors instanceof SparseVectorIndex) return vectors.rows();
  if (vectors instanceof HnswVectorIndex) {
    const offsets = new Int32Array(n + 1);
    const dims: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      vectors.vectorOf(i).forEach((v, d) => {
        if (v !== 0) {
          dims.push(d);
          values.push(v);
        }
      });
      offsets[i + 1] = dims.length;
    }
    return { dimensions, offsets, dims: Uint16Array.from(dims), values: Float32Array.from(values) };
  }
  throw new Error("unknown vector index");
}

/** The k most similar rows (cosine on unit vectors: the dot product), ties to the lower index. */
function bruteForce(rows: SparseRows, query: ArrayLike<number>, k: number): { ids: number[]; kth: number; scores: Float64Array } {
  const n = rows.offsets.length - 1;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = rows.offsets[i]!, end = rows.offsets[i + 1]!; j < end; j++) s += query[rows.dims[j]!]! * rows.values[j]!;
    scores[i] = s;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ids = order.slice(0, k);
  return { ids, kth: scores[ids[ids.length - 1]!]!, scores };
}

/** Share of the exact top k found, counting a hit tied with the k-th exact score (within 1e-6) as found. */
function recall(exact: ReturnType<typeof bruteForce>[], found: number[][]): number {
  let hit = 0;
  let total = 0;
  exact.forEach((e, q) => {
    total += e.ids.length;
    for (const i of found[q]!.slice(0, e.ids.length)) if (e.scores[i]! >= e.kth - 1e-6) hit++;
  });
  return round(hit / Math.max(1, total), 4);
}

async function benchHnsw(
  rows: SparseRows,
  dimensions: number,
  queries: Float32Array[],
  exact: ReturnType<typeof bruteForce>[],
  ids: string[],
  embeddings: LocalEmbeddings,
  indexDir: string,
): Promise<NonNullable<RetrievalResult["hnsw"]>> {
  const n = rows.offsets.length - 1;
  const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
  index.initIndex(n, HNSW_PARAMS.m, HNSW_PARAMS.efConstruction, HNSW_PARAMS.seed);
  const started = performance.now();
  const dense = new Array<number>(dimensions);
  for (let i = 0; i < n; i++) {
    dense.fill(0);
    for (let j = rows.offsets[i]!, end = rows.offsets[i + 1]!; j < end; j++) dense[rows.dims[j]!] = rows.values[j]!;
    index.addPoint(dense, i);
  }
  const buildS = round((performance.now() - started) / 1000, 1);
  const queryArrays = queries.map((q) => Array.from(q));
  const knn = [];
  for (const ef of [HNSW_PARAMS.efSearch, 400]) {
    index.setEf(ef);
    const latency = percentiles(await timeEach(queryArrays, (q) => index.searchKnn(q, K)));
    const found = queryArrays.map((q) => index.searchKnn(q, K).neighbors);
    knn.push({ ef, latency, recallAt10: recall(exact, found) });
  }
  // The same graph through LangChain's HNSWLib (what HnswVectorIndex wraps for dense embedders).
  const dir = join(indexDir, "..", `hnsw-side-by-side-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    index.writeIndexSync(join(dir, "hnswlib.index"));
    writeFileSync(join(dir, "args.json"), JSON.stringify({ space: "cosine", numDimensions: dimensions }));
    writeFileSync(join(dir, "docstore.json"), JSON.stringify(ids.map((id, i) => [String(i), { pageContent: "", metadata: { id } }])));
    const adapter = await HnswVectorIndex.load(dir, embeddings);
    const langchain = percentiles(await timeEach(queries, (q) => adapter.search(q, K)));
    return { buildS, m: HNSW_PARAMS.m, efConstruction: HNSW_PARAMS.efConstruction, knn, langchain };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tokens a developer would give MiniSearch for bilingual text: English words, and Han characters as bigrams. */
function cjkTokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/(\p{Script=Han}+)|([a-z0-9][a-z0-9'’.-]*)/gu)) {
    if (m[1]) {
      const chars = Array.from(m[1]);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (m[2]) out.push(m[2]);
  }
  return out;
}

function benchMiniSearch(passages: { id: string; zh: string | null; en: string | null; city: { zh: string; en: string } | null }[], questions: Corpus["questions"]) {
  const started = performance.now();
  const mini = new MiniSearch<{ id: number; zh: string; en: string; city: string }>({
    fields: ["zh", "en", "city"],
    tokenize: cjkTokenize,
  });
  mini.addAll(passages.map((p, id) => ({ id, zh: p.zh ?? "", en: p.en ?? "", city: p.city ? `${p.city.zh} ${p.city.en}` : "" })));
  const buildS = round((performance.now() - started) / 1000, 2);
  mini.search(questions[0]?.question ?? "");
  const samples: number[] = [];
  let hits = 0;
  for (const q of questions) {
    const t = performance.now();
    const found = mini.search(q.question);
    samples.push(performance.now() - t);
    if (found.slice(0, 3).some((r) => holdsAnswer(passages[r.id as number]!, q))) hits++;
  }
  return { buildS, latency: percentiles(samples), hitAt3: round(hits / Math.max(1, questions.length), 3) };
}
