/**
 * The feedback store on Node: a better-sqlite3 file database at `${dataDir}/feedback.sqlite`, in WAL mode so the
 * admin export can read while answers are being logged. Created and migrated when the store is made, at start.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FeedbackStore } from "./feedback-store.js";
import {
  INSERT_FEEDBACK_SQL,
  INSERT_QUESTION_SQL,
  LIST_FEEDBACK_SQL,
  LIST_QUESTIONS_SQL,
  MIGRATIONS_TABLE_SQL,
  RECORD_MIGRATION_SQL,
  SELECT_APPLIED_VERSIONS_SQL,
  feedbackParams,
  pendingMigrations,
  questionParams,
  toFeedbackRow,
  toQuestionRow,
} from "./schema-sql.js";

export const FEEDBACK_DB_FILE = "feedback.sqlite";

export type SqliteFeedbackStore = FeedbackStore & { readonly path: string; close(): void };

/** Applies the pending migrations in one transaction: a half-migrated database is never left behind. */
export function migrateSqlite(db: Database.Database): number[] {
  db.exec(MIGRATIONS_TABLE_SQL);
  return db.transaction(() => {
    const applied = db.prepare(SELECT_APPLIED_VERSIONS_SQL).pluck().all() as number[];
    const pending = pendingMigrations(applied);
    for (const m of pending) {
      for (const sql of m.statements) db.exec(sql);
      db.prepare(RECORD_MIGRATION_SQL).run(m.version);
    }
    return pending.map((m) => m.version);
  }).immediate();
}

export function createSqliteFeedbackStore(dataDir: string): SqliteFeedbackStore {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, FEEDBACK_DB_FILE);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  migrateSqlite(db);

  const insertFeedback = db.prepare(INSERT_FEEDBACK_SQL).pluck();
  const insertQuestion = db.prepare(INSERT_QUESTION_SQL);
  const listFeedback = db.prepare(LIST_FEEDBACK_SQL);
  const listQuestions = db.prepare(LIST_QUESTIONS_SQL);

  return {
    path,
    async addFeedback(input) {
      return Number(insertFeedback.get(...feedbackParams(input)));
    },
    async logQuestion(input) {
      insertQuestion.run(...questionParams(input));
    },
    async listFeedback(limit) {
      return (listFeedback.all(limit) as Record<string, unknown>[]).map(toFeedbackRow);
    },
    async listQuestions(limit) {
      return (listQuestions.all(limit) as Record<string, unknown>[]).map(toQuestionRow);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
