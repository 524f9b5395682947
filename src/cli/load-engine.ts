/** Loads (building if needed) the engine in-process, for the CLI commands that answer without a server. */
import { parseConfig, type Config } from "../config.js";
import { createEngine, type Engine } from "../engine.js";
import { createEmbeddings } from "../providers/embeddings.js";
import { ensureIndex } from "../store/load-index.js";

export async function loadEngineFromEnv(overrides: Partial<Record<string, string>> = {}): Promise<{ engine: Engine; config: Config }> {
  const config = parseConfig({ ...process.env, ...overrides });
  const embedder = createEmbeddings(config);
  const index = await ensureIndex({
    indexDir: config.INDEX_DIR,
    corpusDir: config.CORPUS_DIR,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
    log: (msg) => console.error(msg),
  });
  const engine = createEngine({ passages: index.passages, vectors: index.vectors, embeddings: embedder.embeddings });
  return { engine, config };
}
