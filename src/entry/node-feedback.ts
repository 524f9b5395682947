/**
 * Which feedback store the Node server uses: PostgreSQL when DATABASE_URL is set (replicas share it), else the
 * SQLite file in DATA_DIR. The database password is returned as a secret so the redactor keeps it out of logs.
 */
import type { LogRecord } from "../app-types.js";
import type { Config } from "../config.js";
import type { FeedbackStore } from "../feedback/feedback-store.js";
import { createPostgresFeedbackStore } from "../feedback/postgres-feedback-store.js";
import { createSqliteFeedbackStore } from "../feedback/sqlite-feedback-store.js";

export interface NodeFeedback {
  store: FeedbackStore;
  /** "postgres" or "sqlite", for the start-up log line. */
  kind: "postgres" | "sqlite";
  close(): Promise<void>;
}

export function createNodeFeedback(config: Pick<Config, "DATABASE_URL" | "DATA_DIR">, log: (r: LogRecord) => void): NodeFeedback {
  if (!config.DATABASE_URL) {
    const store = createSqliteFeedbackStore(config.DATA_DIR);
    return { store, kind: "sqlite", close: async () => store.close() };
  }
  const store = createPostgresFeedbackStore(config.DATABASE_URL);
  // Migrate at start so a wrong URL shows at once; an unreachable database is retried on each write, not fatal,
  // since answers do not depend on it.
  store.migrate().catch((err: unknown) =>
    log({ level: "error", msg: "PostgreSQL (DATABASE_URL) not usable yet", error: err instanceof Error ? err.message : String(err) }),
  );
  return { store, kind: "postgres", close: () => store.close() };
}

/** The password in DATABASE_URL, if any: a secret for the log redactor. */
export function databaseSecrets(config: Pick<Config, "DATABASE_URL">): string[] {
  if (!config.DATABASE_URL) return [];
  try {
    const password = decodeURIComponent(new URL(config.DATABASE_URL).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
}
