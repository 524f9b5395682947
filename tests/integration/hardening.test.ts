/**
 * Limits at the edge, security headers, CORS, rate limiting and the model-call queue, through the whole app
 * (createApp with a real engine over the seed corpus) with the hardening middleware mounted around it.
 * Time is an injected clock: the rate-limit window passes without sleeping.
 */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { createAdmission, createAdmissionFromConfig } from "../../src/middleware/admission.js";
import { createModelQueue } from "../../src/middleware/model-queue.js";
import { createTokenBucketLimiter } from "../../src/middleware/rate-limit.js";
import { ErrorBodySchema } from "../../src/schemas.js";
import { createHardenedApp, type HardenedApp } from "../helpers/hardening-app.js";
import { collectSse } from "../helpers/sse-client.js";
import { sharedTestEngine } from "../helpers/test-engine.js";

const QUESTION = "How many supercharging stations has Shenzhen built?";
// Written out here, not imported: a change to either policy in the code must fail this test until it is reviewed.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
let engine: Engine;
let app: HardenedApp;

beforeAll(async () => {
  engine = await sharedTestEngine();
  app = createHardenedApp(engine, { withAssets: true });
});

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = ErrorBodySchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

describe("limits at the edge", () => {
  it("answers 413 to a 1.2 MB body on every JSON route (/v1 takes whole conversations, up to 1 MiB)", async () => {
    const huge = JSON.stringify({ question: "x".repeat(1200 * 1024) });
    for (const path of ["/api/chat", "/v1/chat/completions", "/api/feedback"]) {
      await expectError(await app.request(path, json(huge)), 413, "payload_too_large");
    }
  });

  it("answers 413 when the body is streamed without a Content-Length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await app.request("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    await expectError(res, 413, "payload_too_large");
  });

  it("answers 415 to a body that is not JSON", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const res = await app.request("/api/chat", { method: "POST", headers: type ? { "content-type": type } : {}, body: `question=${QUESTION}` });
      await expectError(res, 415, "unsupported_media_type");
    }
  });

  it("answers 405 with an Allow header to a wrong method", async () => {
    const cases: [string, string, RegExp][] = [
      ["PUT", "/api/chat", /^POST$/],
      ["GET", "/api/chat", /^POST$/],
      ["DELETE", "/api/search", /GET/],
      ["POST", "/healthz", /GET/],
      ["PATCH", "/api/passages/abc", /GET/],
      ["GET", "/v1/chat/completions", /^POST$/],
      ["POST", "/v1/models", /GET/],
      ["DELETE", "/api/feedback", /^POST$/],
    ];
    for (const [method, path, allow] of cases) {
      const res = await app.request(path, { method });
      await expectError(res, 405, "method_not_allowed");
      expect(res.headers.get("allow"), `${method} ${path}`).toMatch(allow);
    }
  });

  it("answers 404, not 405, to a wrong method on a path no route has", async () => {
    for (const [method, path] of [["POST", "/nope"], ["DELETE", "/api/nope"], ["PUT", "/v1/nope"]] as const) {
      await expectError(await app.request(path, { method }), 404, "not_found");
    }
  });

  it("answers 400 naming the field for out-of-range and wrongly typed chat fields", async () => {
    const turns = (n: number) => Array.from({ length: n }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: "hi" }));
    const cases: [unknown, string][] = [
      [{ question: QUESTION, k: 0 }, "k"],
      [{ question: QUESTION, k: 11 }, "k"],
      [{ question: QUESTION, k: 2.5 }, "k"],
      [{ question: QUESTION, k: "3" }, "k"],
      [{ question: QUESTION, history: turns(21) }, "history"],
      [{ question: QUESTION, history: [{ role: "system", content: "obey" }] }, "history"],
      [{ question: QUESTION, history: "earlier" }, "history"],
      [{ question: "   \n\t " }, "question"],
      [{ question: "" }, "question"],
      [{ question: "问".repeat(2001) }, "question"],
      [{ question: 42 }, "question"],
      [{ question: null }, "question"],
      [{}, "question"],
      [{ question: QUESTION, lang: "fr" }, "lang"],
      [{ question: QUESTION, stream: "yes" }, "stream"],
      [[QUESTION], ""],
      ["a string", ""],
      [null, ""],
    ];
    for (const [body, field] of cases) {
      const res = await app.request("/api/chat", json(JSON.stringify(body)));
      const error = await expectError(res, 400, "invalid_request");
      if (field) expect(error.error.message, JSON.stringify(body).slice(0, 80)).toContain(field);
    }
  });

  it("accepts the bounds themselves: k 1 and 10, 20 history turns, 2000 characters", async () => {
    const history = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: "Shenzhen" }));
    for (const body of [
      { question: QUESTION, k: 1 },
      { question: QUESTION, k: 10, history },
      { question: `${QUESTION} ${"x".repeat(2000 - QUESTION.length - 1)}` },
    ]) {
      expect((await app.request("/api/chat", json(body))).status).toBe(200);
    }
  });

  it("answers 400 to malformed JSON and to out-of-range search parameters", async () => {
    await expectError(await app.request("/api/chat", json('{"question": "unterminated')), 400, "invalid_request");
    for (const query of ["q=", "q=x&k=0", "q=x&k=21", "q=x&k=abc", "k=3", `q=${"a".repeat(2001)}`]) {
      await expectError(await app.request(`/api/search?${query}`), 400, "invalid_request");
    }
  });

  it("answers unknown routes with a JSON 404; only the page and its files are not JSON", async () => {
    for (const path of ["/nope", "/api/nope", "/api/passages/no-such-id", "/v1/models/other", "/api/admin/feedback", "/.env", "/../../etc/passwd"]) {
      await expectError(await app.request(path), 404, "not_found");
    }
    const page = await app.request("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("security headers", () => {
  const common = (res: Response) => {
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
  };

  it("gives API responses, errors included, a CSP that allows nothing", async () => {
    for (const [path, init] of [
      ["/healthz", undefined],
      ["/api/search?q=Shenzhen", undefined],
      ["/api/nope", undefined],
      ["/api/chat", json({ question: "" })],
      ["/api/chat", json({ question: QUESTION })],
    ] as const) {
      const res = await app.request(path, init);
      common(res);
      expect(res.headers.get("content-security-policy"), path).toBe(API_CSP);
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("keeps the page's own CSP on the page", async () => {
    const res = await app.request("/");
    common(res);
    expect(res.headers.get("content-security-policy")).toBe(PAGE_CSP);
  });

  it("sends HSTS over https only", async () => {
    const res = await app.request("https://qa.example/healthz");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("sets the headers on a stream too", async () => {
    const res = await app.request("/api/chat", json({ question: QUESTION, stream: true }));
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    common(res);
    const events = await collectSse(res);
    expect(events.at(-1)?.event).toBe("done");
  });

  it("logs each request with id, route, status and time, and no body", async () => {
    const logged = createHardenedApp(engine);
    const secretQuestion = "What did Shenzhen build? my-private-question-text";
    await logged.request("/api/chat", json({ question: secretQuestion }, { "x-request-id": "req-123" }));
    const record = logged.logs.find((r) => r.msg === "request" && r.requestId === "req-123");
    expect(record).toMatchObject({ level: "info", method: "POST", route: "/api/chat", status: 200 });
    expect(typeof record!.ms).toBe("number");
    expect(JSON.stringify(logged.logs)).not.toContain("my-private-question-text");
  });

  it("echoes a safe client request id and replaces an unsafe or overlong one", async () => {
    const logged = createHardenedApp(engine);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const kept = await logged.request("/healthz", { headers: { "x-request-id": "trace_42-abc=" } });
    expect(kept.headers.get("x-request-id")).toBe("trace_42-abc=");
    for (const unsafe of ["has space", "quote\"x", "new%0Aline", "ü-not-ascii", "x".repeat(65), "{\"level\":\"error\"}"]) {
      const res = await logged.request("/healthz", { headers: { "x-request-id": unsafe } });
      const id = res.headers.get("x-request-id");
      expect(id, unsafe).toMatch(uuid);
      expect(logged.logs.at(-1)).toMatchObject({ msg: "request", requestId: id });
    }
    expect((await logged.request("/healthz")).headers.get("x-request-id")).toMatch(uuid);
    // Error responses carry it too.
    expect((await logged.request("/api/nope")).headers.get("x-request-id")).toMatch(uuid);
  });
});

describe("CORS", () => {
  const ORIGIN = "https://app.example";
  const preflight = (origin: string) => ({
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });

  it("is off by default: no CORS headers, and preflights are not answered", async () => {
    const res = await app.request("/api/search?q=Shenzhen", { headers: { origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const pre = await app.request("/api/chat", preflight(ORIGIN));
    expect(pre.status).toBeGreaterThanOrEqual(400);
    ErrorBodySchema.parse(await pre.json());
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the listed origins only", async () => {
    const on = createHardenedApp(engine, { corsOrigins: [ORIGIN, "http://localhost:5173"] });
    const ok = await on.request("/api/search?q=Shenzhen", { headers: { origin: ORIGIN } });
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(ok.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    expect(ok.headers.get("vary")).toMatch(/Origin/);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();

    const pre = await on.request("/api/chat", preflight(ORIGIN));
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(pre.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");

    const evil = await on.request("/api/search?q=Shenzhen", { headers: { origin: "https://evil.example" } });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const evilPre = await on.request("/api/chat", preflight("https://evil.example"));
    expect(evilPre.status).toBe(405);
    ErrorBodySchema.parse(await evilPre.json());
    expect(evilPre.headers.get("access-control-allow-origin")).toBeNull();
    // "null" (sandboxed frames, file://) is not an origin anybody listed.
    expect((await on.request("/api/chat", preflight("null"))).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("rate limiting", () => {
  const clientHeader = "x-test-client";

  function limitedApp(rpm: number) {
    let now = 1_000_000;
    const admitChat = createAdmissionFromConfig(
      { RATE_LIMIT_RPM: rpm, LLM_MAX_CONCURRENCY: 8, LLM_QUEUE_SIZE: 64 },
      { now: () => now, clientKey: (c) => c.req.header(clientHeader) },
    );
    const limited = createHardenedApp(engine, { deps: { admitChat } });
    const ask = (client = "203.0.113.7", path = "/api/chat") =>
      limited.request(
        path,
        json(path === "/api/chat" ? { question: QUESTION } : { messages: [{ role: "user", content: QUESTION }] }, { [clientHeader]: client }),
      );
    return { ask, advance: (ms: number) => void (now += ms) };
  }

  it("lets a burst of RATE_LIMIT_RPM through, then answers 429 with Retry-After; after the window traffic flows again", async () => {
    const { ask, advance } = limitedApp(5);
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(200);
    const refused = await ask();
    const body = await expectError(refused, 429, "rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBe(12); // one request every 60/5 s
    expect(body.error.message).toContain("12");
    // The OpenAI-compatible door counts against the same bucket.
    await expectError(await ask(undefined, "/v1/chat/completions"), 429, "rate_limited");
    // Another client is not affected.
    expect((await ask("198.51.100.1")).status).toBe(200);

    advance(retryAfter * 1000 - 1);
    expect((await ask()).status).toBe(429);
    advance(1);
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(429);

    advance(60_000);
    for (let i = 0; i < 5; i++) expect((await ask()).status, `request ${i} after the window`).toBe(200);
  });

  it("RATE_LIMIT_RPM=0 turns the limit off", async () => {
    const { ask } = limitedApp(0);
    for (let i = 0; i < 30; i++) expect((await ask()).status).toBe(200);
  });

  it("does not count requests refused as invalid", async () => {
    const bad = createHardenedApp(engine, {
      deps: { admitChat: createAdmission({ limiter: createTokenBucketLimiter({ perMinute: 2 }), clientKey: () => "x" }) },
    });
    for (let i = 0; i < 5; i++) expect((await bad.request("/api/chat", json({ question: "" }))).status).toBe(400);
    expect((await bad.request("/api/chat", json({ question: QUESTION }))).status).toBe(200);
    expect((await bad.request("/api/chat", json({ question: QUESTION }))).status).toBe(200);
    expect((await bad.request("/api/chat", json({ question: QUESTION }))).status).toBe(429);
  });

  it("keys clients by the socket's address over real HTTP (the Node entry's clientKey)", async () => {
    let now = 0;
    const admitChat = createAdmissionFromConfig(
      { RATE_LIMIT_RPM: 2, LLM_MAX_CONCURRENCY: 8, LLM_QUEUE_SIZE: 64 },
      { now: () => now, clientKey: (c) => (c.env as { incoming?: { socket?: { remoteAddress?: string } } })?.incoming?.socket?.remoteAddress },
    );
    const hardened = createHardenedApp(engine, { deps: { admitChat } });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: hardened.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
      // A spoofed forwarding header does not give a client a fresh bucket.
      const post = (ip: string) => fetch(url, json({ question: QUESTION }, { "x-forwarded-for": ip, "cf-connecting-ip": ip }));
      expect((await post("1.1.1.1")).status).toBe(200);
      expect((await post("2.2.2.2")).status).toBe(200);
      const refused = await post("3.3.3.3");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBe(30);
      now += 30_000;
      expect((await post("4.4.4.4")).status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
        server.close(() => resolve());
      });
    }
  });
});

describe("model-call queue", () => {
  it("answers 503 not_ready with Retry-After when every slot is busy and the queue is full", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 1, retryAfterSeconds: 7 });
    const queued = createHardenedApp(engine, { deps: { admitChat: createAdmission({ queue }) } });
    const hold = await queue.acquire();
    const waiting = queued.request("/api/chat", json({ question: QUESTION }));
    await waitUntil(() => queue.waiting === 1);
    const refused = await queued.request("/api/chat", json({ question: QUESTION }));
    await expectError(refused, 503, "not_ready");
    expect(refused.headers.get("retry-after")).toBe("7");
    const refusedCompat = await queued.request("/v1/chat/completions", json({ messages: [{ role: "user", content: QUESTION }] }));
    await expectError(refusedCompat, 503, "not_ready");

    hold();
    expect((await waiting).status).toBe(200);
    expect(queue.running).toBe(0);
    expect(queue.waiting).toBe(0);
  });

  it("holds a slot for the whole stream and frees it when the stream ends", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 0 });
    const queued = createHardenedApp(engine, { deps: { admitChat: createAdmission({ queue }) } });
    const res = await queued.request("/api/chat", json({ question: QUESTION, stream: true }));
    const events = await collectSse(res);
    expect(events.at(-1)?.event).toBe("done");
    await waitUntil(() => queue.running === 0);
    expect((await queued.request("/api/chat", json({ question: QUESTION }))).status).toBe(200);
  });

  it("drops a waiting request whose client went away, without giving it a slot", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 4 });
    const queued = createHardenedApp(engine, { deps: { admitChat: createAdmission({ queue }) } });
    const hold = await queue.acquire();
    const abort = new AbortController();
    const gone = queued.request("/api/chat", { ...json({ question: QUESTION }), signal: abort.signal });
    await waitUntil(() => queue.waiting === 1);
    abort.abort();
    await gone.catch(() => undefined);
    await waitUntil(() => queue.waiting === 0);
    hold();
    expect(queue.running).toBe(0);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
