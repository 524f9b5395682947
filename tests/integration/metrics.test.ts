/**
 * /metrics on the real Node server (a process on loopback, a fake OpenAI-compatible model on loopback): scraped
 * before and after real traffic, the counters for requests, answers by mode and answerability, stage latencies,
 * model fallbacks and rate-limited calls move by exactly what the traffic did; the token guards the route.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatAnswerSchema, ErrorBodySchema } from "../../src/schemas.js";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { spawnServer, type ServerProcess } from "../helpers/processes.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "../helpers/test-engine.js";

const TOKEN = "metrics-test-token-19";
const RPM = 3;
let root: string;
let fake: FakeOpenAIServer;
let server: ServerProcess;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "cqa-metrics-"));
  const corpusDir = join(root, "corpus");
  mkdirSync(corpusDir);
  copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
  fake = await startFakeOpenAIServer();
  server = await spawnServer(
    { corpusDir, indexDir: join(root, "index"), dataDir: join(root, "data") },
    { METRICS_TOKEN: TOKEN, RATE_LIMIT_RPM: String(RPM), LLM_PROVIDER: "openai", LLM_BASE_URL: fake.baseURL, LLM_API_KEY: "sk-test-metrics-0000", LLM_MODEL: "fake-model", LOG_LEVEL: "error" },
  );
  await server.ready();
}, 180_000);
afterAll(async () => {
  await server?.stop(5000);
  await fake?.close();
  rmSync(root, { recursive: true, force: true });
});

/** `name{a="x",b="y"} value` lines of the exposition, keyed by name and sorted labels. */
function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels = [...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}=${v}`).sort();
    samples.set(`${m[1]}{${labels.join(",")}}`, Number(m[3]));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text());
}

const key = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels).map(([k, v]) => `${k}=${v}`).sort().join(",")}}`;

const chat = (question: string) =>
  fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });

describe("/metrics", () => {
  it("is guarded by METRICS_TOKEN, in the API's error shape", async () => {
    for (const headers of [{}, { authorization: "Bearer wrong" }] as Record<string, string>[]) {
      const res = await fetch(`${server.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="metrics"/);
      expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("unauthorized");
    }
  });

  it("shows the counters moving after traffic", { timeout: 60_000 }, async () => {
    const before = await scrape();
    const delta = (name: string, labels: Record<string, string>) => {
      const k = key(name, labels);
      return (after.get(k) ?? 0) - (before.get(k) ?? 0);
    };

    fake.setDefault({ kind: "reply", text: "Shenzhen has built 1,055 supercharging stations [1]." });
    const llm = ChatAnswerSchema.parse(await (await chat("How many supercharging stations has Shenzhen built?")).json());
    expect(llm.mode).toBe("llm");
    fake.setDefault({ kind: "error", status: 500 });
    const fellBack = ChatAnswerSchema.parse(await (await chat("What does Qingdao monitor for energy and carbon?")).json());
    expect(fellBack).toMatchObject({ mode: "extractive", answerable: true });
    const refused = ChatAnswerSchema.parse(await (await chat("What is the population of Paris?")).json());
    expect(refused.answerable).toBe(false);
    expect((await fetch(`${server.url}/api/search?q=Wuhan`)).status).toBe(200);
    expect((await fetch(`${server.url}/no-such-page`)).status).toBe(404);
    const limited = await chat("What did Wuhan build?");
    expect(limited.status).toBe(429);

    const after = await scrape();
    expect(delta("cqa_http_requests_total", { method: "POST", route: "/api/chat", status: "200" })).toBe(3);
    expect(delta("cqa_http_requests_total", { method: "POST", route: "/api/chat", status: "429" })).toBe(1);
    expect(delta("cqa_http_requests_total", { method: "GET", route: "/api/search", status: "200" })).toBe(1);
    expect(delta("cqa_http_requests_total", { method: "GET", route: "unmatched", status: "404" })).toBe(1);
    expect(delta("cqa_http_request_duration_seconds_count", { method: "POST", route: "/api/chat" })).toBe(4);
    expect(delta("cqa_answers_total", { mode: "llm", answerable: "true" })).toBe(1);
    expect(delta("cqa_answers_total", { mode: "extractive", answerable: "true" })).toBe(1);
    expect(delta("cqa_answers_total", { mode: "extractive", answerable: "false" })).toBe(1);
    for (const stage of ["retrieve", "generate", "total"]) expect(delta("cqa_answer_stage_duration_seconds_count", { stage })).toBe(3);
    expect(delta("cqa_answer_stage_duration_seconds_bucket", { stage: "total", le: "+Inf" })).toBe(3);
    expect(delta("cqa_model_fallbacks_total", { stage: "answer", failure: "http" })).toBe(1);
    expect(delta("cqa_refused_requests_total", { route: "/api/chat", reason: "rate_limited" })).toBe(1);
    // The process's own metrics come along.
    expect(after.get(key("process_cpu_user_seconds_total", {}))).toBeGreaterThan(0);
  });
});
