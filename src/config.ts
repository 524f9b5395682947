/**
 * The service's configuration: the zod schema of its environment variables.
 * `parseConfig` is the only reader of the environment; entries pass it `process.env` or the Worker's `env`.
 */
import { z } from "zod";
import { DEFAULT_RETRIEVAL_CACHE_SIZE } from "./retrieval/hybrid.js";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const int = (min: number, max: number, def: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(def));

export const ConfigSchema = z.object({
  /** Port of the Node server. */
  PORT: int(0, 65535, 8787),
  /** Interface of the Node server; loopback by default so nothing is exposed by accident. */
  HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
  /** Folder of source documents (*.txt). */
  CORPUS_DIR: z.preprocess(emptyToUndefined, z.string().default("corpus")),
  /** Folder of the built index. */
  INDEX_DIR: z.preprocess(emptyToUndefined, z.string().default("index")),
  /** Folder of the SQLite database (feedback, question log). */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("data")),
  /**
   * PostgreSQL for feedback and the question log (postgres://user:pass@host:port/db), shared by several Node
   * replicas; unset = SQLite in DATA_DIR.
   */
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL").optional(),
  ),
  EMBEDDINGS_PROVIDER: z.preprocess(
    emptyToUndefined,
    z.enum(["local", "openai", "transformers", "workers-ai"]).default("local"),
  ),
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  EMBEDDINGS_API_KEY: optionalString,
  LLM_PROVIDER: z.preprocess(emptyToUndefined, z.enum(["none", "openai", "anthropic", "workers-ai"]).default("none")),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  LLM_API_KEY: optionalString,
  /** Past this, the answer falls back to extractive with a warning. */
  LLM_TIMEOUT_MS: int(100, 600_000, 30_000),
  /** Model calls running at once; more wait in a bounded queue. */
  LLM_MAX_CONCURRENCY: int(1, 1000, 8),
  /** Model calls allowed to wait; past it, 503 not_ready. */
  LLM_QUEUE_SIZE: int(0, 100_000, 64),
  /** Chat requests per minute per client; 0 turns the limit off. */
  RATE_LIMIT_RPM: int(0, 1_000_000, 60),
  /** Bearer token of the admin routes; unset = admin routes answer 404. */
  ADMIN_TOKEN: optionalString,
  /** Bearer token of /mcp; unset = /mcp is open (like the rest of the read-only API). */
  MCP_TOKEN: optionalString,
  /** Bearer token of /metrics; unset = /metrics is open. */
  METRICS_TOKEN: optionalString,
  /** Comma-separated origins allowed by CORS; unset = CORS off. */
  CORS_ORIGINS: optionalString,
  /** For npm run vectorize:sync (the names wrangler reads). */
  CLOUDFLARE_ACCOUNT_ID: optionalString,
  CLOUDFLARE_API_TOKEN: optionalString,
  /**
   * Exact vector search (built-in embedder) on a second thread, beside keyword search: "auto" from
   * SEARCH_THREAD_MIN_PASSAGES passages on, where it halves hybrid latency; "on" always; "off" never.
   */
  VECTOR_SEARCH_THREAD: z.preprocess(emptyToUndefined, z.enum(["auto", "on", "off"]).default("auto")),
  /** Recent retrievals kept in memory, so a question asked again is answered without searching; 0 turns it off. */
  RETRIEVAL_CACHE_SIZE: int(0, 1_000_000, DEFAULT_RETRIEVAL_CACHE_SIZE),
  /** Extra glossary files (comma-separated JSON paths, the shape of src/retrieval/data/*.json), added to the shipped ones. */
  GLOSSARY_FILES: optionalString,
  /** Request log lines: "info" logs each request, "warn" warnings (skipped corpus files) and errors, "silent" none. */
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["silent", "error", "warn", "info"]).default("info")),
  /** 1: watch the corpus folder and reindex (debounced) when documents change, without a restart. */
  CORPUS_WATCH: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).default("0")),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment once; a wrong value throws a message naming the variable and what is allowed. */
export function parseConfig(raw: Record<string, unknown>): Config {
  const result = ConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return `  ${name}=${JSON.stringify(raw[name] ?? null)}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

/** The list of CORS origins, or [] when CORS is off. */
export function corsOrigins(config: Config): string[] {
  return (config.CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
