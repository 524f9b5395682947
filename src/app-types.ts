/**
 * What createApp needs from its runtime. Entries (Node, Worker, tests) build these and pass them in;
 * the app imports no runtime of its own.
 */
import type { Context } from "hono";
import type { Engine } from "./engine.js";
import type { FeedbackStore } from "./feedback/feedback-store.js";
import type { ChatAnswer, ChatRequest } from "./schemas.js";

export interface AssetSource {
  /** The static file at a path like "/app.js", or null when there is none. */
  get(path: string): Promise<{ body: BodyInit; contentType: string } | null>;
}

export type LogRecord = Record<string, unknown> & { level: "info" | "error" | "warn"; msg: string };

export interface AppDeps {
  /** The engine once the index is loaded; null while it is being built (routes answer 503). */
  getEngine(): Engine | null;
  info: { embedder: string; llm: string };
  assets: AssetSource;
  /** The API page's Swagger UI files (/docs/…); unset = looked up in `assets` (the Worker's static assets). */
  docsAssets?: AssetSource;
  /** Maximum request body in bytes. */
  maxBodyBytes?: number;
  /** Origins allowed by CORS (CORS_ORIGINS); empty or unset = CORS off. */
  corsOrigins?: string[];
  log?: (record: LogRecord) => void;
  /** Admission control for chat (rate limit, model-call queue); returns a release callback. */
  admitChat?: (c: Context<AppEnv>) => Promise<(() => void) | undefined>;
  /** Called with each finished answer (the question log). */
  onAnswered?: (request: ChatRequest, answer: ChatAnswer) => Promise<void> | void;
  /** Feedback and question log (SQLite on Node, D1 on Workers); without it /api/feedback answers 404. */
  feedback?: FeedbackStore;
  /** Bearer token of the admin routes; unset = admin routes answer 404. */
  adminToken?: string;
  /** MCP_TOKEN: bearer token of /mcp; unset = /mcp is open. */
  mcpToken?: string;
  /** Metrics recorder (prom-client on Node); unset = nothing recorded and /metrics answers 404. */
  metrics?: import("./metrics/metrics.js").Metrics;
  /** METRICS_TOKEN: bearer token of /metrics; unset = /metrics is open. */
  metricsToken?: string;
  /** Why the service is degraded when its index holds no passage (GET /healthz `reason`); a default otherwise. */
  degradedReason?: () => string | undefined;
  /** Runs the incremental ingest and swaps the new index in (POST /api/admin/reindex); unset = 404 there. */
  reindex?: () => Promise<ReindexReport>;
  /** Extra routes a runtime adds (admin exports, feedback, OpenAI-compatible endpoint). */
  extraRoutes?: Array<(app: import("hono").Hono<AppEnv>) => void>;
}

export type AppEnv = { Variables: { deps: AppDeps; requestId: string } };

/** What POST /api/admin/reindex answers: what the ingest read, merged and skipped, and how long it took. */
export interface ReindexReport {
  documents: number;
  passages: number;
  duplicatesMerged: number;
  skipped: { doc: string; reason: string }[];
  /** Passages embedded in this build (the rest kept their vectors). */
  embedded: number;
  ms: number;
  /** Set when nothing usable was indexed (the service then reports itself degraded). */
  empty?: string;
}
