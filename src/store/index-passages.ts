/**
 * Embeds and indexes a build's new passages and reuses what the previous build holds for the others: unchanged
 * passages keep their vectors and keyword postings. With the sparse index the previous arrays are merged in one
 * pass (incremental.ts); otherwise (HNSW, or passages reordered) passages are copied one by one.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { KeywordIndex, type KeywordPostings } from "../retrieval/keyword-index.js";
import { KeywordIndexBuilder } from "../retrieval/keyword-index-builder.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import type { TermAnalyzer } from "../retrieval/terms.js";
import { HNSW_PARAMS, HnswVectorIndex } from "./hnsw-vector-index.js";
import { keepsOrder, mergeKeywordPostings, mergeSparseColumns, type MergePlan } from "./incremental.js";
import type { VectorIndexSpec } from "./manifest.js";
import { previousRows, type PreviousBuild } from "./previous-build.js";
import { SPARSE_DENSITY, SparseRowsBuilder, rowsToColumns, type SparseColumns } from "./sparse-vectors.js";

export interface IndexInput {
  total: number;
  /** Per passage, its position in the previous build, or -1 when it is one of `added`. */
  reusedFrom: Int32Array;
  /** The passages to analyze and embed, in order. */
  added: { ids: string[]; texts: string[] };
  /** Every passage id, in order (HNSWLib keeps them in its docstore). */
  allIds: () => Promise<string[]>;
  prev: PreviousBuild | null;
  embeddings: EmbeddingsInterface;
  terms: TermAnalyzer;
  vectorIndex: "auto" | "sparse" | "hnsw";
  onProgress?: (phase: "embed" | "index", done: number, total: number) => void;
}

export interface IndexOutput {
  keyword: KeywordPostings;
  vectors: { kind: "sparse"; columns: SparseColumns } | { kind: "hnsw"; index: HnswVectorIndex };
  spec: VectorIndexSpec;
  dimensions: number;
  /** Time spent analyzing and embedding new passages; the rest of indexPassages is indexing. */
  embedMs: number;
}

const EMBED_BATCH = 256;

export async function indexPassages(input: IndexInput): Promise<IndexOutput> {
  const { total, reusedFrom, added, prev, embeddings, terms } = input;
  const local = embeddings instanceof LocalEmbeddings ? embeddings : null;

  // New passages. The built-in embedder works from the keyword analysis (one analysis per passage); any other
  // embedder gets the texts in batches.
  const started = performance.now();
  const fresh = new KeywordIndexBuilder(terms);
  const freshVectors: ArrayLike<number>[] = [];
  for (let start = 0; start < added.texts.length; start += EMBED_BATCH) {
    const batch = added.texts.slice(start, start + EMBED_BATCH);
    if (local) {
      for (const text of batch) {
        const passageTerms = terms(text);
        fresh.addTerms(passageTerms);
        freshVectors.push(local.embedTerms(passageTerms));
      }
    } else {
      freshVectors.push(...(await embeddings.embedDocuments(batch)));
      for (const text of batch) fresh.addText(text);
    }
    input.onProgress?.("embed", Math.min(start + EMBED_BATCH, added.texts.length), added.texts.length);
    // A turn of the event loop now and then, so a progress bar that draws on a timer (no TTY) keeps drawing.
    if (input.onProgress && (start / EMBED_BATCH) % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const embedMs = performance.now() - started;
  const dimensions =
    prev?.manifest.dimensions ?? local?.dimensions ?? freshVectors[0]?.length ?? (await embeddings.embedQuery("dimension probe")).length;
  const kind = chooseKind(input.vectorIndex, prev, local !== null, freshVectors);
  const freshKeyword = fresh.finishPostings();

  if (kind === "sparse") {
    const rows = new SparseRowsBuilder(dimensions);
    for (const v of freshVectors) rows.addDense(v);
    const freshColumns = rowsToColumns(rows.finish());
    const plan: MergePlan = { next: new Int32Array(prev?.total ?? 0).fill(-1), added: new Int32Array(added.ids.length), total };
    let a = 0;
    reusedFrom.forEach((from, i) => {
      if (from >= 0) plan.next[from] = i;
      else plan.added[a++] = i;
    });
    if (!prev) {
      return { keyword: freshKeyword, vectors: { kind, columns: freshColumns }, spec: { kind }, dimensions, embedMs };
    }
    if (prev.vectors.kind === "sparse" && keepsOrder(plan)) {
      const keyword = mergeKeywordPostings(prev.keyword, freshKeyword, plan);
      const columns = mergeSparseColumns(prev.vectors.columns, freshColumns, plan);
      return { keyword, vectors: { kind, columns }, spec: { kind }, dimensions, embedMs };
    }
  }

  // Passage by passage: new ones from the fresh index and vectors, reused ones from the previous build.
  const keyword = new KeywordIndexBuilder(terms);
  const prevKeyword = prev ? KeywordIndex.fromPostings(prev.keyword, terms, false) : null;
  const freshIndex = KeywordIndex.fromPostings(freshKeyword, terms, false);
  const sparse = kind === "sparse" ? new SparseRowsBuilder(dimensions) : null;
  const dense: number[][] = [];
  let next = 0;
  for (let i = 0; i < total; i++) {
    const from = reusedFrom[i]!;
    let vector: ArrayLike<number>;
    if (from >= 0 && prev && prevKeyword) {
      keyword.addFrom(prevKeyword, from);
      if (sparse && prev.vectors.kind === "sparse") {
        sparse.addFrom(previousRows(prev.vectors, prev.total), from);
        continue;
      }
      vector = previousVector(prev, from, dimensions);
    } else {
      keyword.addFrom(freshIndex, next);
      vector = freshVectors[next++]!;
    }
    if (sparse) sparse.addDense(vector);
    else dense.push(Array.isArray(vector) ? (vector as number[]) : Array.from(vector));
  }
  if (sparse) {
    return { keyword: keyword.finishPostings(), vectors: { kind: "sparse", columns: rowsToColumns(sparse.finish()) }, spec: { kind: "sparse" }, dimensions, embedMs };
  }
  const ids = await input.allIds();
  const index = await HnswVectorIndex.build(embeddings, ids, dense, dimensions, (done) => input.onProgress?.("index", done, total));
  const spec: VectorIndexSpec = { kind: "hnsw", m: HNSW_PARAMS.m, efConstruction: HNSW_PARAMS.efConstruction, efSearch: HNSW_PARAMS.efSearch };
  return { keyword: keyword.finishPostings(), vectors: { kind: "hnsw", index }, spec, dimensions, embedMs };
}

function chooseKind(
  wanted: IndexInput["vectorIndex"],
  prev: PreviousBuild | null,
  local: boolean,
  fresh: ArrayLike<number>[],
): VectorIndexSpec["kind"] {
  if (wanted !== "auto") return wanted;
  if (prev) return prev.manifest.vectorIndex.kind;
  if (local) return "sparse";
  let nonZero = 0;
  let values = 0;
  for (const v of fresh) {
    for (let d = 0; d < v.length; d++) if (v[d] !== 0) nonZero++;
    values += v.length;
  }
  return values > 0 && nonZero / values <= SPARSE_DENSITY ? "sparse" : "hnsw";
}

/** A previous passage's vector, dense, whichever index holds it. */
function previousVector(prev: PreviousBuild, at: number, dimensions: number): ArrayLike<number> {
  if (prev.vectors.kind === "hnsw") return prev.vectors.index.vectorOf(at);
  const rows = previousRows(prev.vectors, prev.total);
  const vector = new Float32Array(dimensions);
  for (let j = rows.offsets[at]!, end = rows.offsets[at + 1]!; j < end; j++) vector[rows.dims[j]!] = rows.values[j]!;
  return vector;
}
