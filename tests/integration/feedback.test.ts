/**
 * Feedback, question log and admin exports through the whole app (createApp with a real engine) and a real SQLite
 * file in a temporary folder, read back with better-sqlite3 directly.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/app-types.js";
import type { Engine } from "../../src/engine.js";
import type { FeedbackInput, FeedbackStore } from "../../src/feedback/feedback-store.js";
import { logAnsweredQuestion } from "../../src/feedback/question-log.js";
import { createSqliteFeedbackStore, type SqliteFeedbackStore } from "../../src/feedback/sqlite-feedback-store.js";
import { mountFeedbackRoutes } from "../../src/routes/feedback.js";
import { createTestDeps, sharedTestEngine } from "../helpers/test-engine.js";

const TOKEN = "s3cret-admin-token";
let dir: string;
let store: SqliteFeedbackStore;
let engine: Engine;

function appWith(overrides: Partial<AppDeps> = {}) {
  return createApp(
    createTestDeps(engine, {
      feedback: store,
      adminToken: TOKEN,
      onAnswered: logAnsweredQuestion(store, () => {}),
      extraRoutes: [mountFeedbackRoutes],
      ...overrides,
    }),
  );
}

function rows(sql: string): Record<string, unknown>[] {
  const db = new Database(store.path, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const feedback = (over: Partial<FeedbackInput> = {}): FeedbackInput => ({
  rating: "down",
  comment: "数字不对 — wrong figure",
  question: "深圳建成了多少座超充站?",
  answer: "深圳已累计建成超充站1055座。[1]",
  lang: "zh",
  mode: "extractive",
  citations: ["cities-climate-action-abc"],
  timings: { retrieveMs: 3.5, generateMs: 10, totalMs: 14 },
  ...over,
});

function post(app: ReturnType<typeof appWith>, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const admin = (app: ReturnType<typeof appWith>, path: string, token: string | null = TOKEN) =>
  app.request(path, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "feedback-it-"));
  store = createSqliteFeedbackStore(join(dir, "nested", "data"));
  engine = await sharedTestEngine();
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the SQLite database", () => {
  it("is a WAL-mode file in DATA_DIR with its migrations recorded, and opening it again changes nothing", () => {
    expect(store.path).toBe(join(dir, "nested", "data", "feedback.sqlite"));
    const db = new Database(store.path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    const again = createSqliteFeedbackStore(join(dir, "nested", "data"));
    again.close();
    expect(rows("SELECT version FROM schema_migrations")).toEqual([{ version: 1 }]);
  });

  it("never has a column for the client's address", () => {
    const columns = rows("SELECT name FROM pragma_table_info('questions') UNION SELECT name FROM pragma_table_info('feedback')");
    expect(columns.map((c) => c.name)).not.toContainEqual(expect.stringMatching(/ip|addr|agent/i));
  });
});

describe("POST /api/feedback", () => {
  it("stores a thumbs-down with its comment, question, answer, citations, mode and timings: 201 { id }", async () => {
    const res = await post(appWith(), "/api/feedback", feedback());
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect(id).toBeGreaterThan(0);
    const [row] = rows(`SELECT * FROM feedback WHERE id = ${id}`);
    expect(row).toMatchObject({
      rating: "down",
      comment: "数字不对 — wrong figure",
      question: "深圳建成了多少座超充站?",
      answer: "深圳已累计建成超充站1055座。[1]",
      lang: "zh",
      mode: "extractive",
      citations: '["cities-climate-action-abc"]',
      retrieve_ms: 3.5,
      total_ms: 14,
    });
    expect(String(row!.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("accepts feedback without comment or timings", async () => {
    const { comment: _c, timings: _t, ...bare } = feedback({ rating: "up" });
    const res = await post(appWith(), "/api/feedback", bare);
    expect(res.status).toBe(201);
  });

  it("answers 400 invalid_request naming the field for a bad rating or a missing question", async () => {
    const res = await post(appWith(), "/api/feedback", { ...feedback(), rating: "meh", question: undefined });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.details.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["rating", "question"]));
  });

  it("answers 400 on malformed JSON and 415 on a form body, in the JSON error shape", async () => {
    const bad = await post(appWith(), "/api/feedback", "{not json");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    const form = await post(appWith(), "/api/feedback", "rating=up", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });

  it("answers 405 with an Allow header to other methods, on feedback and the exports alike", async () => {
    const app = appWith();
    const get = await app.request("/api/feedback");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(((await get.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    const del = await app.request("/api/admin/feedback", { method: "DELETE", headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toMatch(/^GET/);
  });

  it("answers 404 not_found when the server keeps no feedback", async () => {
    const res = await post(appWith({ feedback: undefined }), "/api/feedback", feedback());
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("the question log", () => {
  it("logs each answered question (JSON and streamed), without the client's address", async () => {
    const app = appWith();
    const before = rows("SELECT COUNT(*) AS n FROM questions")[0]!.n as number;
    const json = await post(app, "/api/chat", { question: "深圳建成了多少座超充站?" }, { "X-Forwarded-For": "203.0.113.9" });
    expect(json.status).toBe(200);
    const streamed = await post(app, "/api/chat", { question: "How many supercharging stations has Shenzhen built?", stream: true });
    expect(await streamed.text()).toContain("event: done");
    const logged = rows(`SELECT * FROM questions ORDER BY id LIMIT -1 OFFSET ${before}`);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ question: "深圳建成了多少座超充站?", lang: "zh", answerable: 1, mode: "extractive" });
    expect(logged[1]).toMatchObject({ question: "How many supercharging stations has Shenzhen built?", lang: "en" });
    expect(logged[0]!.total_ms as number).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(logged)).not.toContain("203.0.113.9");
  });

  it("logs an unanswerable question as such", async () => {
    await post(appWith(), "/api/chat", { question: "What is the capital of Peru?" });
    const [last] = rows("SELECT * FROM questions ORDER BY id DESC LIMIT 1");
    expect(last).toMatchObject({ question: "What is the capital of Peru?", answerable: 0 });
  });

  it("never fails the chat when the database does", async () => {
    const broken: FeedbackStore = {
      addFeedback: async () => 0,
      logQuestion: async () => {
        throw new Error("disk I/O error");
      },
      listFeedback: async () => [],
      listQuestions: async () => [],
    };
    const logged: unknown[] = [];
    const app = appWith({ feedback: broken, onAnswered: logAnsweredQuestion(broken, (r) => logged.push(r)) });
    const res = await post(app, "/api/chat", { question: "深圳建成了多少座超充站?" });
    expect(res.status).toBe(200);
    expect(logged).toEqual([expect.objectContaining({ level: "error", msg: "question log failed", error: "disk I/O error" })]);
  });
});

describe("GET /api/admin/feedback and /api/admin/questions", () => {
  it("export JSON by default, newest first, without caching", async () => {
    const app = appWith();
    await post(app, "/api/feedback", feedback({ comment: "latest one" }));
    const res = await admin(app, "/api/admin/feedback");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { count: number; items: { comment?: string; citations: string[]; timings?: object }[] };
    expect(body.count).toBe(body.items.length);
    expect(body.items[0]).toMatchObject({ comment: "latest one", citations: ["cities-climate-action-abc"], rating: "down" });
    expect(body.items[0]!.timings).toEqual({ retrieveMs: 3.5, generateMs: 10, totalMs: 14 });

    const questions = (await (await admin(app, "/api/admin/questions?format=json")).json()) as { items: { answerable: boolean }[] };
    expect(questions.items.length).toBeGreaterThan(0);
    expect(typeof questions.items[0]!.answerable).toBe("boolean");
  });

  it("export CSV with a header row, RFC 4180 quoting and formula injection neutralised", async () => {
    const app = appWith();
    await post(app, "/api/feedback", feedback({ comment: '=HYPERLINK("http://evil","x"), and\n"quoted"' }));
    const res = await admin(app, "/api/admin/feedback?format=csv&limit=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="feedback-\d{4}-\d\d-\d\d\.csv"$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFFid,created_at,rating,comment,question,answer,lang,mode,citations,retrieve_ms,generate_ms,total_ms\r\n")).toBe(true);
    expect(text).toContain(`,down,"'=HYPERLINK(""http://evil"",""x""), and\n""quoted""",深圳建成了多少座超充站?,`);
    expect(text.endsWith(",3.5,10,14\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(3); // header, one row, the empty tail

    const q = await admin(app, "/api/admin/questions?format=csv");
    expect(await q.text()).toMatch(/^\uFEFF?id,created_at,question,lang,answerable,mode,retrieve_ms,generate_ms,total_ms\r\n\d+,/);
  });

  it("answer 401 unauthorized in the JSON error shape, with WWW-Authenticate, without the right token", async () => {
    const app = appWith();
    for (const token of [null, "wrong", `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const res = await admin(app, "/api/admin/feedback", token);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="admin"/);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unauthorized");
      expect(JSON.stringify(body)).not.toContain(TOKEN);
    }
    const basic = await app.request("/api/admin/questions?format=csv", { headers: { Authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } });
    expect(basic.status).toBe(401);
  });

  it("accept the scheme in any case", async () => {
    const res = await appWith().request("/api/admin/questions", { headers: { Authorization: `bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it("answer 404 not_found when ADMIN_TOKEN is unset, whatever the token", async () => {
    const app = appWith({ adminToken: undefined });
    for (const path of ["/api/admin/feedback", "/api/admin/questions?format=csv"]) {
      const res = await admin(app, path, "anything");
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("answer 400 invalid_request on a bad format or limit", async () => {
    const app = appWith();
    for (const query of ["format=xml", "limit=0", "limit=10001", "limit=abc", "limit=1.5"]) {
      const res = await admin(app, `/api/admin/feedback?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    }
  });

  it("honour the limit", async () => {
    const app = appWith();
    for (let i = 0; i < 3; i++) await post(app, "/api/feedback", feedback({ comment: `n${i}` }));
    const body = (await (await admin(app, "/api/admin/feedback?limit=2")).json()) as { items: { comment: string }[] };
    expect(body.items.map((r) => r.comment)).toEqual(["n2", "n1"]);
  });
});
