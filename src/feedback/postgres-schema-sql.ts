/**
 * The feedback database's SQL for PostgreSQL: the same two tables, columns and row shapes as schema-sql.ts
 * (SQLite and D1), written in PostgreSQL's dialect ($n parameters, identity columns, timestamptz). The rows are
 * read back through schema-sql.ts's toFeedbackRow/toQuestionRow, so every store exports the same JSON and CSV.
 * Migrations are numbered and append-only, like the SQLite ones.
 */
import type { Migration } from "./schema-sql.js";

export const PG_MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/**
 * Replicas starting at once must not run a migration twice: each takes this transaction-scoped advisory lock
 * first (an arbitrary constant of our own; the lock is released at commit).
 */
export const PG_MIGRATION_LOCK_SQL = "SELECT pg_advisory_xact_lock(715002015)";

export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE IF NOT EXISTS feedback (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment TEXT,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  lang TEXT NOT NULL,
  mode TEXT NOT NULL,
  citations TEXT NOT NULL DEFAULT '[]',
  retrieve_ms DOUBLE PRECISION,
  generate_ms DOUBLE PRECISION,
  total_ms DOUBLE PRECISION
)`,
      `CREATE TABLE IF NOT EXISTS questions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  question TEXT NOT NULL,
  lang TEXT NOT NULL,
  answerable INTEGER NOT NULL,
  mode TEXT NOT NULL,
  retrieve_ms DOUBLE PRECISION NOT NULL,
  generate_ms DOUBLE PRECISION NOT NULL,
  total_ms DOUBLE PRECISION NOT NULL
)`,
      "CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at)",
      "CREATE INDEX IF NOT EXISTS questions_created_at ON questions (created_at)",
    ],
  },
];

export const PG_SELECT_APPLIED_VERSIONS_SQL = "SELECT version FROM schema_migrations";
export const PG_RECORD_MIGRATION_SQL = "INSERT INTO schema_migrations (version) VALUES ($1) ON CONFLICT DO NOTHING";

export const PG_INSERT_FEEDBACK_SQL = `INSERT INTO feedback
  (rating, comment, question, answer, lang, mode, citations, retrieve_ms, generate_ms, total_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`;

export const PG_INSERT_QUESTION_SQL = `INSERT INTO questions
  (question, lang, answerable, mode, retrieve_ms, generate_ms, total_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** created_at in the same ISO form SQLite's strftime default writes (milliseconds, UTC, "Z"). */
const CREATED_AT = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;

/** Newest first: an export with a limit keeps the most recent rows. */
export const PG_LIST_FEEDBACK_SQL = `SELECT id, ${CREATED_AT}, rating, comment, question, answer, lang, mode, citations,
  retrieve_ms, generate_ms, total_ms FROM feedback ORDER BY id DESC LIMIT $1`;
export const PG_LIST_QUESTIONS_SQL = `SELECT id, ${CREATED_AT}, question, lang, answerable, mode,
  retrieve_ms, generate_ms, total_ms FROM questions ORDER BY id DESC LIMIT $1`;
