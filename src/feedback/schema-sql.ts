/**
 * The feedback database's SQL, shared by the SQLite (Node) and D1 (Workers) adapters so both hold the same tables.
 * Migrations are numbered and append-only: never edit a released one, add the next. Every statement is idempotent
 * (IF NOT EXISTS, INSERT OR IGNORE), so two processes starting at once cannot break each other.
 */
import type { FeedbackInput, FeedbackRow, QuestionLogInput, QuestionRow } from "./feedback-store.js";

export interface Migration {
  version: number;
  /** One statement per entry: D1 prepares them one by one. */
  statements: string[];
}

const NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL DEFAULT ${NOW}
)`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment TEXT,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  lang TEXT NOT NULL,
  mode TEXT NOT NULL,
  citations TEXT NOT NULL DEFAULT '[]',
  retrieve_ms REAL,
  generate_ms REAL,
  total_ms REAL
)`,
      `CREATE TABLE IF NOT EXISTS questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  question TEXT NOT NULL,
  lang TEXT NOT NULL,
  answerable INTEGER NOT NULL,
  mode TEXT NOT NULL,
  retrieve_ms REAL NOT NULL,
  generate_ms REAL NOT NULL,
  total_ms REAL NOT NULL
)`,
      "CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at)",
      "CREATE INDEX IF NOT EXISTS questions_created_at ON questions (created_at)",
    ],
  },
];

export const SELECT_APPLIED_VERSIONS_SQL = "SELECT version FROM schema_migrations";
export const RECORD_MIGRATION_SQL = "INSERT OR IGNORE INTO schema_migrations (version) VALUES (?)";

export const INSERT_FEEDBACK_SQL = `INSERT INTO feedback
  (rating, comment, question, answer, lang, mode, citations, retrieve_ms, generate_ms, total_ms)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`;

export const INSERT_QUESTION_SQL = `INSERT INTO questions
  (question, lang, answerable, mode, retrieve_ms, generate_ms, total_ms)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** Newest first: an export with a limit keeps the most recent rows. */
export const LIST_FEEDBACK_SQL = "SELECT * FROM feedback ORDER BY id DESC LIMIT ?";
export const LIST_QUESTIONS_SQL = "SELECT * FROM questions ORDER BY id DESC LIMIT ?";

/** The migrations not yet applied, in order. */
export function pendingMigrations(applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  return MIGRATIONS.filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
}

export function feedbackParams(input: FeedbackInput): unknown[] {
  const t = input.timings;
  return [
    input.rating,
    input.comment ?? null,
    input.question,
    input.answer,
    input.lang,
    input.mode,
    JSON.stringify(input.citations),
    t?.retrieveMs ?? null,
    t?.generateMs ?? null,
    t?.totalMs ?? null,
  ];
}

export function questionParams(input: QuestionLogInput): unknown[] {
  const t = input.timings;
  return [input.question, input.lang, input.answerable ? 1 : 0, input.mode, t.retrieveMs, t.generateMs, t.totalMs];
}

type Row = Record<string, unknown>;

function citationList(raw: unknown): string[] {
  try {
    const list = JSON.parse(String(raw ?? "[]"));
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}

export function toFeedbackRow(r: Row): FeedbackRow {
  const row: FeedbackRow = {
    id: Number(r.id),
    createdAt: String(r.created_at),
    rating: r.rating as FeedbackRow["rating"],
    question: String(r.question),
    answer: String(r.answer),
    lang: r.lang as FeedbackRow["lang"],
    mode: r.mode as FeedbackRow["mode"],
    citations: citationList(r.citations),
  };
  if (r.comment != null) row.comment = String(r.comment);
  if (r.total_ms != null) {
    row.timings = { retrieveMs: Number(r.retrieve_ms), generateMs: Number(r.generate_ms), totalMs: Number(r.total_ms) };
  }
  return row;
}

export function toQuestionRow(r: Row): QuestionRow {
  return {
    id: Number(r.id),
    createdAt: String(r.created_at),
    question: String(r.question),
    lang: r.lang as QuestionRow["lang"],
    answerable: Number(r.answerable) === 1,
    mode: r.mode as QuestionRow["mode"],
    timings: { retrieveMs: Number(r.retrieve_ms), generateMs: Number(r.generate_ms), totalMs: Number(r.total_ms) },
  };
}
