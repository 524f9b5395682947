/**
 * The embedder the sync commands (vectorize:sync, cloudflare:sync) write passage vectors with: the one the Worker
 * will embed questions with (EMBEDDINGS_PROVIDER), over the Cloudflare REST API for Workers AI.
 */
import type { Config } from "../config.js";
import { createEmbeddings } from "../providers/embeddings.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import type { CloudflareApi } from "../worker/cloudflare-api.js";
import { DEFAULT_WORKERS_AI_EMBEDDING_MODEL, WORKERS_AI_EMBEDDING_DIMENSIONS, createWorkersAiEmbeddings } from "../worker/workers-ai-embeddings.js";

export interface SyncEmbedder {
  id: string;
  /** Known up front, or found by embedding one text (remote OpenAI-compatible models). */
  dimensions: number | null;
  embed(texts: string[]): Promise<number[][]>;
}

export function chooseSyncEmbedder(config: Config, api: CloudflareApi | null): SyncEmbedder {
  switch (config.EMBEDDINGS_PROVIDER) {
    case "local": {
      const local = new LocalEmbeddings();
      return { id: local.id, dimensions: local.dimensions, embed: async (texts) => texts.map((t) => Array.from(local.embed(t))) };
    }
    case "workers-ai": {
      const model = config.EMBEDDINGS_MODEL ?? DEFAULT_WORKERS_AI_EMBEDDING_MODEL;
      const dimensions = WORKERS_AI_EMBEDDING_DIMENSIONS[model] ?? null;
      if (!api) return { id: `workers-ai:${model}`, dimensions, embed: () => Promise.reject(new Error("no network in a dry run")) };
      const choice = createWorkersAiEmbeddings(api.aiBinding(), model, { maxRetries: 4, maxConcurrency: 4 });
      return { id: choice.id, dimensions, embed: (texts) => choice.embeddings.embedDocuments(texts) };
    }
    case "openai": {
      const choice = createEmbeddings(config);
      return { id: choice.id, dimensions: null, embed: (texts) => choice.embeddings.embedDocuments(texts) };
    }
    case "transformers":
      throw new Error("EMBEDDINGS_PROVIDER=transformers cannot run in a Worker, so its vectors could not be queried there");
  }
}

