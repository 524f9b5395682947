/**
 * Nothing of an answer outlives it. Streamed and JSON answers go through the whole app served by @hono/node-server
 * (the body limit, the logging middleware, the chat routes), and the V8 heap is measured after full collections:
 * the memory kept per request must stay near zero. A listener left on `c.req.raw.signal` once kept every streamed
 * answer's request, response and stream alive (about 20 KB each); this is the check that it stays fixed.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { mountOpenAICompatRoutes } from "../../src/routes/openai-compat.js";
import { listen } from "../helpers/llm-test-app.js";
import { readSse } from "../helpers/sse-client.js";
import { createTestDeps, sharedTestEngine } from "../helpers/test-engine.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const MAX_BYTES_PER_REQUEST = 5_000;

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  const app = createApp(createTestDeps(await sharedTestEngine(), { extraRoutes: [mountOpenAICompatRoutes] }));
  server = await listen(app);
});
afterAll(() => server.close());

const QUESTIONS = ["How many supercharging stations has Shenzhen built?", "深圳建成了多少座超充站?", "What is Wuhan doing?"];

async function drive(n: number, send: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < n) await send(next++);
    }),
  );
}

async function heapUsed(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

async function retainedPerRequest(send: (i: number) => Promise<void>, n = 1500): Promise<number> {
  await drive(300, send);
  const before = await heapUsed();
  await drive(n, send);
  const after = await heapUsed();
  return (after - before) / n;
}

const post = (path: string, body: object) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("memory per request", () => {
  it("a streamed /api/chat answer keeps nothing alive", { timeout: 120_000 }, async () => {
    const perRequest = await retainedPerRequest(async (i) => {
      const res = await post("/api/chat", { question: QUESTIONS[i % QUESTIONS.length], stream: true });
      for await (const _ of readSse(res)) void _;
    });
    expect(perRequest).toBeLessThan(MAX_BYTES_PER_REQUEST);
  });

  it("a streamed /v1/chat/completions answer keeps nothing alive", { timeout: 120_000 }, async () => {
    const perRequest = await retainedPerRequest(async (i) => {
      const res = await post("/v1/chat/completions", { stream: true, messages: [{ role: "user", content: QUESTIONS[i % QUESTIONS.length] }] });
      for await (const _ of readSse(res)) void _;
    });
    expect(perRequest).toBeLessThan(MAX_BYTES_PER_REQUEST);
  });

  it("a JSON answer keeps nothing alive", { timeout: 120_000 }, async () => {
    const perRequest = await retainedPerRequest(async (i) => {
      await (await post("/api/chat", { question: QUESTIONS[i % QUESTIONS.length] })).text();
    });
    expect(perRequest).toBeLessThan(MAX_BYTES_PER_REQUEST);
  });
});
