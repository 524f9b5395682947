/**
 * Property-based fuzzing of every route through the whole app (a real engine over the seed corpus, SQLite feedback,
 * admin routes, the OpenAI-compatible routes, admission control, the hardening middleware): random JSON, wrong
 * types, huge strings, lone surrogates, control characters, deep nesting, random methods, paths, query strings and
 * headers. Every response must be below 500, every non-2xx response (bar the page and its files) must carry the
 * JSON error shape, every stream must end cleanly, and nothing may be logged as an unhandled error.
 * FUZZ_SEED=<n> replays a run; FUZZ_SCALE=<x> multiplies the number of runs.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { logAnsweredQuestion } from "../../src/feedback/question-log.js";
import { createSqliteFeedbackStore, type SqliteFeedbackStore } from "../../src/feedback/sqlite-feedback-store.js";
import { createAdmissionFromConfig } from "../../src/middleware/admission.js";
import { ErrorBodySchema } from "../../src/schemas.js";
import { createHardenedApp, type HardenedApp } from "../helpers/hardening-app.js";
import { readSse } from "../helpers/sse-client.js";
import { sharedTestEngine } from "../helpers/test-engine.js";

const ADMIN_TOKEN = "fuzz-admin-token-0123456789";
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const TIMEOUT = 180_000;

let engine: Engine;
let app: HardenedApp;
let store: SqliteFeedbackStore;
let dataDir: string;
let sent = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  engine = await sharedTestEngine();
  dataDir = mkdtempSync(join(tmpdir(), "cqa-fuzz-"));
  store = createSqliteFeedbackStore(dataDir);
  app = createHardenedApp(engine, {
    withAssets: true,
    corsOrigins: ["https://app.example"],
    deps: {
      feedback: store,
      adminToken: ADMIN_TOKEN,
      onAnswered: logAnsweredQuestion(store, () => {}),
      admitChat: createAdmissionFromConfig(
        { RATE_LIMIT_RPM: 1_000_000, LLM_MAX_CONCURRENCY: 4, LLM_QUEUE_SIZE: 10_000 },
        { clientKey: (c) => c.req.header("x-fuzz-client") },
      ),
    },
  });
});

afterAll(() => {
  store?.close();
  rmSync(dataDir, { recursive: true, force: true });
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  console.log(`fuzz: ${sent} requests; statuses ${byStatus}`);
});

// ---------- arbitraries ----------

const LONE_SURROGATES = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n));
const ODD = fc.constantFrom("\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\ufffd", "\uffff", "\u{1f600}", "\u{20000}");
const DOMAIN = fc.constantFrom(..."深圳上海北京武汉超充站碳达峰光伏氢能,。、“”【】Shenzhen Beijing 1,055 75.5% 133万 [1] [99] </source> {{question}} % & ? # / \\ \" ' <>");
const nastyUnit = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: LONE_SURROGATES },
  { weight: 2, arbitrary: CONTROL },
  { weight: 1, arbitrary: ODD },
  { weight: 5, arbitrary: DOMAIN },
);
const nasty = (maxLength = 60) => fc.string({ unit: nastyUnit, maxLength });
/** Long strings are repeats of a nasty piece (generating 300 KB unit by unit would be slow, and shrink worse). */
const huge = (min: number, max: number) =>
  fc.tuple(nasty(6).filter((s) => s.length > 0), fc.integer({ min, max })).map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
const anyString = fc.oneof({ weight: 6, arbitrary: nasty(80) }, { weight: 1, arbitrary: huge(1_000, 120_000) });

const deep = (depth: number, open: string, close: string, inner = "1") => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const deepJson = fc.integer({ min: 1, max: 30_000 }).chain((depth) =>
  fc.constantFrom(deep(depth, "[", "]"), deep(depth, '{"a":', "}"), deep(depth, "[{\"x\":", "}]"), `{"question":${deep(depth, "[", "]")}}`),
);

/** Any JSON value, weird strings included; nesting kept small here (deep nesting has its own generator). */
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, 2.5),
    anyString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nasty(10), fc.constantFrom("question", "k", "history", "stream", "lang", "__proto__", "constructor")), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** Maybe the right type, maybe not: so that validation passes often enough to reach the engine. */
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyJson });

const question = fc.oneof(
  { weight: 5, arbitrary: nasty(120) },
  { weight: 2, arbitrary: fc.constantFrom("深圳建成了多少座超充站?", "How many supercharging stations has Shenzhen built?", "Which city?", "它呢?", "What about Beijing?") },
  { weight: 1, arbitrary: huge(1_500, 2_100) },
);
const turn = fc.record({ role: maybe(fc.constantFrom("user", "assistant")), content: maybe(nasty(100)) });
const chatBody = fc.record(
  {
    question: maybe(question),
    history: maybe(fc.array(turn, { maxLength: 24 })),
    lang: maybe(fc.constantFrom("auto", "zh", "en")),
    k: maybe(fc.integer({ min: -2, max: 12 })),
    stream: maybe(fc.boolean()),
    extra: anyJson,
  },
  { requiredKeys: [] },
);
/** Bodies that pass validation, with the nastiest content allowed: these reach retrieval and the answerer. */
const validChatBody = fc.record(
  {
    question: fc.oneof(question, nasty(40)).filter((q) => q.trim().length > 0 && q.trim().length <= 2000),
    history: fc.array(fc.record({ role: fc.constantFrom("user", "assistant"), content: fc.oneof(nasty(100), huge(100, 20_000)) }), { maxLength: 20 }),
    lang: fc.constantFrom("auto", "zh", "en"),
    k: fc.integer({ min: 1, max: 10 }),
    stream: fc.boolean(),
  },
  { requiredKeys: ["question"] },
);
const message = fc.record(
  {
    role: maybe(fc.constantFrom("user", "assistant", "system", "developer", "tool")),
    content: maybe(fc.oneof(question, fc.array(fc.record({ type: maybe(fc.constantFrom("text", "image_url")), text: maybe(question) }), { maxLength: 3 }), fc.constant(null))),
  },
  { requiredKeys: [] },
);
const completionBody = fc.record(
  { model: maybe(nasty(20)), messages: maybe(fc.array(message, { maxLength: 6 })), stream: maybe(fc.boolean()), temperature: anyJson },
  { requiredKeys: [] },
);
const feedbackBody = fc.record(
  {
    rating: maybe(fc.constantFrom("up", "down")),
    comment: maybe(nasty(100)),
    question: maybe(question),
    answer: maybe(nasty(200)),
    lang: maybe(fc.constantFrom("zh", "en")),
    mode: maybe(fc.constantFrom("llm", "extractive")),
    citations: maybe(fc.array(nasty(30), { maxLength: 25 })),
    timings: maybe(fc.record({ retrieveMs: maybe(fc.double()), generateMs: maybe(fc.double()), totalMs: maybe(fc.double()) })),
  },
  { requiredKeys: [] },
);

const BROKEN_ESCAPES = fc.constantFrom("%", "%zz", "%ED%A0%80", "%C0%AF", "%00", "%FF%FE", "%E4%B8", "+", "%25");
/** Percent-encodes text for a URL, sending lone surrogates as broken escapes on purpose. */
const encodeNasty = (text: string, broken: string) => {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0xd800 && code <= 0xdfff ? broken : encodeURIComponent(ch);
  }
  return out;
};
const urlText = (maxLength = 60) => fc.tuple(nasty(maxLength), BROKEN_ESCAPES).map(([text, broken]) => encodeNasty(text, broken));
const rawQuery = fc.oneof(
  fc.tuple(urlText(), fc.oneof(fc.integer({ min: -5, max: 30 }).map(String), urlText(8))).map(([q, k]) => `q=${q}&k=${k}`),
  fc.array(fc.tuple(fc.constantFrom("q", "k", "format", "limit", "x", "q[]", "__proto__"), urlText(20)), { maxLength: 6 }).map((pairs) => pairs.map(([a, b]) => `${a}=${b}`).join("&")),
  urlText(40),
);

const METHODS = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS") },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,12}$/).filter((m) => !/^(connect|trace|track)$/i.test(m)) },
);
const KNOWN_PATHS = [
  "/", "/index.html", "/app.js", "/style.css", "/healthz", "/api/search", "/api/chat", "/api/passages/x", "/api/feedback",
  "/api/admin/feedback", "/api/admin/questions", "/v1/models", "/v1/models/city-climate-qa", "/v1/chat/completions",
  "/api", "/api/", "/v1", "/favicon.ico", "/robots.txt", "/.env", "/api/chat/", "/API/CHAT", "//api/chat",
];
const randomPath = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_PATHS) },
  { weight: 2, arbitrary: fc.array(urlText(12), { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KNOWN_PATHS), urlText(12)).map(([p, s]) => `${p}/${s}`) },
  { weight: 1, arbitrary: fc.constantFrom("/..", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/passages/..%2f..%2fpackage.json", "/api/passages/%00") },
);

/** A header value a client can actually send (visible ASCII and Latin-1, no CR/LF/NUL). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 80 }),
  fc.constantFrom("application/json", "text/event-stream", "application/json; charset=utf-16", "application/vnd.api+json", "APPLICATION/JSON", "text/plain", "*/*", "text/event-stream, application/json", `Bearer ${ADMIN_TOKEN}`, "Bearer wrong", "Basic Zm9vOmJhcg==", "https://app.example", "null", ""),
);
const randomHeaders = fc.dictionary(
  fc.constantFrom("content-type", "accept", "origin", "authorization", "x-request-id", "access-control-request-method", "access-control-request-headers", "accept-language", "x-forwarded-for", "cf-connecting-ip", "x-fuzz-client", "if-none-match", "range", "x-http-method-override", "cookie"),
  headerValue,
  { maxKeys: 6 },
);

const rawBody = fc.oneof(
  { weight: 4, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  { weight: 1, arbitrary: nasty(200) },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "[", "\"", "nul", "1e999999", "-", "{\"question\":\"\\ud800\"}", "\u0000", "{\"a\":1,\"a\":2}") },
  { weight: 1, arbitrary: huge(60_000, 300_000) },
);

// ---------- sending and checking ----------

const isPageOrStatic = (path: string) => path === "/" || path === "/index.html" || /^\/[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.(js|css|svg|png|ico|json|webmanifest)$/.test(path);

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

async function send(req: Sent): Promise<void> {
  const init: RequestInit = { method: req.method, headers: req.headers };
  if (req.body !== undefined && !/^(GET|HEAD)$/i.test(req.method)) init.body = req.body as BodyInit;
  const url = `http://localhost${req.path}`;
  const res = await app.request(url, init);
  sent++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const where = `${req.method} ${req.path.slice(0, 120)} -> ${res.status}`;
  expect(res.status, where).toBeLessThan(500);
  const type = res.headers.get("content-type") ?? "";
  const method = req.method.toUpperCase();
  const pathname = new URL(url).pathname;

  if (method === "HEAD" || res.status === 204 || res.status === 304) {
    await res.body?.cancel();
    return;
  }
  if (/^text\/event-stream/.test(type)) {
    expect(res.status, where).toBe(200);
    await checkStream(res, where);
    return;
  }
  const text = await res.text();
  if (res.status >= 200 && res.status < 300) {
    if (/json/.test(type)) expect(() => JSON.parse(text), where).not.toThrow();
    return;
  }
  if (isPageOrStatic(pathname) && method === "GET" && !/json/.test(type)) return;
  expect(type, where).toMatch(/^application\/json/);
  const parsed = ErrorBodySchema.safeParse(JSON.parse(text));
  expect(parsed.success, `${where}: ${text.slice(0, 200)}`).toBe(true);
}

/** A stream ends with done / [DONE], or with an error frame in the error shape that is not an internal error. */
async function checkStream(res: Response, where: string): Promise<void> {
  let last = "";
  for await (const frame of readSse(res)) {
    last = frame.data === "[DONE]" ? "[DONE]" : frame.event;
    if (frame.data === "[DONE]") continue;
    const data = JSON.parse(frame.data) as unknown;
    if (frame.event === "error" || (typeof data === "object" && data !== null && "error" in data)) {
      const body = ErrorBodySchema.parse(data);
      expect(body.error.code, where).not.toBe("internal");
    }
  }
  expect(["done", "[DONE]"], where).toContain(last);
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}): Sent => ({
  method: "POST",
  path,
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body) ?? "null",
});

const property = <T>(arb: fc.Arbitrary<T>, toRequest: (value: T) => Sent | Sent[]) =>
  fc.asyncProperty(arb, async (value) => {
    const reqs = toRequest(value);
    for (const r of Array.isArray(reqs) ? reqs : [reqs]) await send(r);
  });

const check = (p: fc.IAsyncPropertyWithHooks<unknown[]> | fc.IAsyncProperty<unknown[]>, numRuns: number) =>
  fc.assert(p as fc.IAsyncProperty<unknown[]>, { numRuns: runs(numRuns), seed: SEED, endOnFailure: true });

// ---------- properties, one per route family ----------

describe("fuzzing every route", () => {
  it("POST /api/chat: random and nearly valid bodies, streamed or not", { timeout: TIMEOUT }, async () => {
    const body = fc.oneof({ weight: 3, arbitrary: validChatBody }, { weight: 2, arbitrary: chatBody });
    const headers = randomHeaders.map(({ "content-type": _type, ...rest }) => rest);
    await check(property(fc.tuple(body, headers), ([b, h]) => post("/api/chat", b, h)), 600);
  });

  it("POST /api/chat: raw bodies (deep nesting, bytes, huge, broken JSON) under random content types", { timeout: TIMEOUT }, async () => {
    await check(
      property(fc.tuple(rawBody, fc.option(headerValue, { nil: undefined })), ([body, type]) => ({
        method: "POST",
        path: "/api/chat",
        headers: type === undefined ? { "content-type": "application/json" } : { "content-type": type },
        body,
      })),
      200,
    );
  });

  it("POST /v1/chat/completions and GET /v1/models", { timeout: TIMEOUT }, async () => {
    await check(
      property(fc.tuple(completionBody, rawBody, urlText(20)), ([body, raw, id]) => [
        post("/v1/chat/completions", body),
        post("/v1/chat/completions", raw),
        { method: "GET", path: `/v1/models/${id}` },
      ]),
      150,
    );
  });

  it("GET /api/search with random query strings", { timeout: TIMEOUT }, async () => {
    await check(property(fc.tuple(rawQuery, METHODS), ([query, method]) => ({ method, path: `/api/search?${query}` })), 300);
  });

  it("GET /api/passages/:id with random, broken and real ids", { timeout: TIMEOUT }, async () => {
    const ids = fc.oneof(fc.constantFrom(...engine.passages.slice(0, 20).map((p) => encodeURIComponent(p.id))), urlText(40), fc.tuple(huge(2_000, 20_000), BROKEN_ESCAPES).map(([t, b]) => encodeNasty(t, b)));
    await check(property(fc.tuple(ids, METHODS), ([id, method]) => ({ method, path: `/api/passages/${id}` })), 200);
  });

  it("POST /api/feedback and the admin exports", { timeout: TIMEOUT }, async () => {
    await check(
      property(fc.tuple(feedbackBody, randomHeaders, rawQuery, fc.constantFrom("feedback", "questions")), ([body, headers, query, what]) => [
        post("/api/feedback", body, headers),
        { method: "GET", path: `/api/admin/${what}?${query}`, headers: { ...headers, authorization: headers.authorization ?? `Bearer ${ADMIN_TOKEN}` } },
      ]),
      150,
    );
  });

  it("anything at all: random methods, paths, query strings, headers and bodies", { timeout: TIMEOUT }, async () => {
    await check(
      property(fc.tuple(METHODS, randomPath, fc.option(rawQuery, { nil: undefined }), randomHeaders, fc.option(rawBody, { nil: undefined })), ([method, path, query, headers, body]) => ({
        method,
        path: query === undefined ? path : `${path}?${query}`,
        headers,
        body,
      })),
      500,
    );
  });

  it("hand-picked extremes: 10k-deep arrays in each field, lone surrogates, 300 KB", { timeout: TIMEOUT }, async () => {
    const d = (n: number) => deep(n, "[", "]");
    const bodies = [
      d(10_000),
      `{"question":${d(10_000)}}`,
      `{"question":"x","history":${d(10_000)}}`,
      `{"question":"x","k":${d(10_000)}}`,
      `{"question":"x","history":[{"role":"user","content":${d(10_000)}}]}`,
      `{"messages":${d(10_000)}}`,
      `{"messages":[{"role":"user","content":${d(10_000)}}]}`,
      deep(10_000, '{"a":', "}"),
      d(32_000),
      '{"question":"\\ud800\\udbff\\udc00\\u0000\\u001f 深圳"}',
      '{"question":"\\udfff?","stream":true}',
      JSON.stringify({ question: "\u202e\u0000\u0007深圳 超充站", stream: true, history: [{ role: "user", content: "\ud83d" }] }),
      JSON.stringify({ question: "x".repeat(300 * 1024) }),
      `{"question":"深圳","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    ];
    for (const body of bodies) {
      await send(post("/api/chat", body));
      await send(post("/v1/chat/completions", body));
      await send(post("/api/feedback", body));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("sent at least 2,000 requests and logged no unhandled error", () => {
    expect(sent).toBeGreaterThanOrEqual(2000);
    const unhandled = app.logs.filter((r) => r.level === "error");
    expect(unhandled.map((r) => `${r.msg}: ${String(r.error)}`)).toEqual([]);
  });
});
