/**
 * The build an ingest may reuse: the one the manifest points at, when it was made by the same embedder and index
 * format. Its keyword postings and vectors are what an incremental build merges from; its per-document passage
 * files are linked into the next build for unchanged documents, and read only for documents that changed.
 * Anything wrong with it means a full build, never a failed one.
 */
import { analyzerFingerprint } from "../retrieval/analyzer-fingerprint.js";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { join } from "node:path";
import type { KeywordPostings } from "../retrieval/keyword-index.js";
import { HnswVectorIndex } from "./hnsw-vector-index.js";
import { readChecksums, readVerified, verifyFiles, type Checksums } from "./integrity.js";
import { readKeywordPostings } from "./keyword-file.js";
import { BUILD_FILES, readManifest, type Manifest } from "./manifest.js";
import { passagesFileOf, readPassagesFile, type StoredPassages } from "./passages-file.js";
import { columnsToRows, readSparseVectors, type SparseColumns, type SparseRows } from "./sparse-vectors.js";

export interface PreviousBuild {
  manifest: Manifest;
  buildDir: string;
  checksums: Checksums;
  keyword: KeywordPostings;
  vectors: PreviousVectors;
  /** Per document: where its passages start in the previous build, and how many. */
  ranges: Map<string, { start: number; count: number }>;
  total: number;
  /** A document's passages and their text hashes, read (and checked) on demand. */
  passagesOf(doc: string): Promise<StoredPassages>;
}

export type PreviousVectors =
  | { kind: "sparse"; columns: SparseColumns; rows?: SparseRows }
  | { kind: "hnsw"; index: HnswVectorIndex };

export type PreviousLookup = { build: PreviousBuild } | { build: null; reason: string };

export async function loadPreviousBuild(
  indexDir: string,
  embedderId: string,
  embeddings: EmbeddingsInterface,
): Promise<PreviousLookup> {
  try {
    const manifest = await readManifest(indexDir);
    if (!manifest) return { build: null, reason: "no previous build" };
    if (manifest.embedder !== embedderId) return { build: null, reason: `embedder changed (${manifest.embedder})` };
    // Postings of unchanged passages would be copied as the old analyzer made them: rebuild everything instead.
    if (manifest.analyzer !== analyzerFingerprint()) return { build: null, reason: "analyzer changed" };
    const buildDir = join(indexDir, manifest.build);
    // Checked like a start-up does, so a damaged build is never merged into the next one.
    const checksums = await readChecksums(buildDir);
    const ranges = new Map<string, { start: number; count: number }>();
    let total = 0;
    for (const [doc, count] of Object.entries(manifest.documentPassages)) {
      ranges.set(doc, { start: total, count });
      total += count;
    }
    if (total !== manifest.passages) throw new Error(`documents hold ${total} passages, the manifest says ${manifest.passages}`);
    const read = (file: string) => readVerified(buildDir, checksums, file);
    const sparse = manifest.vectorIndex.kind === "sparse";
    const [keywordBytes, vectorBytes] = await Promise.all([read(BUILD_FILES.keyword), sparse ? read(BUILD_FILES.sparseVectors) : null]);
    const keyword = await readKeywordPostings(BUILD_FILES.keyword, keywordBytes);
    if (keyword.lengths100.length !== total) throw new Error("keyword index and passages disagree");
    let vectors: PreviousVectors;
    if (vectorBytes) {
      vectors = { kind: "sparse", columns: await readSparseVectors(BUILD_FILES.sparseVectors, total, vectorBytes) };
    } else {
      await verifyFiles(buildDir, checksums, Object.keys(checksums.files).filter((f) => f.startsWith(`${BUILD_FILES.hnsw}/`)));
      vectors = { kind: "hnsw", index: await HnswVectorIndex.load(join(buildDir, BUILD_FILES.hnsw), embeddings) };
    }
    const passagesOf = async (doc: string) => {
      const file = passagesFileOf(doc, manifest.documents[doc] ?? "");
      const stored = await readPassagesFile(file, await read(file));
      if (stored.passages.length !== ranges.get(doc)?.count) throw new Error(`${file} does not hold the passages the manifest counts`);
      return stored;
    };
    return { build: { manifest, buildDir, checksums, keyword, vectors, ranges, total, passagesOf } };
  } catch (err) {
    return { build: null, reason: `previous build unusable (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** The previous sparse vectors passage by passage (computed once, on first need). */
export function previousRows(vectors: Extract<PreviousVectors, { kind: "sparse" }>, total: number): SparseRows {
  return (vectors.rows ??= columnsToRows(vectors.columns, total));
}
