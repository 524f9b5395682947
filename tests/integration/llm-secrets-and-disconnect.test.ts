/**
 * The API key goes to the model server as a Bearer token and nowhere else: not in any response (answers, warnings,
 * errors, health, the OpenAI-compatible endpoint) and not in any log line, even when the model server echoes it in
 * an error. And a client that hangs up mid-answer aborts the model request: the model server sees the socket close.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, listen, TEST_API_KEY, type LlmTestApp } from "../helpers/llm-test-app.js";
import { readSse } from "../helpers/sse-client.js";

const QUESTION = "How many supercharging stations has Shenzhen built?";
const LONG_REPLY = `Shenzhen has built 1,055 supercharging stations [1]. ${"It keeps building more stations. ".repeat(40)}`;

let fake: FakeOpenAIServer;
let t: LlmTestApp;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
  t = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 3000 });
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await fake.close();
});
beforeEach(() => fake.reset());

const post = (path: string, body: object) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the API key", () => {
  it("reaches the model server as a Bearer token and appears in no response and no log line", async () => {
    const bodies: string[] = [];
    const collect = async (res: Response | Promise<Response>) => bodies.push(await (await res).text());
    // An unhelpful server that echoes the key in its error, as some providers do.
    fake.setDefault({ kind: "reply", text: "Shenzhen has built 1,055 supercharging stations [1]." });
    fake.enqueue({ kind: "error", status: 401, message: `Incorrect API key provided: ${TEST_API_KEY}` }, { kind: "error", status: 500 }, { kind: "hang" }, { kind: "garbage" });
    await collect(post("/api/chat", { question: QUESTION }));
    await collect(post("/api/chat", { question: QUESTION, stream: true }));
    await collect(post("/api/chat", { question: QUESTION }));
    await collect(post("/api/chat", { question: QUESTION, stream: true }));
    await collect(post("/api/chat", { question: QUESTION }));
    await collect(post("/api/chat", { question: "那它的市长说了什么?", history: [{ role: "user", content: "深圳有多少超充站?" }] }));
    await collect(post("/v1/chat/completions", { model: "m", messages: [{ role: "user", content: QUESTION }] }));
    await collect(post("/v1/chat/completions", { model: "m", stream: true, messages: [{ role: "user", content: QUESTION }] }));
    await collect(post("/v1/chat/completions", { messages: [] }));
    await collect(fetch(`${server.url}/healthz`));
    await collect(fetch(`${server.url}/v1/models`));

    expect(bodies.some((b) => b.includes("language model could not answer"))).toBe(true);
    for (const body of bodies) expect(body).not.toContain(TEST_API_KEY);
    expect(t.logs.length).toBeGreaterThan(5);
    for (const record of t.logs) expect(JSON.stringify(record)).not.toContain(TEST_API_KEY);
    const authorizations = new Set(fake.chatRequests().map((r) => r.headers.authorization));
    expect([...authorizations]).toEqual([`Bearer ${TEST_API_KEY}`]);
  });
});

describe("a client that disconnects", () => {
  it("aborts the model request behind /api/chat", async () => {
    fake.setDefault({ kind: "reply", text: LONG_REPLY, tokenDelayMs: 20 });
    const client = new AbortController();
    const res = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: QUESTION, stream: true }),
      signal: client.signal,
    });
    for await (const event of readSse(res)) if (event.event === "token") break;
    client.abort();
    const closed = await fake.waitForClientClose(3000);
    expect(closed.path).toBe("/v1/chat/completions");
  });

  it("aborts the model request behind /v1/chat/completions", async () => {
    fake.setDefault({ kind: "reply", text: LONG_REPLY, tokenDelayMs: 20 });
    const res = await post("/v1/chat/completions", { model: "m", stream: true, messages: [{ role: "user", content: QUESTION }] });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const closed = await fake.waitForClientClose(3000);
    expect(closed.path).toBe("/v1/chat/completions");
  });
});
