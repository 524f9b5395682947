/**
 * The D1 adapter, run against a small fake D1 built on better-sqlite3 (in memory), so the same SQL that runs on
 * Workers is exercised here: migrations on first use, inserts, listings, and that a second isolate changes nothing.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createD1FeedbackStore, migrateD1, type D1DatabaseLike, type D1StatementLike } from "../../src/feedback/d1-feedback-store.js";

class FakeStatement implements D1StatementLike {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: string,
    private readonly params: unknown[] = [],
    private readonly calls?: string[],
  ) {}
  bind(...values: unknown[]): D1StatementLike {
    return new FakeStatement(this.db, this.sql, values, this.calls);
  }
  runSync(): { results: Record<string, unknown>[] } {
    this.calls?.push(this.sql);
    const stmt = this.db.prepare(this.sql);
    if (stmt.reader) return { results: stmt.all(...this.params) as Record<string, unknown>[] };
    stmt.run(...this.params);
    return { results: [] };
  }
  async run() {
    return { success: true, ...this.runSync() };
  }
  async all<T>() {
    return this.runSync() as { results: T[] };
  }
  async first<T>() {
    return ((this.runSync().results[0] as T | undefined) ?? null) as T | null;
  }
}

function fakeD1(db = new Database(":memory:"), calls?: string[]): D1DatabaseLike & { db: Database.Database } {
  return {
    db,
    prepare: (sql) => new FakeStatement(db, sql, [], calls),
    // D1 runs a batch as one transaction: so does the fake.
    batch: async (stmts) => db.transaction(() => stmts.map((s) => (s as FakeStatement).runSync()))(),
    exec: async (sql) => db.exec(sql),
  };
}

const timings = { retrieveMs: 1, generateMs: 2, totalMs: 3 };

describe("the D1 feedback store", () => {
  it("creates its tables on first use and stores and lists feedback, newest first", async () => {
    const d1 = fakeD1();
    const store = createD1FeedbackStore(d1);
    const first = await store.addFeedback({
      rating: "up", question: "广州的通风廊道有几条?", answer: "广州规划了通风廊道。[1]", lang: "zh", mode: "llm",
      citations: ["a", "b"], timings,
    });
    const second = await store.addFeedback({
      rating: "down", comment: "too short", question: "Q", answer: "A", lang: "en", mode: "extractive", citations: [],
    });
    expect(second).toBe(first + 1);
    const list = await store.listFeedback(10);
    expect(list.map((r) => r.id)).toEqual([second, first]);
    expect(list[1]).toMatchObject({ rating: "up", citations: ["a", "b"], timings, question: "广州的通风廊道有几条?" });
    expect(list[0]).toMatchObject({ comment: "too short", citations: [] });
    expect(list[0]!.timings).toBeUndefined();
    expect(await store.listFeedback(1)).toHaveLength(1);
  });

  it("logs questions", async () => {
    const store = createD1FeedbackStore(fakeD1());
    await store.logQuestion({ question: "How does Qingdao monitor energy use?", lang: "en", answerable: true, mode: "extractive", timings });
    await store.logQuestion({ question: "秘鲁首都?", lang: "zh", answerable: false, mode: "extractive", timings });
    const rows = await store.listQuestions(10);
    expect(rows.map((r) => [r.question, r.answerable])).toEqual([["秘鲁首都?", false], ["How does Qingdao monitor energy use?", true]]);
    expect(rows[0]!.createdAt).toMatch(/Z$/);
  });

  it("migrates once per isolate, and a second isolate finds nothing to do", async () => {
    const calls: string[] = [];
    const d1 = fakeD1(new Database(":memory:"), calls);
    const store = createD1FeedbackStore(d1);
    await Promise.all([store.listQuestions(1), store.listFeedback(1)]);
    await store.listQuestions(1);
    expect(calls.filter((s) => s.startsWith("CREATE TABLE IF NOT EXISTS feedback"))).toHaveLength(1);
    expect(await migrateD1(d1)).toEqual([]);
    expect(d1.db.prepare("SELECT version FROM schema_migrations").all()).toEqual([{ version: 1 }]);
  });

  it("retries the migration after a failure instead of remembering it", async () => {
    const d1 = fakeD1();
    let fail = true;
    const flaky: D1DatabaseLike = {
      ...d1,
      batch: async (s) => {
        if (fail) throw new Error("D1_ERROR: network");
        return d1.batch(s);
      },
    };
    const store = createD1FeedbackStore(flaky);
    await expect(store.listFeedback(1)).rejects.toThrow(/network/);
    fail = false;
    await expect(store.listFeedback(1)).resolves.toEqual([]);
  });
});
