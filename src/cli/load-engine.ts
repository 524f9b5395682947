/** Loads (building if needed) the engine in-process, for the CLI commands that answer without a server. */
import { parseConfig, type Config } from "../config.js";
import type { Engine } from "../engine.js";
import { loadNodeEngine } from "../entry/node-engine.js";
import { createNodeLlmHooks } from "../entry/node-llm.js";
import { createJsonLogger } from "../entry/node-log.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";

export async function loadEngineFromEnv(overrides: Partial<Record<string, string>> = {}): Promise<{ engine: Engine; config: Config }> {
  const config = parseConfig({ ...process.env, ...overrides });
  const engine = await loadNodeEngine({
    config,
    embedder: createNodeEmbeddings(config),
    llm: await createNodeLlmHooks(config, createJsonLogger("error")),
    log: (msg) => console.error(msg),
  });
  return { engine, config };
}
