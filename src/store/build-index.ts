/**
 * Builds the Node index: parse the corpus, embed every passage from both languages, index the vectors and the
 * keyword (BM25) postings, and write a new build folder. The manifest is switched to it last, atomically, then
 * older builds are removed; a build killed midway leaves the previous index in service and only a stray folder.
 *
 * Incremental: a document with the size and time (or the content hash) the build in service recorded keeps its
 * passage file (hard-linked, not rewritten); a passage whose text hash is unchanged keeps its vector and keyword
 * postings, merged from the build in service. Only new or changed passages are analyzed and embedded, so editing
 * one paragraph of a 10k corpus embeds one passage and runs 11–13× faster than a full build (npm run bench).
 */
import { analyzerFingerprint } from "../retrieval/analyzer-fingerprint.js";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { corpusHash, corpusReadResult, readCorpusDir, streamCorpusDir, type CorpusReadResult } from "../corpus/load-dir.js";
import { createTermAnalyzer } from "../retrieval/terms.js";
import { collectPassages, type CollectedPassages } from "./collect-passages.js";
import { statCorpus } from "./corpus-stats.js";
import { indexPassages, type IndexOutput } from "./index-passages.js";
import { analyzeInThreads, ingestThreads, PARALLEL_MIN_TEXT, type ParallelResult } from "./parallel-analyze.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import type { CorpusFile } from "../corpus/load-dir.js";
import type { PreviousBuild } from "./previous-build.js";
import type { FileChecksum } from "./binary-file.js";
import { checksumOf, writeChecksums, type Checksums } from "./integrity.js";
import { writeKeywordFile } from "./keyword-file.js";
import { BUILD_FILES, MANIFEST_VERSION, readManifest, writeManifestAtomically, type Manifest, type VectorIndexSpec } from "./manifest.js";
import { passagesFileOf, writePassagesFile } from "./passages-file.js";
import { loadPreviousBuild } from "./previous-build.js";
import { writeSparseVectors } from "./sparse-vectors.js";

export interface BuildProgress {
  phase: "parse" | "embed" | "index" | "write";
  done: number;
  total: number;
}

export interface BuildOptions {
  corpusDir: string;
  indexDir: string;
  embeddings: EmbeddingsInterface;
  embedderId: string;
  onProgress?: (p: BuildProgress) => void;
  /** Reuse unchanged documents and passages of the build in service (default true). */
  incremental?: boolean;
  /**
   * Threads for a full build with the built-in embedder (default: INGEST_THREADS, else the CPUs, up to 8; used from
   * PARALLEL_MIN_TEXT of text on, or whatever the size when set here). 0 or 1: one thread.
   */
  threads?: number;
  /** Text per batch sent to an ingest thread (default ~2 MB; tests use less, for several batches from a small corpus). */
  threadBatchText?: number;
  /** "auto" (default): the exact sparse index when the vectors are sparse (the built-in embedder), else HNSWLib. */
  vectorIndex?: "auto" | "sparse" | "hnsw";
}

export interface BuildStats {
  documents: number;
  /** Documents whose passages were taken from the previous build without parsing. */
  reusedDocuments: number;
  passages: number;
  /** Passages analyzed and embedded in this build; the others kept their vectors and postings. */
  embedded: number;
  vectorIndex: VectorIndexSpec["kind"];
  /** Why nothing could be reused, when that is the case. */
  fullBuildReason?: string;
  /** Files not ingested, with the reason. */
  skipped: { doc: string; reason: string }[];
  /** Near-identical passages stored once, over the whole corpus. */
  duplicatesMerged: number;
}

export interface BuildResult {
  manifest: Manifest;
  warnings: string[];
  timings: { parseMs: number; embedMs: number; indexMs: number; writeMs: number };
  /** Finer steps (ms), for benchmarks: loading the previous build, reading the corpus, and so on. */
  steps: Record<string, number>;
  stats: BuildStats;
}

export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const { corpusDir, indexDir, embeddings, embedderId, onProgress } = options;
  const terms = createTermAnalyzer();
  const t0 = performance.now();
  const steps: Record<string, number> = {};
  let lap = t0;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round((now - lap) * 10) / 10;
    lap = now;
  };
  const previous =
    options.incremental === false
      ? { build: null, reason: "incremental reuse switched off" }
      : await loadPreviousBuild(indexDir, embedderId, embeddings);
  const prev = previous.build;
  step("loadPrevious");
  // Sizes and times first: a document changed while it is read then has a newer time than the one recorded.
  // A document with the size and time the previous build recorded is not read again: its passages are reused.
  const documentStats = await statCorpus(corpusDir);
  const reuse = (doc: string): CorpusFile | null => {
    const was = prev?.manifest.documentStats?.[doc];
    const now = documentStats[doc];
    const hash = prev?.manifest.documents[doc];
    const linkable = hash !== undefined && prev?.ranges.has(doc) && prev.checksums.files[passagesFileOf(doc, hash)];
    const unchanged = was && now && linkable && was.mtimeMs >= 0 && was.bytes === now.bytes && was.mtimeMs === now.mtimeMs;
    return unchanged ? { doc, hash, text: "" } : null;
  };
  // The build folder is named now: a threaded build writes its passage files there while it analyzes.
  const build = `build-${Date.now()}-${process.pid}`;
  const buildDir = join(indexDir, build);
  // A full build with the built-in embedder and enough text is parsed, analyzed and embedded on several threads
  // (the same index, byte for byte), which start on the first documents while this thread reads the rest;
  // anything else, or threads that fail, goes the single-threaded way.
  let corpus: CorpusReadResult;
  let threaded: ParallelResult | null = null;
  let analyzeStarted: number;
  const threads = threadsForFullBuild(prev, embeddings, options);
  if (threads >= 2) {
    const stream = streamCorpusDir(corpusDir, reuse);
    const head = await readHead(stream.files, options.threads ? 0 : PARALLEL_MIN_TEXT);
    step("readCorpus");
    analyzeStarted = performance.now();
    if (head.rest) {
      /** The documents read, without their text (the threads have it): what the manifest needs. */
      const read: CorpusFile[] = [];
      const documents = async function* () {
        for (const file of head.files.splice(0)) {
          read.push({ doc: file.doc, hash: file.hash, text: "" });
          yield file;
        }
        for await (const file of { [Symbol.asyncIterator]: () => head.rest! }) {
          read.push({ doc: file.doc, hash: file.hash, text: "" });
          yield file;
        }
      };
      // The threads write the passage files into the new build folder (the main thread then holds no passages).
      await mkdir(join(buildDir, BUILD_FILES.passages), { recursive: true });
      let failure: unknown = null;
      threaded = await analyzeInThreads(documents(), {
        threads,
        dimensions: (embeddings as LocalEmbeddings).dimensions,
        onProgress: (done, total) => onProgress?.({ phase: "parse", done, total }),
        // Documents found less those skipped so far: the documents read once all are.
        totalFiles: () => stream.listed() - stream.skipped.length,
        buildDir,
        vectorsPath: join(buildDir, BUILD_FILES.sparseVectors),
        ...(options.threadBatchText ? { batchText: options.threadBatchText } : {}),
      }).catch((err: unknown) => {
        failure = err;
        return null;
      });
      if (threaded) corpus = corpusReadResult(read, stream.skipped);
      else {
        steps.threadsFailed = 1;
        // The documents' text was let go as it went to the threads: read the corpus again for the one-thread build.
        corpus = await readCorpusDir(corpusDir, reuse);
        const why = failure instanceof Error ? failure.message : String(failure);
        corpus.warnings.push(`ingest threads failed (${why}); built on one thread`);
      }
    } else corpus = corpusReadResult(head.files, stream.skipped);
  } else {
    corpus = await readCorpusDir(corpusDir, reuse);
    step("readCorpus");
    analyzeStarted = performance.now();
  }
  let collected: Pick<CollectedPassages, "total" | "mergedByDoc" | "reusedDocuments"> & {
    /** `written`: the passage file an analysis thread already wrote into the build folder, with its checksum. */
    segments: (CollectedPassages["segments"][number] & { written?: FileChecksum })[];
    embedded: number;
  };
  /** `written`: the vector file an analysis thread is writing (threaded builds), with its checksum to come. */
  let indexed: Pick<IndexOutput, "keyword" | "spec" | "dimensions" | "embedMs"> & { vectors: IndexOutput["vectors"] | { kind: "sparse"; written: Promise<FileChecksum> } };
  let t1: number;
  if (threaded) {
    step("analyzeInThreads");
    t1 = analyzeStarted;
    const mergedByDoc = new Map(threaded.segments.map((s) => [s.doc, s.merged]));
    const segments = threaded.segments.map((s) =>
      s.written
        ? { doc: s.doc, hash: s.hash, count: s.written.count, written: s.written.checksum }
        : { doc: s.doc, hash: s.hash, count: s.passages.length, passages: s.passages, hashes: s.hashes },
    );
    collected = { segments, total: threaded.total, mergedByDoc, reusedDocuments: 0, embedded: threaded.total };
    const vectors = { kind: "sparse" as const, written: threaded.vectors.written };
    indexed = { keyword: threaded.keyword, vectors, spec: { kind: "sparse" }, dimensions: (embeddings as LocalEmbeddings).dimensions, embedMs: threaded.analyzeMs };
  } else {
    // Parse progress is counted in documents (their passages are not known before they are parsed).
    const serial = await collectPassages(corpus.files, prev, (done, total) => onProgress?.({ phase: "parse", done, total }));
    step("parse");
    t1 = performance.now();
    indexed = await indexPassages({
      total: serial.total,
      reusedFrom: serial.reusedFrom,
      added: serial.added,
      allIds: serial.allIds,
      prev,
      embeddings,
      terms,
      vectorIndex: options.vectorIndex ?? "auto",
      onProgress: (phase, done, total) => onProgress?.({ phase, done, total }),
    });
    collected = { ...serial, embedded: serial.added.ids.length };
  }
  const { keyword, vectors, spec, dimensions, embedMs } = indexed;
  onProgress?.({ phase: "index", done: collected.total, total: collected.total });
  step("embedAndIndex");
  const t3 = performance.now();

  await mkdir(join(buildDir, BUILD_FILES.passages), { recursive: true });
  const files: Checksums["files"] = {};
  // Each file is hashed as it is handed to the disk, so one's hashing overlaps another's writing. An unchanged
  // document's passage file is linked from the previous build, with the checksum recorded there.
  let keywordChecksum: FileChecksum | undefined;
  let vectorsChecksum: FileChecksum | undefined;
  await Promise.all([
    ...collected.segments.map(async (segment) => {
      const file = passagesFileOf(segment.doc, segment.hash);
      if (segment.written) {
        files[file] = segment.written;
      } else if (segment.linked && prev) {
        await linkOrCopy(join(prev.buildDir, segment.linked.file), join(buildDir, file));
        files[file] = segment.linked.checksum;
      } else {
        files[file] = await writePassagesFile(join(buildDir, file), segment.passages ?? [], segment.hashes ?? []);
      }
    }),
    writeKeywordFile(join(buildDir, BUILD_FILES.keyword), keyword).then((c) => (keywordChecksum = c)),
    vectors.kind === "sparse"
      ? ("columns" in vectors ? writeSparseVectors(join(buildDir, BUILD_FILES.sparseVectors), vectors.columns, collected.total) : vectors.written).then(
          (c) => (vectorsChecksum = c),
        )
      : null,
  ]);
  // After the passage files, keyword then vectors, whichever was done first: checksums.json lists the files in the
  // order of this object's keys, the same from build to build.
  files[BUILD_FILES.keyword] = keywordChecksum!;
  if (vectorsChecksum) files[BUILD_FILES.sparseVectors] = vectorsChecksum;
  if (vectors.kind === "hnsw") {
    await vectors.index.save(join(buildDir, BUILD_FILES.hnsw));
    for (const name of await readdir(join(buildDir, BUILD_FILES.hnsw))) {
      files[`${BUILD_FILES.hnsw}/${name}`] = checksumOf(await readFile(join(buildDir, BUILD_FILES.hnsw, name)));
    }
  }
  await writeChecksums(buildDir, files);
  step("writeFiles");
  // Merged counts: from this parse for changed documents, from the previous manifest for linked ones.
  const duplicatesMerged: Record<string, number> = {};
  for (const s of collected.segments) {
    const count = s.passages ? (collected.mergedByDoc.get(s.doc) ?? 0) : (prev?.manifest.duplicatesMerged?.[s.doc] ?? 0);
    if (count > 0) duplicatesMerged[s.doc] = count;
  }
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    build,
    corpusHash: corpusHash(corpus.files),
    embedder: embedderId,
    analyzer: analyzerFingerprint(),
    dimensions,
    passages: collected.total,
    builtAt: new Date().toISOString(),
    documents: Object.fromEntries(corpus.files.map((f) => [f.doc, f.hash])),
    documentStats,
    documentPassages: Object.fromEntries(collected.segments.map((s) => [s.doc, s.count])),
    vectorIndex: spec,
    warnings: corpus.warnings,
    skipped: corpus.skipped,
    duplicatesMerged,
  };
  await writeFile(join(buildDir, BUILD_FILES.manifest), JSON.stringify(manifest));
  await writeManifestAtomically(indexDir, manifest);
  step("switchManifest");
  await removeOtherBuilds(indexDir, build);
  step("removeOldBuilds");
  onProgress?.({ phase: "write", done: 1, total: 1 });
  const t4 = performance.now();
  return {
    manifest,
    warnings: corpus.warnings,
    timings: { parseMs: t1 - t0, embedMs, indexMs: t3 - t1 - embedMs, writeMs: t4 - t3 },
    steps,
    stats: {
      documents: corpus.files.length,
      reusedDocuments: collected.reusedDocuments,
      passages: collected.total,
      embedded: collected.embedded,
      vectorIndex: spec.kind,
      skipped: corpus.skipped,
      duplicatesMerged: Object.values(duplicatesMerged).reduce((a, b) => a + b, 0),
      ...(previous.build ? {} : { fullBuildReason: previous.reason }),
    },
  };
}

/**
 * Threads for a full build, when the threaded build applies: no previous build to reuse, the built-in embedder
 * (sparse vectors) and more than one thread (INGEST_THREADS or the CPUs, unless `options.threads`). Else 0.
 */
function threadsForFullBuild(prev: PreviousBuild | null, embeddings: EmbeddingsInterface, options: BuildOptions): number {
  const threads = options.threads ?? ingestThreads();
  if (prev || !(embeddings instanceof LocalEmbeddings) || options.vectorIndex === "hnsw" || threads < 2) return 0;
  return threads;
}

/**
 * The first documents of `files`, read until they hold `minText` of text: `rest` goes on from there, or is null
 * when the corpus ended first (too little text for threads: every document is in `files`). An empty corpus never
 * goes to threads.
 */
async function readHead(files: AsyncIterable<CorpusFile>, minText: number): Promise<{ files: CorpusFile[]; rest: AsyncIterator<CorpusFile> | null }> {
  const iterator = files[Symbol.asyncIterator]();
  const head: CorpusFile[] = [];
  let text = 0;
  while (head.length === 0 || text < minText) {
    const next = await iterator.next();
    if (next.done) return { files: head, rest: null };
    head.push(next.value);
    text += next.value.text.length;
  }
  return { files: head, rest: iterator };
}

/** Old builds and builds left by a killed ingest; the one the manifest points at stays. */
async function removeOtherBuilds(indexDir: string, keep: string): Promise<void> {
  const current = (await readManifest(indexDir).catch(() => null))?.build ?? keep;
  for (const entry of await readdir(indexDir)) {
    if (entry.startsWith("build-") && entry !== keep && entry !== current) {
      await rm(join(indexDir, entry), { recursive: true, force: true });
    }
  }
}

/** A hard link shares the unchanged file's bytes; where links are impossible (another file system), a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}
