/**
 * The feedback store for several Node replicas: PostgreSQL through postgres.js, chosen by DATABASE_URL
 * (postgres://…). Every replica writes to and exports from the same tables, so an export by any of them is
 * complete. Migrations run once per process on first use (or at start through `migrate()`), under an advisory
 * lock so replicas starting together do not race; a failed migration is retried on the next call.
 */
import postgres from "postgres";
import type { FeedbackStore } from "./feedback-store.js";
import {
  PG_INSERT_FEEDBACK_SQL,
  PG_INSERT_QUESTION_SQL,
  PG_LIST_FEEDBACK_SQL,
  PG_LIST_QUESTIONS_SQL,
  PG_MIGRATION_LOCK_SQL,
  PG_MIGRATIONS,
  PG_MIGRATIONS_TABLE_SQL,
  PG_RECORD_MIGRATION_SQL,
  PG_SELECT_APPLIED_VERSIONS_SQL,
} from "./postgres-schema-sql.js";
import { feedbackParams, questionParams, toFeedbackRow, toQuestionRow } from "./schema-sql.js";

export type PostgresFeedbackStore = FeedbackStore & {
  /** Applies pending migrations now; resolves to the versions applied by this call. */
  migrate(): Promise<number[]>;
  close(): Promise<void>;
};

type Params = postgres.ParameterOrJSON<never>[];

export interface PostgresStoreOptions {
  /** Connections this process keeps at most (postgres.js opens them lazily). */
  maxConnections?: number;
}

export function createPostgresFeedbackStore(url: string, options: PostgresStoreOptions = {}): PostgresFeedbackStore {
  // onnotice: the "already exists, skipping" notices of IF NOT EXISTS are expected, not worth a log line.
  const sql = postgres(url, { max: options.maxConnections ?? 4, onnotice: () => {}, connect_timeout: 10 });
  let ready: Promise<number[]> | null = null;

  const migrate = (): Promise<number[]> =>
    sql.begin(async (tx) => {
      await tx.unsafe(PG_MIGRATION_LOCK_SQL);
      await tx.unsafe(PG_MIGRATIONS_TABLE_SQL);
      const applied = new Set((await tx.unsafe(PG_SELECT_APPLIED_VERSIONS_SQL)).map((r) => Number(r.version)));
      const done: number[] = [];
      for (const m of PG_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        for (const statement of m.statements) await tx.unsafe(statement);
        await tx.unsafe(PG_RECORD_MIGRATION_SQL, [m.version]);
        done.push(m.version);
      }
      return done;
    }) as Promise<number[]>;

  const migrated = () => {
    ready ??= migrate().catch((err) => {
      ready = null;
      throw err;
    });
    return ready;
  };

  return {
    migrate: migrated,
    async addFeedback(input) {
      await migrated();
      const [row] = await sql.unsafe(PG_INSERT_FEEDBACK_SQL, feedbackParams(input) as Params);
      return Number(row?.id);
    },
    async logQuestion(input) {
      await migrated();
      await sql.unsafe(PG_INSERT_QUESTION_SQL, questionParams(input) as Params);
    },
    async listFeedback(limit) {
      await migrated();
      return (await sql.unsafe(PG_LIST_FEEDBACK_SQL, [limit])).map(toFeedbackRow);
    },
    async listQuestions(limit) {
      await migrated();
      return (await sql.unsafe(PG_LIST_QUESTIONS_SQL, [limit])).map(toQuestionRow);
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
