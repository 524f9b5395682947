/**
 * Multilingual embeddings from Workers AI (scale mode), through LangChain's own CloudflareWorkersAIEmbeddings over
 * the AI binding. The binding is wrapped to check the answer's shape and to turn a failure into 502 upstream_error,
 * so a Workers AI outage reads as such instead of an internal error or a vector of `undefined`.
 *
 * Default model: @cf/baai/bge-m3 (1024 dimensions, multilingual: Chinese and English in one space).
 * The same wrapper serves the vectorize:sync CLI with a REST-backed binding, so passages and questions are embedded
 * by the same code.
 */
import type { Ai } from "@cloudflare/workers-types";
import { CloudflareWorkersAIEmbeddings } from "@langchain/cloudflare";
import { AppError } from "../errors.js";
import type { EmbedderChoice } from "../providers/embeddings.js";
import type { WorkersAiBinding } from "../providers/workers-ai-chat.js";

export const DEFAULT_WORKERS_AI_EMBEDDING_MODEL = "@cf/baai/bge-m3";

/** Output sizes of the Workers AI text-embedding models, for creating the Vectorize index to match. */
export const WORKERS_AI_EMBEDDING_DIMENSIONS: Record<string, number> = {
  "@cf/baai/bge-m3": 1024,
  "@cf/baai/bge-large-en-v1.5": 1024,
  "@cf/baai/bge-base-en-v1.5": 768,
  "@cf/baai/bge-small-en-v1.5": 384,
};

export type WorkersAiEmbedderChoice = EmbedderChoice & { dimensions: number | undefined };

export interface WorkersAiEmbeddingsOptions {
  /** A question waits for at most one retry by default; the sync CLI allows more. */
  maxRetries?: number;
  /** Model calls at once (LangChain sends every 50-text chunk of a batch in parallel otherwise). */
  maxConcurrency?: number;
}

export function createWorkersAiEmbeddings(
  binding: WorkersAiBinding,
  model = DEFAULT_WORKERS_AI_EMBEDDING_MODEL,
  options: WorkersAiEmbeddingsOptions = {},
): WorkersAiEmbedderChoice {
  const embeddings = new CloudflareWorkersAIEmbeddings({
    binding: checkedBinding(binding) as unknown as Ai,
    model,
    maxRetries: options.maxRetries ?? 1,
    ...(options.maxConcurrency ? { maxConcurrency: options.maxConcurrency } : {}),
  });
  return { embeddings, id: `workers-ai:${model}`, dimensions: WORKERS_AI_EMBEDDING_DIMENSIONS[model] };
}

/** `{ shape: [n, d], data: number[][] }`: the answer of a text-embedding model to `{ text: [...] }`. */
function checkedBinding(binding: WorkersAiBinding): WorkersAiBinding {
  return {
    async run(model, inputs) {
      let result: unknown;
      try {
        result = await binding.run(model, inputs);
      } catch (err) {
        throw new AppError("upstream_error", `Workers AI embedding failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      const data = (result as { data?: unknown } | null)?.data;
      const texts = (inputs as { text?: unknown[] }).text ?? [];
      if (!Array.isArray(data) || data.length !== texts.length || !data.every((v) => Array.isArray(v) && v.length > 0)) {
        throw new AppError("upstream_error", `Workers AI model ${model} did not return one embedding per text`);
      }
      return result;
    },
  };
}
