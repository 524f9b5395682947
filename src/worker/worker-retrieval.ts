/**
 * The two retrieval modes of the Worker, chosen by bindings and config with a plain switch:
 *  - bundled (default): questions embedded in the isolate by the local embedder, vectors searched in memory from
 *    the bundle; no account, no network, works under `wrangler dev` offline;
 *  - scale: a VECTORIZE binding holds the vectors, embedded by Workers AI (bge-m3) or the local embedder,
 *    whichever vectorize:sync used.
 *  - d1: CORPUS_DB and VECTORIZE bindings: passages, catalogue and BM25 postings in D1, vectors in Vectorize; the
 *    isolate holds nothing that grows with the corpus (src/worker/d1-engine.ts).
 * Passages and the BM25 keyword index come from the bundle in the first two (see README, "Cloudflare Workers").
 */
import { ConfigError, type Config } from "../config.js";
import { createEmbeddings, type EmbedderChoice } from "../providers/embeddings.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import type { VectorIndex } from "../retrieval/vector-index.js";
import type { BundledIndex } from "./bundled-index.js";
import type { D1DatabaseLike } from "../feedback/d1-feedback-store.js";
import { VectorizeVectorIndex } from "./vectorize-vector-index.js";
import { createWorkersAiEmbeddings } from "./workers-ai-embeddings.js";
import type { WorkerBindings } from "./worker-env.js";

export interface WorkerRetrieval {
  embedder: EmbedderChoice;
  vectors: VectorIndex;
  mode: "bundled" | "vectorize";
}

type Embedder = EmbedderChoice & { dimensions: number | undefined };

function chooseEmbedder(config: Config, env: WorkerBindings): Embedder {
  switch (config.EMBEDDINGS_PROVIDER) {
    case "local": {
      const local = new LocalEmbeddings();
      return { embeddings: local, id: local.id, dimensions: local.dimensions };
    }
    case "workers-ai":
      if (!env.AI) throw new ConfigError("EMBEDDINGS_PROVIDER=workers-ai needs the AI binding: uncomment [ai] in wrangler.toml");
      return createWorkersAiEmbeddings(env.AI, config.EMBEDDINGS_MODEL);
    case "openai":
      return { ...createEmbeddings(config), dimensions: undefined };
    case "transformers":
      throw new ConfigError("EMBEDDINGS_PROVIDER=transformers reads a model folder from disk and cannot run in a Worker; use local or workers-ai");
  }
}

export function chooseRetrieval(config: Config, env: WorkerBindings, bundled: BundledIndex): WorkerRetrieval {
  const embedder = chooseEmbedder(config, env);
  if (env.VECTORIZE) {
    const vectors = new VectorizeVectorIndex(env.VECTORIZE, { metric: "cosine", dimensions: embedder.dimensions });
    return { embedder, vectors, mode: "vectorize" };
  }
  if (!bundled.vectors) {
    throw new ConfigError(
      "the bundled index was built with --no-vectors (for Vectorize) but there is no VECTORIZE binding: add the binding, or rebuild the bundle with vectors",
    );
  }
  if (embedder.id !== bundled.embedder) {
    throw new ConfigError(
      `EMBEDDINGS_PROVIDER=${config.EMBEDDINGS_PROVIDER} embeds questions with ${embedder.id}, but the bundled vectors come from ${bundled.embedder}: use EMBEDDINGS_PROVIDER=local, or a VECTORIZE binding synced with ${embedder.id}`,
    );
  }
  return { embedder, vectors: bundled.vectors, mode: "bundled" };
}

/** The D1 scale mode when the CORPUS_DB binding is there (it needs VECTORIZE beside it), or null. */
export function chooseD1Retrieval(
  config: Config,
  env: WorkerBindings,
): { embedder: EmbedderChoice; vectors: VectorIndex; db: D1DatabaseLike; mode: "d1" } | null {
  if (!env.CORPUS_DB) return null;
  if (!env.VECTORIZE) {
    throw new ConfigError("the CORPUS_DB binding (D1 scale mode) needs a VECTORIZE binding for the passages' vectors: uncomment [[vectorize]] in wrangler.toml");
  }
  const embedder = chooseEmbedder(config, env);
  const vectors = new VectorizeVectorIndex(env.VECTORIZE, { metric: "cosine", dimensions: embedder.dimensions });
  return { embedder, vectors, db: env.CORPUS_DB, mode: "d1" };
}
