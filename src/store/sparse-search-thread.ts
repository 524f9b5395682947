/**
 * A worker thread that runs the exact sparse vector scan while the main thread runs BM25 for the same question.
 * At 100k passages each costs a few milliseconds; side by side on two cores a hybrid search waits for the longer
 * of the two instead of their sum. The vectors live in SharedArrayBuffers, read by both threads, never copied.
 *
 * Failure is never the reader's problem: a search the thread cannot answer (it crashed, was closed, or failed to
 * start) is rejected, and the index answers it on the main thread instead.
 */
import { Worker } from "node:worker_threads";
import type { RescoreSplitBuffers } from "./rescore-split.js";
import type { ScanResult } from "./sparse-scan.js";
import { isImpact } from "./sparse-two-stage.js";
import type { SparseColumns, SparseSearchData } from "./sparse-vectors.js";

/**
 * What the thread starts with: the data to search (shared), or a build's vector file to load it from itself (`load`:
 * it then sends the data it read back, shared, so that the main thread can search it too when the thread is busy).
 */
export type ThreadData = { data: SparseSearchData; passages: number } | { load: { path: string; shownAs: string }; passages: number };

/** The thread's first message: ready to search (with the data when it loaded them), or it could not load them. */
export type StartReply = { ready: true; data?: SparseSearchData } | { ready: false; error?: string };

export interface ScanRequest {
  id: number;
  vector: Float32Array;
  k: number;
  /** Shared memory through which the main thread takes part in the two-stage re-score (rescore-split.ts). */
  split?: RescoreSplitBuffers;
}

export type ScanReply = { id: number; error: string } | ({ id: number } & ScanResult);

/** How long the thread may take to start (register tsx, load its module) before the index gives up on it. */
const START_TIMEOUT_MS = 15_000;
/** The same when it also loads the vectors (under a second for a million passages on a quiet machine). */
const LOAD_TIMEOUT_MS = 60_000;

interface Pending {
  resolve: (result: ScanResult) => void;
  reject: (err: Error) => void;
}

export class SparseSearchThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: ScanReply | { ready: true }) => {
      if (!("id" in reply)) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ("error" in reply) waiting.reject(new Error(`search thread: ${reply.error}`));
      else waiting.resolve({ indexes: reply.indexes, similarities: reply.similarities });
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
      worker.unref();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`search thread exited (code ${code})`)));
    // An idle thread must not keep a CLI (ask, eval) alive once its work is done; a search in flight does (see
    // search). Last: adding a "message" listener refs the worker again.
    worker.unref();
  }

  /** Starts a thread over `data` (which must be shared: see shareSearchData); resolves once it answers. */
  static async start(data: SparseSearchData, passages: number): Promise<SparseSearchThread> {
    return (await SparseSearchThread.boot({ data, passages }, START_TIMEOUT_MS)).thread;
  }

  /**
   * Starts a thread that reads a large build's vectors itself (openSparseSearchData, into shared memory) while the
   * main thread reads the rest of the build, then searches them: resolves to the thread and the data it read. Rejects
   * when the thread cannot start or cannot read the file (a damaged file, or one openSparseSearchData leaves to
   * readSparseSearchData): the caller then reads the file itself, which fails naming the file if it is damaged.
   */
  static load(path: string, shownAs: string, passages: number): Promise<{ thread: SparseSearchThread; data: SparseSearchData }> {
    return SparseSearchThread.boot({ load: { path, shownAs }, passages }, LOAD_TIMEOUT_MS) as Promise<{ thread: SparseSearchThread; data: SparseSearchData }>;
  }

  private static boot(workerData: ThreadData, timeoutMs: number): Promise<{ thread: SparseSearchThread; data?: SparseSearchData }> {
    const worker = new Worker(new URL("./sparse-search-worker-boot.mjs", import.meta.url), { workerData, execArgv: [] });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`search thread did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (err?: Error, data?: SparseSearchData) => {
        clearTimeout(timer);
        worker.off("message", onReply);
        worker.off("error", settle);
        worker.off("exit", onExit);
        if (err) {
          void worker.terminate();
          reject(err);
        } else resolve({ thread: new SparseSearchThread(worker), data });
      };
      const onReply = (reply: StartReply) => {
        if (reply.ready) settle(undefined, reply.data);
        else settle(new Error(`search thread could not load the vectors${reply.error ? ` (${reply.error})` : ""}`));
      };
      const onExit = (code: number) => settle(new Error(`search thread exited (code ${code}) while starting`));
      worker.on("message", onReply);
      worker.once("error", settle);
      worker.once("exit", onExit);
    });
  }

  /** Whether the thread can take searches (it has not failed or been closed). */
  get usable(): boolean {
    return this.failure === null;
  }

  /** Searches in flight: with one waiting already, the caller does better to scan on its own thread. */
  get inFlight(): number {
    return this.pending.size;
  }

  search(vector: ArrayLike<number>, k: number, split?: RescoreSplitBuffers): Promise<ScanResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const request: ScanRequest = { id, vector: Float32Array.from(vector), k, ...(split ? { split } : {}) };
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request, [request.vector.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error("search thread closed");
    await this.worker.terminate();
  }
}

/** The same columns in SharedArrayBuffers (copied once, unless they are already shared). */
export function shareColumns(columns: SparseColumns): SparseColumns {
  return {
    dimensions: columns.dimensions,
    offsets: shared(columns.offsets, Int32Array),
    docs: shared(columns.docs, Int32Array),
    values: shared(columns.values, Float32Array),
  };
}

/** The search data in SharedArrayBuffers, whichever kind it is. */
export function shareSearchData(data: SparseSearchData): SparseSearchData {
  if (data.kind === "exact") return { kind: "exact", columns: shareColumns(data.columns) };
  const rows = data.rows;
  return {
    kind: "two-stage",
    rows:
      "dims8" in rows
        ? { dimensions: rows.dimensions, offsets: shared(rows.offsets, Int32Array), dims8: shared(rows.dims8, Uint8Array), high: shared(rows.high, Int32Array), values: shared(rows.values, Float32Array) }
        : { dimensions: rows.dimensions, offsets: shared(rows.offsets, Int32Array), dims: shared(rows.dims, Uint16Array), values: shared(rows.values, Float32Array) },
    coarse: isImpact(data.coarse)
      ? { ...data.coarse, starts: shared(data.coarse.starts, Int32Array), low: shared(data.coarse.low, Uint16Array), means: shared(data.coarse.means, Float32Array) }
      : shareColumns(data.coarse),
  };
}

function shared<T extends Int32Array | Float32Array | Uint16Array | Uint8Array>(array: T, Type: { new (buffer: SharedArrayBuffer): T }): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
