/**
 * Loads the Node index, or says why it cannot be used: missing, built from another corpus or embedder, or
 * corrupted. `ensureIndex` rebuilds in those cases, so the server never serves a stale or half-built index.
 */
import { analyzerFingerprint } from "../retrieval/analyzer-fingerprint.js";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { join } from "node:path";
import { corpusHash, readCorpusDir } from "../corpus/load-dir.js";
import type { Passage } from "../schemas.js";
import type { KeywordPostings } from "../retrieval/keyword-index.js";
import type { CodedKeywordPostings } from "../retrieval/keyword-index-types.js";
import type { VectorIndex } from "../retrieval/vector-index.js";
import { buildIndex, type BuildProgress } from "./build-index.js";
import { HnswVectorIndex } from "./hnsw-vector-index.js";
import { matchesRecordedStats } from "./corpus-stats.js";
import { readChecksums, readSized, readVerified, verifyFiles, verifyLater } from "./integrity.js";
import { openKeywordPostings, readKeywordData } from "./keyword-file.js";
import { BUILD_FILES, readManifest, type Manifest } from "./manifest.js";
import { openPassageColumns, passagesFileOf, readPassageColumns } from "./passages-file.js";
import { closeColumns, passageArray, PassageStore } from "./passage-store.js";
import { SparseSearchThread } from "./sparse-search-thread.js";
import { SparseVectorIndex } from "./sparse-vector-index.js";
import { openSparseSearchData, readSparseSearchData, type SparseSearchData } from "./sparse-vectors.js";

export interface LoadedIndex {
  manifest: Manifest;
  passages: Passage[];
  vectors: VectorIndex;
  /** The BM25 index built at ingest: pass it to createEngine as `keywordData` so start-up does not rebuild it. */
  keywordData: KeywordPostings | CodedKeywordPostings;
  /**
   * Resolves once every file of the build has matched its SHA-256. Small builds are checked before they load (this
   * is already resolved); large ones are served at once and checked on a thread meanwhile: a mismatch rejects it
   * with an IndexIntegrityError naming the file, and the server then rebuilds from the corpus (see node.ts).
   */
  verified: Promise<void>;
}

export type Staleness = { fresh: true } | { fresh: false; reason: string };

export async function checkFreshness(
  indexDir: string,
  corpusDir: string,
  embedderId: string,
): Promise<{ manifest: Manifest | null; staleness: Staleness }> {
  let manifest: Manifest | null;
  try {
    manifest = await readManifest(indexDir);
  } catch (err) {
    return { manifest: null, staleness: { fresh: false, reason: `manifest unreadable (${message(err)})` } };
  }
  if (!manifest) return { manifest, staleness: { fresh: false, reason: "no index built yet" } };
  if (manifest.embedder !== embedderId) {
    return { manifest, staleness: { fresh: false, reason: `embedder changed (${manifest.embedder} -> ${embedderId})` } };
  }
  if (manifest.analyzer !== analyzerFingerprint()) {
    return { manifest, staleness: { fresh: false, reason: `analyzer changed (tokenizer, stemmer, stop words or glossary)` } };
  }
  // Same documents with the same sizes and times: their hashes are the recorded ones, no need to read them.
  if (await matchesRecordedStats(corpusDir, manifest.documentStats)) return { manifest, staleness: { fresh: true } };
  const corpus = await readCorpusDir(corpusDir);
  if (corpusHash(corpus.files) !== manifest.corpusHash) {
    return { manifest, staleness: { fresh: false, reason: "corpus changed" } };
  }
  return { manifest, staleness: { fresh: true } };
}

/**
 * Loads a build: every file is read once, checked against its checksum, then parsed (hnswlib reads its own file,
 * which is checked first). Throws, naming the file, when anything does not match.
 */
export type SearchThreadChoice = "auto" | "on" | "off";

/**
 * From this many passages on, "auto" gives exact vector search its own thread: below it a scan costs less than
 * the message to the thread and back (tens of microseconds).
 */
export const SEARCH_THREAD_MIN_PASSAGES = 5_000;

/**
 * From this many bytes of build files on, "auto" checks their SHA-256 after the index is loaded, on a thread, instead
 * of before: at a million passages (2.8 GB) hashing first cost 2.7 s of start-up. 128 MB, so that 100k passages
 * (250 MB, 290 MB before their keyword frequencies were coded) load the way a million do.
 */
export const VERIFY_LATER_MIN_BYTES = 128 * 1024 * 1024;

export interface LoadOptions {
  searchThread?: SearchThreadChoice;
  /** "now": hash every file before using it; "later": check sizes now, hashes on a thread; "auto" by size. */
  verify?: "auto" | "now" | "later";
  log?: (line: string) => void;
}

export async function loadIndex(
  indexDir: string,
  manifest: Manifest,
  embeddings: EmbeddingsInterface,
  options: LoadOptions = {},
): Promise<LoadedIndex> {
  const buildDir = join(indexDir, manifest.build);
  const checksums = await readChecksums(buildDir);
  const totalBytes = Object.values(checksums.files).reduce((sum, f) => sum + f.bytes, 0);
  const later = options.verify === "later" || (options.verify !== "now" && totalBytes >= VERIFY_LATER_MIN_BYTES);
  const readChecked = later ? readSized : readVerified;
  const read = (file: string) => readChecked(buildDir, checksums, file);
  const documents = Object.entries(manifest.documentPassages);
  const sparse = manifest.vectorIndex.kind === "sparse";
  const choice = options.searchThread ?? "auto";
  const threaded = sparse && (choice === "on" || (choice === "auto" && manifest.passages >= SEARCH_THREAD_MIN_PASSAGES));
  // A large build's vectors are read by their search thread, on the other core, while this thread reads the rest.
  // Should the thread fail (or the file be damaged), they are read here as before (which names a damaged file).
  const threadLoad =
    later && threaded
      ? SparseSearchThread.load(join(buildDir, BUILD_FILES.sparseVectors), BUILD_FILES.sparseVectors, manifest.passages).catch(() => null)
      : null;
  // All reads start at once; each file is checked and parsed as it arrives. The postings first: their few large
  // reads then run on libuv's threads beside the hundreds of small passage-file reads, instead of queued behind them.
  const keywordRead = later
    ? openKeywordPostings(join(buildDir, BUILD_FILES.keyword), BUILD_FILES.keyword)
    : read(BUILD_FILES.keyword).then((bytes) => readKeywordData(BUILD_FILES.keyword, bytes));
  // Awaited below (or, on a failure, before the index is given up); this keeps its failure from counting as unhandled.
  keywordRead.catch(() => undefined);
  const segmentReads = documents.map(async ([doc, count]) => {
    const file = passagesFileOf(doc, manifest.documents[doc] ?? "");
    // Large builds leave passage text in the files, read when a passage is made (readChecksums has checked
    // every file's size; its SHA-256 is checked later, with the others). Small ones are read whole and hashed.
    const columns = later ? await openPassageColumns(join(buildDir, file), file) : (await readPassageColumns(file, await read(file))).columns;
    if (columns.ids.length !== count) {
      closeColumns(columns);
      throw new Error(`${file} holds ${columns.ids.length} passages, the manifest says ${count}`);
    }
    return columns;
  });
  const readSparse = async (): Promise<SparseSearchData | { thread: SparseSearchThread; data: SparseSearchData }> => {
    const loadedThere = await threadLoad;
    if (loadedThere) return loadedThere;
    const path = BUILD_FILES.sparseVectors;
    const opened = later ? await openSparseSearchData(join(buildDir, path), manifest.passages, { shared: threaded, shownAs: path }) : null;
    return opened ?? readSparseSearchData(path, manifest.passages, await readChecked(buildDir, checksums, path, { shared: threaded }), !later);
  };
  let loaded;
  try {
    loaded = await Promise.all([
      Promise.all(segmentReads),
      // A large build's postings piece by piece, frequencies coded in one byte where they can be.
      keywordRead,
      // Read straight into shared memory when a search thread will read the vectors too; a large build's
      // two-stage vectors piece by piece, their rows packed (one byte a dimension), else the file whole.
      sparse ? readSparse() : null,
    ]);
  } catch (err) {
    // Close the passage files opened before the failure (the index is rebuilt and loaded again), and the thread.
    for (const r of await Promise.allSettled(segmentReads)) if (r.status === "fulfilled") closeColumns(r.value);
    await Promise.allSettled([keywordRead]);
    await (await threadLoad)?.thread.close();
    throw err;
  }
  const [segments, keywordData, vectorData] = loaded;
  // Passages are made on demand from the files' columns, not held as objects (passage-store.ts).
  const store = new PassageStore(segments);
  const passages = passageArray(store);
  const ids = store.ids();
  let vectors: VectorIndex & { size: number };
  if (vectorData) {
    vectors = "thread" in vectorData ? SparseVectorIndex.withThread(ids, vectorData) : new SparseVectorIndex(ids, vectorData);
  } else {
    // Always before loading: hnswlib trusts its bytes and may crash the process on a damaged file.
    await verifyFiles(buildDir, checksums, Object.keys(checksums.files).filter((f) => f.startsWith(`${BUILD_FILES.hnsw}/`)));
    vectors = await HnswVectorIndex.load(join(buildDir, BUILD_FILES.hnsw), embeddings);
  }
  if (passages.length !== manifest.passages || vectors.size !== manifest.passages || keywordData.lengths100.length !== manifest.passages) {
    await (vectors instanceof SparseVectorIndex ? vectors.close() : undefined);
    throw new Error(
      `index holds ${passages.length} passages, ${vectors.size} vectors and ${keywordData.lengths100.length} keyword entries; manifest says ${manifest.passages}`,
    );
  }
  if (threaded && vectors instanceof SparseVectorIndex) {
    if (!(await vectors.startThread())) options.log?.("vector search thread did not start; searching on the main thread");
  }
  const verified = later
    ? verifyLater(buildDir, checksums, Object.keys(checksums.files).filter((f) => !f.startsWith(`${BUILD_FILES.hnsw}/`)))
    : Promise.resolve();
  // Whoever serves the index handles a mismatch; this only keeps an unwatched one from crashing the process.
  verified.catch(() => undefined);
  return { manifest, passages, vectors, keywordData, verified };
}

export interface EnsureOptions {
  indexDir: string;
  corpusDir: string;
  embeddings: EmbeddingsInterface;
  embedderId: string;
  log: (line: string) => void;
  /** Ingest warnings (each skipped file and why); `log` when unset. */
  warn?: (line: string) => void;
  onProgress?: (p: BuildProgress) => void;
  searchThread?: SearchThreadChoice;
}

/** Loads a fresh index, or (re)builds it first when it is missing, stale or corrupted. */
export async function ensureIndex(options: EnsureOptions): Promise<LoadedIndex> {
  const { indexDir, corpusDir, embeddings, embedderId, log } = options;
  const { manifest, staleness } = await checkFreshness(indexDir, corpusDir, embedderId);
  // A stale index is updated incrementally; a damaged one is rebuilt from scratch, so that nothing of it (a
  // passage file an incremental build would link) is carried into the new build.
  let incremental = true;
  if (staleness.fresh && manifest) {
    try {
      return await loadIndex(indexDir, manifest, embeddings, { searchThread: options.searchThread, log });
    } catch (err) {
      log(`index at ${indexDir} is corrupted (${message(err)}); rebuilding from ${corpusDir}`);
      incremental = false;
    }
  } else {
    log(`index at ${indexDir} needs a build: ${staleness.fresh ? "unknown" : staleness.reason}`);
  }
  const built = await buildIndex({ corpusDir, indexDir, embeddings, embedderId, incremental, onProgress: options.onProgress });
  for (const w of built.warnings) (options.warn ?? log)(`warning: ${w}`);
  log(`built index: ${built.manifest.passages} passages in ${Math.round(sum(built.timings))} ms`);
  return loadIndex(indexDir, built.manifest, embeddings, { searchThread: options.searchThread, log });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
