/**
 * The Worker as deployed by default (bundled mode), through SELF: src/entry/worker.ts with wrangler.toml's vars and
 * static assets, in workerd. Health, search and chat in both languages, streamed and not, and the web chat.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ChatAnswerSchema, ScoredPassageSchema } from "../../src/schemas.js";
import { json } from "./worker-inputs.js";

const BASE = "https://qa.example";
const get = (path: string) => SELF.fetch(`${BASE}${path}`);
const chat = async (body: unknown) => ChatAnswerSchema.parse(await (await SELF.fetch(`${BASE}/api/chat`, json(body))).json());

describe("bundled mode: health", () => {
  it("reports the bundled passages, the local embedder and extractive answers", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", passages: 14, embedder: expect.stringMatching(/^local-hash-v1-d512-g[0-9a-f]{8}$/), llm: "none" });
  });
});

describe("bundled mode: search", () => {
  it("ranks Shenzhen's supercharging passage first for a Chinese query, scores in 0..1, both languages shown", async () => {
    const res = await get(`/api/search?q=${encodeURIComponent("深圳超充站")}&k=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string; results: unknown[] };
    const results = body.results.map((r) => ScoredPassageSchema.parse(r));
    expect(results).toHaveLength(3);
    expect(results[0]!.city?.en).toBe("Shenzhen");
    expect(results[0]!.zh).toContain("1055");
    expect(results[0]!.en).toContain("1,055");
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it("finds the Chinese city from an English query", async () => {
    const res = await get(`/api/search?q=${encodeURIComponent("ventilation corridors in Guangzhou")}&k=1`);
    const [top] = ((await res.json()) as { results: { city: { zh: string } }[] }).results;
    expect(top!.city.zh).toBe("广州");
  });

  it("serves a passage by id", async () => {
    const search = (await (await get(`/api/search?q=${encodeURIComponent("Wuhan river beach")}&k=1`)).json()) as { results: { id: string }[] };
    const id = search.results[0]!.id;
    const res = await get(`/api/passages/${id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(id);
  });
});

describe("bundled mode: chat", () => {
  it("answers a Chinese question in Chinese with the figure and its citation", async () => {
    const a = await chat({ question: "深圳建成了多少座超充站?" });
    expect(a).toMatchObject({ lang: "zh", answerable: true, mode: "extractive" });
    expect(a.answer).toContain("1055");
    expect(a.citations[0]!.city?.en).toBe("Shenzhen");
  });

  it("answers an English question in English, naming the speaker of a quote", async () => {
    const a = await chat({ question: "What did the mayor of Zhenjiang say?" });
    expect(a.lang).toBe("en");
    expect(a.answer).toContain("XU Shuhai");
    const used = new Set([...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect([...used].sort()).toEqual(a.citations.map((c) => c.n).sort());
  });

  it("refuses what the material does not cover, in the question's language", async () => {
    expect(await chat({ question: "What is Chengdu doing about air pollution?" })).toMatchObject({ answerable: false, citations: [], lang: "en" });
    const zh = await chat({ question: "红烧肉怎么做?" });
    expect(zh).toMatchObject({ answerable: false, citations: [], lang: "zh" });
  });

  it("streams sources, tokens and the checked answer as Server-Sent Events", async () => {
    const res = await SELF.fetch(`${BASE}/api/chat`, json({ question: "大连2030年储能规模要达到多少?", stream: true }));
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const events = [...(await res.text()).matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ type: m[1]!, data: JSON.parse(m[2]!) }));
    expect(events[0]!.type).toBe("sources");
    expect(events.at(-1)!.type).toBe("done");
    expect(ChatAnswerSchema.parse(events.at(-1)!.data).answer).toContain("150万千瓦");
  });
});

describe("bundled mode: web chat", () => {
  it("serves the page from the ASSETS binding with the app's CSP and security headers", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toMatch(/<html/i);
  });

  it("serves the page's script and styles, and a JSON 404 for a missing file", async () => {
    const js = await get("/app.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect((await get("/app.css")).headers.get("content-type")).toMatch(/text\/css/);
    const missing = await get("/missing.js");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("bundled mode: Traditional script", () => {
  it("understands a Traditional question, and says honestly that it answers in Simplified (no cn2t in the Worker)", async () => {
    const answer = await chat({ question: "廣州為什麼要建通風廊道?" });
    expect(answer.answerable).toBe(true);
    expect(answer.lang).toBe("zh");
    expect(answer.citations[0]!.city?.en).toBe("Guangzhou");
    expect(answer.script).toBe("hans");
    expect(answer.warnings?.join(" ")).toMatch(/Traditional script is not available/);
  });
});
