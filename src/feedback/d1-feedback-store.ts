/**
 * The feedback store on Workers: the same SQL as SQLite, through a D1 binding. The interfaces below are the part
 * of D1's API this adapter uses, so the core needs no Cloudflare types; a real `D1Database` satisfies them.
 * A Worker cannot await at start, so the migrations run on first use, once per isolate.
 */
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

export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  run(): Promise<unknown>;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
}

export interface D1DatabaseLike {
  prepare(sql: string): D1StatementLike;
  /** Runs the statements in one transaction. */
  batch(statements: D1StatementLike[]): Promise<unknown[]>;
  exec(sql: string): Promise<unknown>;
}

/** Applies the pending migrations; each one is a single batch (a transaction on D1). */
export async function migrateD1(db: D1DatabaseLike): Promise<number[]> {
  await db.prepare(MIGRATIONS_TABLE_SQL).run();
  const { results } = await db.prepare(SELECT_APPLIED_VERSIONS_SQL).all<{ version: number }>();
  const pending = pendingMigrations(results.map((r) => Number(r.version)));
  for (const m of pending) {
    await db.batch([...m.statements.map((sql) => db.prepare(sql)), db.prepare(RECORD_MIGRATION_SQL).bind(m.version)]);
  }
  return pending.map((m) => m.version);
}

export function createD1FeedbackStore(db: D1DatabaseLike): FeedbackStore {
  let ready: Promise<unknown> | null = null;
  const migrated = () => {
    // A failed migration is retried on the next call rather than remembered forever.
    ready ??= migrateD1(db).catch((err) => {
      ready = null;
      throw err;
    });
    return ready;
  };

  return {
    async addFeedback(input) {
      await migrated();
      const row = await db.prepare(INSERT_FEEDBACK_SQL).bind(...feedbackParams(input)).first<{ id: number }>();
      return Number(row?.id);
    },
    async logQuestion(input) {
      await migrated();
      await db.prepare(INSERT_QUESTION_SQL).bind(...questionParams(input)).run();
    },
    async listFeedback(limit) {
      await migrated();
      const { results } = await db.prepare(LIST_FEEDBACK_SQL).bind(limit).all();
      return results.map(toFeedbackRow);
    },
    async listQuestions(limit) {
      await migrated();
      const { results } = await db.prepare(LIST_QUESTIONS_SQL).bind(limit).all();
      return results.map(toQuestionRow);
    },
  };
}
