/**
 * A full build with the built-in embedder, parsed, analyzed and embedded on several threads: documents go out in
 * batches (in corpus order, to whichever thread is free) and come back as passages plus typed arrays (keyword runs
 * with batch-local term numbers, sparse vector rows), which the build appends in corpus order. Term numbers are
 * given in order of first use across the corpus, exactly as the single-threaded build gives them, so the index
 * written is the same byte for byte.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseCorpusFile, type CorpusFile } from "../corpus/load-dir.js";
import { KeywordIndexBuilder } from "../retrieval/keyword-index-builder.js";
import type { KeywordPostings } from "../retrieval/keyword-index.js";
import type { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { passageSearchText, type TermAnalyzer } from "../retrieval/terms.js";
import type { Passage } from "../schemas.js";
import { termsNumberedFrom } from "../retrieval/tokenize.js";
import { hashString } from "../util/hash.js";
import { KeywordRunsMerger, TermTable } from "./keyword-runs-merger.js";
import type { FileChecksum } from "./binary-file.js";
import { passagesFileOf, writePassagesFile } from "./passages-file.js";
import { joinRows, SparseRowsBuilder, writeSparseRows, type SparseRows } from "./sparse-vectors.js";

/** Below this much corpus text, threads cost more to start (each loads the analyzer) than they save. */
export const PARALLEL_MIN_TEXT = 16 * 1024 * 1024;
/**
 * Young generation of an analysis thread (two semi-spaces of 64 MB, V8's default being 16 MB): analysis makes
 * many short-lived strings and arrays, and with more room fewer of them survive a scavenge only to be copied. The
 * threads' CPU time fell ~7% in a one-thread run of their work over the 100k corpus (12.9 -> 12.0 s); ~100 MB more
 * per thread at most.
 */
const THREAD_YOUNG_GENERATION_MB = 192;
/** Text per batch sent to a thread: small enough to share the work evenly, large enough to amortise a message. */
const BATCH_TEXT = 2 * 1024 * 1024;

export interface AnalyzeRequest {
  batch: number;
  dimensions: number;
  files: Pick<CorpusFile, "doc" | "text" | "hash" | "blocks">[];
  /** The thread writes each document's passage file into this build folder and sends back its checksum only. */
  buildDir: string;
}

export interface AnalyzedSegment {
  doc: string;
  hash: string;
  /** The passages and their text hashes; empty when the thread wrote them (`written`). */
  passages: Passage[];
  hashes: string[];
  merged: number;
  /** The passage file the thread wrote (passagesFileOf(doc, hash) in the build folder), with its checksum. */
  written?: { count: number; checksum: FileChecksum };
}

/** One batch of documents, analyzed: what a thread posts back. */
export interface AnalyzedBatch {
  segments: AnalyzedSegment[];
  /**
   * The thread's term strings numbered `firstTerm` on (termNumber, over the thread's life): those it had not sent
   * with an earlier batch. Runs name terms by these numbers.
   */
  firstTerm: number;
  terms: string[];
  /** Per passage (runOffsets), its distinct terms (thread numbers, in first-use order) and frequencies x 100. */
  runOffsets: Int32Array;
  runTerms: Uint32Array;
  runFreqs: Uint32Array;
  lengths100: Uint32Array;
  rowOffsets: Int32Array;
  rowDims: Uint16Array;
  rowValues: Float32Array;
}

/**
 * What a thread does with a batch (exported so it can be tested, and run in-process). `termsSent`: how many of
 * the thread's numbered terms earlier batches carried (their strings are not sent again).
 */
export function analyzeDocuments(files: CorpusFile[], analyzeText: TermAnalyzer, embedder: LocalEmbeddings, termsSent = 0): AnalyzedBatch {
  const segments: AnalyzedSegment[] = [];
  const keyword = new KeywordIndexBuilder(analyzeText);
  const rows = new SparseRowsBuilder(embedder.dimensions);
  for (const file of files) {
    const parsed = parseCorpusFile(file);
    const passages = parsed.passages;
    const hashes: string[] = [];
    for (const p of passages) {
      const text = passageSearchText(p);
      hashes.push(hashString(text));
      const terms = analyzeText(text);
      keyword.addTerms(terms);
      const vector = embedder.embedTermsSparse(terms);
      rows.addSparse(vector.dims, vector.values, vector.count);
    }
    segments.push({ doc: file.doc, hash: file.hash, passages, hashes, merged: parsed.merged });
  }
  const runs = keyword.finishRunsByNumber();
  const finished = rows.finish();
  return { segments, firstTerm: termsSent, terms: termsNumberedFrom(termsSent), ...runs, rowOffsets: finished.offsets, rowDims: finished.dims, rowValues: finished.values };
}

/**
 * Writes each analyzed document's passage file into the build folder `buildDir` (what the build would write for it, byte for
 * byte) and keeps only the count and checksum: the passages need not travel back to the main thread, which then
 * holds no passage objects (a million of them cost it most of its heap and garbage collection).
 */
export async function writeSegments(batch: AnalyzedBatch, buildDir: string): Promise<void> {
  await Promise.all(
    batch.segments.map(async (segment) => {
      const checksum = await writePassagesFile(`${buildDir}/${passagesFileOf(segment.doc, segment.hash)}`, segment.passages, segment.hashes);
      segment.written = { count: segment.passages.length, checksum };
      segment.passages = [];
      segment.hashes = [];
    }),
  );
}

export interface ParallelResult {
  segments: AnalyzedSegment[];
  total: number;
  keyword: KeywordPostings;
  /**
   * The vectors, being written to `vectorsPath` from the rows (writeSparseRows) by one of the threads while this
   * thread finishes the keyword postings; the promise gives the file's checksum.
   */
  vectors: { written: Promise<FileChecksum> };
  /** Wall time of parsing, analyzing and embedding (all on the threads). */
  analyzeMs: number;
}

/** Asks a thread to write the vector file of a threaded build (what the build would write, byte for byte). */
export interface VectorsRequest {
  /** The rows as the batches came, in corpus order. */
  vectors: { path: string; passages: number; dimensions: number; chunks: SparseRows[] };
}

/** What a thread does with a VectorsRequest (exported so it can run in-process too). */
export function writeVectorRows(request: VectorsRequest["vectors"]): Promise<FileChecksum> {
  const rows = joinRows(request.chunks, request.dimensions);
  // The batches' rows are copied: let them go before the file is made.
  request.chunks = [];
  return writeSparseRows(request.path, rows, request.passages);
}

type ThreadReply =
  | { ready: true }
  | { ok: true; batch: number; result: AnalyzedBatch }
  | { ok: false; error: string }
  | { vectorsWritten: true; ok: true; checksum: FileChecksum }
  | { vectorsWritten: true; ok: false; error: string };

export function ingestThreads(): number {
  const wanted = Number(process.env.INGEST_THREADS ?? NaN);
  return Number.isFinite(wanted) && wanted >= 0 ? Math.floor(wanted) : Math.min(availableParallelism(), 8);
}

/**
 * Parses, analyzes and embeds `files` on `threads` threads; the threads write the passage files into `buildDir` and
 * one of them the vector file; resolves with the documents in corpus order, their keyword postings and the vector
 * file's checksum to come. Rejects when a thread cannot start or fails (the caller builds serially).
 * `files` may still be being read (streamCorpusDir): batches go out as soon as they are full, so the threads
 * analyze the first documents while this thread reads and decodes the rest.
 */
export async function analyzeInThreads(
  files: AsyncIterable<CorpusFile>,
  options: {
    threads: number;
    dimensions: number;
    onProgress?: (done: number, total: number) => void;
    /** The progress total (documents) while `files` is still being read: files found, say. */
    totalFiles: () => number;
    /** The new build's folder: the threads write the passage files into it (see writeSegments). */
    buildDir: string;
    /** Where a thread writes the vector file, while this thread finishes the keyword postings. */
    vectorsPath: string;
    /** Text per batch (default BATCH_TEXT; tests use less, for several batches from a small corpus). */
    batchText?: number;
  },
): Promise<ParallelResult> {
  const batchText = options.batchText ?? BATCH_TEXT;
  const started = performance.now();
  /** Batches made so far (in corpus order), each let go once sent; `read` is set when every document is in one. */
  const batches: (CorpusFile[] | null)[] = [];
  let read = false;

  const keyword = new KeywordRunsMerger();
  // Each batch's vector rows as the thread sent them: joined once, on the thread that writes them (no growing copy).
  let rowBatches: SparseRows[] = [];
  const segments: AnalyzedSegment[] = [];
  const waiting = new Map<number, AnalyzedBatch & { table: TermTable }>();
  /** Each thread's terms, learnt once (its batches number terms on from one to the next). */
  const tables = new Map<Worker, TermTable>();
  let nextToMerge = 0;
  let documentsDone = 0;
  const merge = () => {
    for (let batch = waiting.get(nextToMerge); batch; batch = waiting.get(nextToMerge)) {
      waiting.delete(nextToMerge++);
      keyword.add(batch.table.terms, batch.runOffsets, batch.runTerms, batch.runFreqs, batch.lengths100, batch.table.map);
      rowBatches.push({ dimensions: options.dimensions, offsets: batch.rowOffsets, dims: batch.rowDims, values: batch.rowValues });
      segments.push(...batch.segments);
      documentsDone += batch.segments.length;
      options.onProgress?.(documentsDone, Math.max(documentsDone, options.totalFiles()));
    }
  };

  const workers: Worker[] = [];
  /** Set once every batch is in: where a thread's answer to the VectorsRequest goes. */
  let onVectors: ((reply: Extract<ThreadReply, { vectorsWritten: true }>) => void) | null = null;
  const terminate = () => Promise.all(workers.map((w) => w.terminate()));
  let vectorsWritten: Promise<FileChecksum> | null = null;
  try {
    await new Promise<void>((resolve, rejectWith) => {
      let failed = false;
      // Once failed, the reading below stops too (the build goes on one thread, reading the corpus again).
      const reject = (err: unknown) => {
        failed = true;
        rejectWith(err);
      };
      let sent = 0;
      let received = 0;
      let done = false;
      /** Batches each thread may still take: two in flight per thread (one analyzed while the other's files are written). */
      const wants = new Map<Worker, number>();
      const finishIfDone = () => {
        if (read && received === batches.length && !done) {
          done = true;
          resolve();
        }
      };
      const dispatch = () => {
        for (const worker of workers) {
          while ((wants.get(worker) ?? 0) > 0 && sent < batches.length) {
            const batch = sent++;
            const request: AnalyzeRequest = {
              batch,
              dimensions: options.dimensions,
              buildDir: options.buildDir,
              files: batches[batch]!.map((f) => ({ doc: f.doc, text: f.text, hash: f.hash, ...(f.blocks ? { blocks: f.blocks } : {}) })),
            };
            batches[batch] = null;
            wants.set(worker, wants.get(worker)! - 1);
            worker.postMessage(request);
          }
        }
      };
      for (let t = 0; t < Math.max(1, options.threads); t++) {
        const worker = new Worker(new URL("./analyze-worker-boot.mjs", import.meta.url), { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on("message", (reply: ThreadReply) => {
          if ("vectorsWritten" in reply) return onVectors?.(reply);
          if ("ready" in reply) {
            wants.set(worker, 2);
            return dispatch();
          }
          if (!reply.ok) return reject(new Error(`an analysis thread failed: ${reply.error}`));
          wants.set(worker, (wants.get(worker) ?? 0) + 1);
          dispatch();
          let table = tables.get(worker);
          if (!table) tables.set(worker, (table = new TermTable()));
          table.receive(reply.result.firstTerm, reply.result.terms);
          waiting.set(reply.batch, { ...reply.result, table });
          received++;
          try {
            merge();
          } catch (err) {
            return reject(err);
          }
          finishIfDone();
        });
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (!done) reject(new Error(`an analysis thread exited (${code}) before the build was done`));
        });
      }
      // Documents into batches of about BATCH_TEXT, handed out as they fill (the threads start meanwhile).
      void (async () => {
        let current: CorpusFile[] = [];
        let size = 0;
        for await (const file of files) {
          if (failed) return;
          current.push(file);
          size += file.text.length;
          if (size >= batchText) {
            batches.push(current);
            current = [];
            size = 0;
            dispatch();
          }
        }
        if (current.length) batches.push(current);
        read = true;
        dispatch();
        finishIfDone();
      })().catch(reject);
    });
    {
      // One thread joins the vector rows and writes them (the arrays move, not copied), while this one finishes
      // the keyword postings and the build writes them: the two largest files are made side by side.
      const worker = workers[0]!;
      const chunks = rowBatches;
      rowBatches = [];
      const passages = chunks.reduce((sum, c) => sum + c.offsets.length - 1, 0);
      const request: VectorsRequest = { vectors: { path: options.vectorsPath, passages, dimensions: options.dimensions, chunks } };
      vectorsWritten = new Promise<FileChecksum>((resolve, reject) => {
        onVectors = (reply) => (reply.ok ? resolve(reply.checksum) : reject(new Error(`the vector thread failed: ${reply.error}`)));
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the vector thread exited (${code}) before writing the vectors`)));
      });
      worker.postMessage(request, chunks.flatMap((c) => [c.offsets.buffer, c.dims.buffer, c.values.buffer]) as ArrayBuffer[]);
      // The other threads are done; this one ends when it has written the file.
      void Promise.all(workers.slice(1).map((w) => w.terminate()));
      void vectorsWritten.then(terminate, terminate);
    }
  } finally {
    if (!vectorsWritten) await terminate();
  }
  const analyzeMs = performance.now() - started;
  const keywordPostings = keyword.finish();
  // Set above, or the try block threw and this is not reached.
  return { segments, total: keywordPostings.lengths100.length, keyword: keywordPostings, vectors: { written: vectorsWritten! }, analyzeMs };
}

export type { SparseRows };
