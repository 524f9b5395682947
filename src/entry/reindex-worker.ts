/**
 * Runs one incremental build on its own thread, so parsing, embedding and writing do not wait behind (or hold up)
 * the requests the server keeps answering meanwhile. Posts back what the build made: a plain, cloneable result.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { buildIndex } from "../store/build-index.js";

const { config } = workerData as { config: Config };

try {
  const embedder = createNodeEmbeddings(config);
  const result = await buildIndex({
    corpusDir: config.CORPUS_DIR,
    indexDir: config.INDEX_DIR,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
  });
  parentPort!.postMessage({ ok: true, result });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
