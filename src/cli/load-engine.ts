/** Loads (building if needed) the engine in-process, for the CLI commands that answer without a server. */
import { parseConfig, type Config } from "../config.js";
import { createEngine, type Engine } from "../engine.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { createNodeLlmHooks } from "../entry/node-llm.js";
import { createJsonLogger } from "../entry/node-log.js";
import { ensureIndex } from "../store/load-index.js";

export async function loadEngineFromEnv(overrides: Partial<Record<string, string>> = {}): Promise<{ engine: Engine; config: Config }> {
  const config = parseConfig({ ...process.env, ...overrides });
  const embedder = createNodeEmbeddings(config);
  const index = await ensureIndex({
    indexDir: config.INDEX_DIR,
    corpusDir: config.CORPUS_DIR,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
    log: (msg) => console.error(msg),
  });
  const llm = await createNodeLlmHooks(config, createJsonLogger("error"));
  const engine = createEngine({
    passages: index.passages,
    vectors: index.vectors,
    keywordData: index.keywordData,
    embeddings: embedder.embeddings,
    createGenerator: llm.createGenerator,
    createCondenser: llm.createCondenser,
  });
  return { engine, config };
}
