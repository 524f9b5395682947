/**
 * The Worker's `env`: bindings declared in wrangler.toml, plus [vars] and secrets (read only through parseConfig).
 * Each binding is typed by the part of its interface the adapters use, so neither the core nor the tests need
 * @cloudflare/workers-types; the real bindings satisfy these shapes.
 */
import type { D1DatabaseLike } from "../feedback/d1-feedback-store.js";
import type { RateLimitBinding } from "../middleware/workers-rate-limit.js";
import type { WorkersAiBinding } from "../providers/workers-ai-chat.js";
import type { AssetsBinding } from "./assets.js";
import type { VectorizeBinding } from "./vectorize-vector-index.js";

export interface WorkerBindings {
  /** Static assets: the web chat (src/web/static). */
  ASSETS?: AssetsBinding;
  /** Workers AI: bge-m3 embeddings (EMBEDDINGS_PROVIDER=workers-ai) and answers (LLM_PROVIDER=workers-ai). */
  AI?: WorkersAiBinding;
  /** Vectorize index of the passages' vectors: its presence selects scale mode. */
  VECTORIZE?: VectorizeBinding;
  /**
   * D1 database holding the corpus (passages, catalogue, BM25 postings; filled by npm run cloudflare:sync). With
   * VECTORIZE it selects the D1 scale mode, in which the isolate holds nothing that grows with the corpus.
   */
  CORPUS_DB?: D1DatabaseLike;
  /** D1 database for feedback and the question log; without it /api/feedback answers 404. */
  DB?: D1DatabaseLike;
  /** Rate Limiting binding for /api/chat and /v1/chat/completions; without it chat is not rate limited. */
  CHAT_RATE_LIMITER?: RateLimitBinding;
}

/** Bindings by name, and string vars/secrets by name. */
export type WorkerEnv = WorkerBindings & Record<string, unknown>;
