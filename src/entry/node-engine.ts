/**
 * Loads the Node index (building it when missing, stale or corrupted) and assembles the engine around it: the one
 * path shared by the server and the CLI commands that answer in-process.
 */
import type { Config } from "../config.js";
import { createEngine, type Engine } from "../engine.js";
import type { EmbedderChoice } from "../providers/embeddings.js";
import type { LlmEngineHooks } from "../providers/llm-deps.js";
import { ensureIndex } from "../store/load-index.js";
import { toTraditional } from "../text/to-traditional.js";

export async function loadNodeEngine(options: {
  config: Config;
  embedder: EmbedderChoice;
  llm: LlmEngineHooks;
  log: (line: string) => void;
}): Promise<Engine> {
  const { config, embedder, llm, log } = options;
  const index = await ensureIndex({
    indexDir: config.INDEX_DIR,
    corpusDir: config.CORPUS_DIR,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
    log,
    searchThread: config.VECTOR_SEARCH_THREAD,
  });
  return createEngine({
    passages: index.passages,
    vectors: index.vectors,
    keywordData: index.keywordData,
    embeddings: embedder.embeddings,
    createGenerator: llm.createGenerator,
    createCondenser: llm.createCondenser,
    retrievalCacheSize: config.RETRIEVAL_CACHE_SIZE,
    toTraditional,
  });
}
