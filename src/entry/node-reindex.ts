/**
 * Adding documents while the server runs: POST /api/admin/reindex and CORPUS_WATCH=1 both run the incremental
 * ingest (on a thread of its own, so the server keeps answering at full speed) and swap the new engine in. Requests already running finish on the engine they started with; the next
 * request gets the new one, so none fails and none waits. Runs never overlap: a call during a run waits for it and
 * then runs once more (so a document added after that run started is surely included); calls made while one is
 * already waiting share it.
 */
import type { ReindexReport } from "../app-types.js";
import type { Engine } from "../engine.js";
import { buildIndex, type BuildResult } from "../store/build-index.js";
import { BuildFailedError, buildInThread, warmReindexThread } from "./build-in-thread.js";
import { summarizeBuild } from "../store/ingest-summary.js";
import { loadIndex, type LoadedIndex } from "../store/load-index.js";
import { engineFromIndex, type NodeEngineOptions } from "./node-engine.js";

/** Searches still running on a replaced engine get this long before its search thread (if any) is closed. */
const RETIRE_AFTER_MS = 30_000;

export interface Reindexer {
  /** `full`: build from the corpus alone, reusing nothing of the build in service (which failed its checksums). */
  reindex(options?: { full?: boolean }): Promise<ReindexReport>;
}

export function createReindexer(
  options: NodeEngineOptions & {
    /** Installs the new engine; returns the index it replaces. */
    swap: (engine: Engine, index: LoadedIndex) => LoadedIndex | null;
  },
): Reindexer {
  const { config, embedder } = options;
  const warn = options.warn ?? options.log;

  async function run(full: boolean): Promise<ReindexReport> {
    const started = performance.now();
    let built: BuildResult;
    try {
      built = await buildInThread(config, full);
    } catch (err) {
      if (err instanceof BuildFailedError) throw err;
      // A thread that cannot start (no tsx loader where the server runs) is no reason not to reindex: build here.
      options.log(`reindex thread failed (${err instanceof Error ? err.message : String(err)}); building on the main thread`);
      built = await buildIndex({ corpusDir: config.CORPUS_DIR, indexDir: config.INDEX_DIR, embeddings: embedder.embeddings, embedderId: embedder.id, incremental: !full });
    }
    const index = await loadIndex(config.INDEX_DIR, built.manifest, embedder.embeddings, { searchThread: config.VECTOR_SEARCH_THREAD, log: options.log });
    const old = options.swap(engineFromIndex(index, options), index);
    retire(old);
    const summary = summarizeBuild(built, config.CORPUS_DIR);
    for (const s of summary.skipped) warn(`Skipped ${s.doc}: ${s.reason}`);
    if (summary.empty) warn(`warning: ${summary.empty}`);
    return { ...summary, embedded: built.stats.embedded, ms: Math.round(performance.now() - started) };
  }

  // A server that can reindex (admin token, or watching the corpus) starts the thread now, so the first reindex
  // answers in the time of the build, not of the thread's start.
  if (config.ADMIN_TOKEN || config.CORPUS_WATCH === "1") warmReindexThread(config);

  let current: Promise<ReindexReport> | null = null;
  let queued: Promise<ReindexReport> | null = null;
  /** A full build was asked for and has not started yet: the next run is one. */
  let fullWanted = false;
  function reindex(options: { full?: boolean } = {}): Promise<ReindexReport> {
    if (options.full) fullWanted = true;
    if (!current) {
      const full = fullWanted;
      fullWanted = false;
      current = run(full).finally(() => {
        current = null;
      });
      return current;
    }
    queued ??= current
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return reindex();
      });
    return queued;
  }
  return { reindex };
}

/** Frees what a replaced index holds outside the heap (a vector search thread), once its searches are done. */
function retire(index: LoadedIndex | null): void {
  const vectors = index?.vectors as { close?: () => Promise<void> } | undefined;
  if (!vectors?.close) return;
  setTimeout(() => void vectors.close?.().catch(() => undefined), RETIRE_AFTER_MS).unref();
}
