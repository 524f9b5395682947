/**
 * When the model misbehaves (HTTP 500, a hang past LLM_TIMEOUT_MS, a stream cut midway, empty or garbage output),
 * /api/chat still answers 200 with an extractive answer and a warning, as JSON and as a stream ending in `done`,
 * within LLM_TIMEOUT_MS + 1 s. Retries happen only for retryable errors before the first token.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChatAnswer } from "../../src/schemas.js";
import { startFakeOpenAIServer, type Behaviour, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, type LlmTestApp } from "../helpers/llm-test-app.js";
import { chatStream } from "../helpers/sse-client.js";

const TIMEOUT_MS = 800;
const QUESTION = "How many supercharging stations has Shenzhen built?";
const LONG_REPLY = "Shenzhen has built 1,055 supercharging stations [1], and its buses are fully electric [1].";

let fake: FakeOpenAIServer;
let t: LlmTestApp;

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
  t = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: TIMEOUT_MS });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const faults: [string, Behaviour, RegExp][] = [
  ["HTTP 500", { kind: "error", status: 500 }, /HTTP 500/],
  ["a hang past LLM_TIMEOUT_MS", { kind: "hang" }, new RegExp(`within ${TIMEOUT_MS} ms`)],
  ["slow tokens past LLM_TIMEOUT_MS", { kind: "reply", text: LONG_REPLY, tokenDelayMs: 100 }, new RegExp(`within ${TIMEOUT_MS} ms`)],
  ["a stream cut midway", { kind: "cut", text: LONG_REPLY, afterChunks: 4 }, /broke off midway/],
  ["a stream that ends without a finish reason", { kind: "truncate", text: LONG_REPLY, afterChunks: 4 }, /broke off midway/],
  ["an empty reply", { kind: "empty" }, /empty answer/],
  ["garbage instead of JSON", { kind: "garbage" }, /malformed|failed/],
];

function expectExtractive(answer: ChatAnswer, reason: RegExp) {
  expect(answer.mode).toBe("extractive");
  expect(answer.answerable).toBe(true);
  expect(answer.answer).toContain("1,055");
  expect(answer.citations.length).toBeGreaterThan(0);
  const warning = answer.warnings?.find((w) => w.includes("language model"));
  expect(warning).toMatch(reason);
}

describe.each(faults)("when the model gives %s", (_name, behaviour, reason) => {
  it("answers JSON 200 with an extractive answer and a warning, in time", async () => {
    fake.setDefault(behaviour);
    const started = performance.now();
    const res = await t.app.request("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: QUESTION }),
    });
    expect(res.status).toBe(200);
    expectExtractive((await res.json()) as ChatAnswer, reason);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it("streams to a done event holding the extractive answer, in time", async () => {
    fake.setDefault(behaviour);
    const started = performance.now();
    const { res, events } = await chatStream(t.app, { question: QUESTION });
    expect(res.status).toBe(200);
    expect(events[0]!.event).toBe("sources");
    expect(events.at(-1)!.event).toBe("done");
    expect(events.some((e) => e.event === "error")).toBe(false);
    expectExtractive(JSON.parse(events.at(-1)!.data) as ChatAnswer, reason);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
  });
});

describe("retries", () => {
  // Two backoffs (250 + 500 ms) nearly fill an 800 ms budget; a roomier one keeps this about retries, not timing.
  let roomy: LlmTestApp;
  beforeAll(async () => {
    roomy = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 5000 });
  });

  it("retries a rate limit and a 503 before the first token, then answers from the model", async () => {
    fake.enqueue({ kind: "error", status: 429 }, { kind: "error", status: 503 });
    fake.setDefault({ kind: "reply", text: "Shenzhen has built 1,055 supercharging stations [1]." });
    const { events } = await chatStream(roomy.app, { question: QUESTION });
    const done = JSON.parse(events.at(-1)!.data) as ChatAnswer;
    expect(done.mode).toBe("llm");
    expect(fake.chatRequests()).toHaveLength(3);
  });

  it("does not retry a client error", async () => {
    fake.setDefault({ kind: "error", status: 400 });
    const { events } = await chatStream(roomy.app, { question: QUESTION });
    expect((JSON.parse(events.at(-1)!.data) as ChatAnswer).mode).toBe("extractive");
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it("does not retry a stream that broke off after tokens went out, and streams nothing more for it", async () => {
    fake.setDefault({ kind: "cut", text: LONG_REPLY, afterChunks: 4 });
    const { events } = await chatStream(roomy.app, { question: QUESTION });
    expect(fake.chatRequests()).toHaveLength(1);
    const streamed = events.filter((e) => e.event === "token").map((e) => (JSON.parse(e.data) as { text: string }).text).join("");
    // Only the model's own tokens went out; the `done` answer replaces them.
    expect(LONG_REPLY.startsWith(streamed)).toBe(true);
    expect((JSON.parse(events.at(-1)!.data) as ChatAnswer).mode).toBe("extractive");
  });
});
