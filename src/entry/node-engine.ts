/**
 * Loads the Node index (building it when missing, stale or corrupted) and assembles the engine around it: the one
 * path shared by the server and the CLI commands that answer in-process.
 */
import type { Config } from "../config.js";
import { createEngine, type Engine } from "../engine.js";
import type { EmbedderChoice } from "../providers/embeddings.js";
import type { LlmEngineHooks } from "../providers/llm-deps.js";
import { ensureIndex, type LoadedIndex } from "../store/load-index.js";
import { toTraditional } from "../text/to-traditional.js";
import { cedictBridge } from "../retrieval/cedict-bridge.js";

export interface NodeEngineOptions {
  config: Config;
  embedder: EmbedderChoice;
  llm: LlmEngineHooks;
  log: (line: string) => void;
  /** Where ingest warnings (skipped files) go; `log` when unset. */
  warn?: (line: string) => void;
}

/** The engine over a loaded index: used at start-up and for every index swapped in later (reindex). */
export function engineFromIndex(index: LoadedIndex, options: Pick<NodeEngineOptions, "config" | "embedder" | "llm">): Engine {
  const { config, embedder, llm } = options;
  const engine = createEngine({
    passages: index.passages,
    vectors: index.vectors,
    keywordData: index.keywordData,
    embeddings: embedder.embeddings,
    createGenerator: llm.createGenerator,
    createCondenser: llm.createCondenser,
    retrievalCacheSize: config.RETRIEVAL_CACHE_SIZE,
    toTraditional,
    bridge: cedictBridge(),
  });
  // BM25's bounds for the long posting lists, computed in idle turns after start rather than by the first
  // questions that use them.
  void engine.keyword.warmUp();
  return engine;
}

/** The index (with its manifest: what was read and skipped) and the engine over it. */
export async function loadNodeIndexAndEngine(options: NodeEngineOptions): Promise<{ index: LoadedIndex; engine: Engine }> {
  const { config, embedder, log } = options;
  const index = await ensureIndex({
    indexDir: config.INDEX_DIR,
    corpusDir: config.CORPUS_DIR,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
    log,
    warn: options.warn,
    searchThread: config.VECTOR_SEARCH_THREAD,
  });
  return { index, engine: engineFromIndex(index, options) };
}

export async function loadNodeEngine(options: NodeEngineOptions): Promise<Engine> {
  return (await loadNodeIndexAndEngine(options)).engine;
}
