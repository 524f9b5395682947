/**
 * The embedder chosen by config, as a LangChain `Embeddings`, with the id the index manifest records.
 * A plain switch over the parsed config; node-only providers are added by the Node entry (see embeddings-node.ts).
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Config } from "../config.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { lazyEmbeddings } from "./lazy-embeddings.js";

export interface EmbedderChoice {
  embeddings: EmbeddingsInterface;
  /** Recorded in the manifest: a different id means the index must be rebuilt. */
  id: string;
}

export function createEmbeddings(config: Config): EmbedderChoice {
  switch (config.EMBEDDINGS_PROVIDER) {
    case "local": {
      const local = new LocalEmbeddings();
      return { embeddings: local, id: local.id };
    }
    case "openai": {
      const model = config.EMBEDDINGS_MODEL ?? "text-embedding-3-small";
      const embeddings = lazyEmbeddings(async () => new (await import("@langchain/openai")).OpenAIEmbeddings({
        model,
        apiKey: config.EMBEDDINGS_API_KEY ?? "not-needed",
        configuration: config.EMBEDDINGS_BASE_URL ? { baseURL: config.EMBEDDINGS_BASE_URL } : undefined,
        maxRetries: 2,
      }));
      return { embeddings, id: `openai:${config.EMBEDDINGS_BASE_URL ?? "default"}:${model}` };
    }
    default:
      throw new Error(`EMBEDDINGS_PROVIDER=${config.EMBEDDINGS_PROVIDER} is not available in this runtime`);
  }
}
