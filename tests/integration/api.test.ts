/** The whole app through app.request(): every core route's happy path and its error shape. */
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { ChatAnswerSchema, ErrorBodySchema, PassageSchema, ScoredPassageSchema } from "../../src/schemas.js";
import { createTestDeps, sharedTestEngine } from "../helpers/test-engine.js";

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const engine = await sharedTestEngine();
  app = createApp(createTestDeps(engine, { assets: { get: async (p) => (p === "/index.html" ? { body: "<!doctype html><title>chat</title>", contentType: "text/html; charset=utf-8" } : null) } }));
});

const chat = (body: unknown, headers: Record<string, string> = {}) =>
  app.request("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = ErrorBodySchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  return body;
}

describe("GET /healthz", () => {
  it("reports passages, embedder and llm", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", passages: 14, embedder: "local-test", llm: "none" });
  });

  it("answers 503 while the index is not loaded, and chat says not_ready", async () => {
    const starting = createApp(createTestDeps(null));
    expect((await starting.request("/healthz")).status).toBe(503);
    await expectError(await starting.request("/api/search?q=x"), 503, "not_ready");
  });
});

describe("GET /api/search", () => {
  it("returns scored passages in 0..1, best first, in both languages", async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent("深圳超充站")}&k=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string; results: unknown[] };
    expect(body.query).toBe("深圳超充站");
    const results = body.results.map((r) => ScoredPassageSchema.parse(r));
    expect(results).toHaveLength(3);
    expect(results[0]!.city?.en).toBe("Shenzhen");
    expect(results[0]!.zh).toContain("1055");
    expect(results[0]!.en).toContain("1,055");
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it("answers a repeated question with the same JSON, and keeps its own query text", async () => {
    const path = `/api/search?q=${encodeURIComponent("深圳超充站有多少座?")}&k=2`;
    const first = await app.request(path);
    const second = await app.request(path);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("content-type")).toMatch(/^application\/json/);
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await first.text();
    expect(await second.text()).toBe(text);
    expect(JSON.parse(text).query).toBe("深圳超充站有多少座?");
    const other = (await (await app.request(`/api/search?q=${encodeURIComponent("深圳超充站")}&k=2`)).json()) as { query: string };
    expect(other.query).toBe("深圳超充站");
  });

  it("finds a passage from a question in the other language", async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent("ventilation corridors in Guangzhou")}&k=1`);
    const [top] = ((await res.json()) as { results: { city: { zh: string } }[] }).results;
    expect(top!.city.zh).toBe("广州");
  });

  it.each([
    ["/api/search", "missing q"],
    ["/api/search?q=", "empty q"],
    [`/api/search?q=${"x".repeat(2001)}`, "q too long"],
    ["/api/search?q=a&k=0", "k below range"],
    ["/api/search?q=a&k=21", "k above range"],
    ["/api/search?q=a&k=abc", "k not a number"],
  ])("rejects %s (%s) with 400", async (url) => {
    await expectError(await app.request(url), 400, "invalid_request");
  });
});

describe("GET /api/passages/:id", () => {
  it("returns a passage by id, and 404 for an unknown one", async () => {
    const engine = await sharedTestEngine();
    const id = engine.passages[3]!.id;
    const res = await app.request(`/api/passages/${id}`);
    expect(res.status).toBe(200);
    expect(PassageSchema.parse(await res.json()).id).toBe(id);
    await expectError(await app.request("/api/passages/nope"), 404, "not_found");
  });
});

describe("POST /api/chat (JSON)", () => {
  it("answers a Chinese question in Chinese with the figure and its citation", async () => {
    const res = await chat({ question: "深圳建成了多少座超充站?" });
    expect(res.status).toBe(200);
    const a = ChatAnswerSchema.parse(await res.json());
    expect(a).toMatchObject({ lang: "zh", answerable: true, mode: "extractive" });
    expect(a.answer).toContain("1055");
    expect(a.citations[0]!.city?.en).toBe("Shenzhen");
  });

  it("answers an English question in English, each [n] matching a citation and each citation used", async () => {
    const a = ChatAnswerSchema.parse(await (await chat({ question: "What did the mayor of Zhenjiang say?" })).json());
    expect(a.lang).toBe("en");
    expect(a.answer).toContain("XU Shuhai");
    const used = new Set([...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect([...used].sort()).toEqual(a.citations.map((c) => c.n).sort());
    expect(a.citations.every((c) => c.kind === "quote")).toBe(true);
  });

  it("answers in the requested language when lang is set", async () => {
    const a = ChatAnswerSchema.parse(await (await chat({ question: "How many ventilation corridors does Guangzhou have?", lang: "zh" })).json());
    expect(a.lang).toBe("zh");
    expect(a.answer).toMatch(/六条通风廊道/);
  });

  it("refuses a question the material does not cover, in its language, with no citations", async () => {
    const en = ChatAnswerSchema.parse(await (await chat({ question: "What is Chengdu doing about air pollution?" })).json());
    expect(en).toMatchObject({ answerable: false, citations: [], lang: "en" });
    const zh = ChatAnswerSchema.parse(await (await chat({ question: "红烧肉怎么做?" })).json());
    expect(zh).toMatchObject({ answerable: false, citations: [], lang: "zh" });
    expect(zh.answer).toMatch(/抱歉/);
  });

  it("carries the previous turn's city to a follow-up that names none", async () => {
    const a = ChatAnswerSchema.parse(
      await (
        await chat({
          question: "And what did its mayor say?",
          history: [
            { role: "user", content: "How much energy storage will Dalian have by 2030?" },
            { role: "assistant", content: "Over 1.5 million kilowatts [1]." },
          ],
        })
      ).json(),
    );
    expect(a.citations[0]!.city?.en).toBe("Dalian");
    expect(a.citations[0]!.kind).toBe("quote");
  });

  it("reports per-stage timings", async () => {
    const a = ChatAnswerSchema.parse(await (await chat({ question: "武汉青山江滩有多长?" })).json());
    expect(a.timings.totalMs).toBeGreaterThanOrEqual(a.timings.retrieveMs);
  });
});

describe("POST /api/chat (SSE)", () => {
  it("streams sources, then tokens, then done with the checked answer", async () => {
    const res = await chat({ question: "大连2030年储能规模要达到多少?", stream: true });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const events = [...(await res.text()).matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ type: m[1]!, data: JSON.parse(m[2]!) }));
    expect(events[0]!.type).toBe("sources");
    expect(events.filter((e) => e.type === "token").length).toBeGreaterThanOrEqual(3);
    expect(events.at(-1)!.type).toBe("done");
    const done = ChatAnswerSchema.parse(events.at(-1)!.data);
    expect(done.answer).toContain("150万千瓦");
    const streamed = events.filter((e) => e.type === "token").map((e) => e.data.text).join("");
    expect(streamed.replace(/\s/g, "")).toBe(done.answer.replace(/\s/g, ""));
  });

  it("streams when the client prefers text/event-stream", async () => {
    const res = await chat({ question: "Who is the mayor of Qingdao?" }, { accept: "text/event-stream" });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
  });
});

describe("bad input on /api/chat", () => {
  it.each<[unknown, string]>([
    [{ question: "" }, "empty question"],
    [{ question: "   \n\t " }, "blank question"],
    [{ question: "x".repeat(2001) }, "question too long"],
    [{ question: 42 }, "wrong type"],
    [{}, "missing question"],
    [[], "array body"],
    [{ question: "hi", k: 0 }, "k below range"],
    [{ question: "hi", k: 11 }, "k above range"],
    [{ question: "hi", k: 2.5 }, "k not an integer"],
    [{ question: "hi", lang: "fr" }, "unknown lang"],
    [{ question: "hi", stream: "yes" }, "stream not boolean"],
    [{ question: "hi", history: Array.from({ length: 21 }, () => ({ role: "user", content: "x" })) }, "history too long"],
    [{ question: "hi", history: [{ role: "system", content: "x" }] }, "history role"],
  ])("rejects %j (%s) with 400", async (body) => {
    await expectError(await chat(body), 400, "invalid_request");
  });

  it("rejects invalid JSON with 400", async () => {
    await expectError(await chat("{not json"), 400, "invalid_request");
  });

  it("rejects a wrong content type with 415", async () => {
    const res = await app.request("/api/chat", { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" });
    await expectError(res, 415, "unsupported_media_type");
  });

  it("rejects a 300 KB body with 413", async () => {
    await expectError(await chat({ question: "x".repeat(300 * 1024) }), 413, "payload_too_large");
  });

  it("rejects a wrong method with 405 and an Allow header", async () => {
    const res = await app.request("/api/chat");
    await expectError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("answers an unknown route with a JSON 404", async () => {
    await expectError(await app.request("/api/nothing-here"), 404, "not_found");
    await expectError(await app.request("/nothing.php"), 404, "not_found");
  });
});

describe("GET /", () => {
  it("serves the web chat with a strict CSP", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
