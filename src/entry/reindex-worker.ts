/**
 * The reindex thread: runs incremental builds on request, one at a time, so parsing, embedding and writing do not
 * wait behind (or hold up) the requests the server keeps answering meanwhile. It stays up between builds (starting
 * a thread with its TypeScript loader costs seconds; a seed-sized build costs a tenth of that). Each build's result
 * is posted back as a plain, cloneable object.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { buildIndex } from "../store/build-index.js";

const { config } = workerData as { config: Config };
const embedder = createNodeEmbeddings(config);

parentPort!.on("message", async (message: unknown) => {
  try {
    const result = await buildIndex({
      corpusDir: config.CORPUS_DIR,
      indexDir: config.INDEX_DIR,
      embeddings: embedder.embeddings,
      embedderId: embedder.id,
      // "rebuild": nothing of the build in service is reused (it failed its checksums).
      incremental: message !== "rebuild",
    });
    parentPort!.postMessage({ ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
