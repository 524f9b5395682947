/**
 * The main LLM checks against a real model: LLM_PROVIDER (default openai), LLM_BASE_URL, LLM_API_KEY, LLM_MODEL from
 * the environment. Skipped when no model is configured. A real model words things its own way, so these assert
 * what must hold whatever the wording: llm mode, valid citations, the right language, the figure kept exactly.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/corpus/language.js";
import type { ChatAnswer, Citation } from "../../src/schemas.js";
import { createLlmTestApp, listen, type LlmTestApp } from "../helpers/llm-test-app.js";
import { collectSse } from "../helpers/sse-client.js";

const env = process.env;
const configured = Boolean(env.LLM_MODEL && (env.LLM_API_KEY || env.LLM_BASE_URL));

function expectValidCitations(text: string, citations: Citation[]) {
  const used = [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  expect(used.length).toBeGreaterThan(0);
  expect(citations.map((c) => c.n)).toEqual(used);
}

describe.skipIf(!configured)(`a live model (${env.LLM_PROVIDER ?? "openai"}:${env.LLM_MODEL ?? "unset"})`, () => {
  let t: LlmTestApp;
  let server: { url: string; close(): Promise<void> };
  const bodies: string[] = [];

  beforeAll(async () => {
    const fromEnv = Object.fromEntries(
      ["LLM_PROVIDER", "LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"].flatMap((k) => (env[k] ? [[k, env[k]!]] : [])),
    );
    t = await createLlmTestApp({ env: { LLM_PROVIDER: "openai", LLM_TIMEOUT_MS: "60000", ...fromEnv } });
    server = await listen(t.app);
  });
  afterAll(() => server?.close());

  async function ask(body: object): Promise<ChatAnswer> {
    const res = await fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const text = await res.text();
    bodies.push(text);
    expect(res.status).toBe(200);
    return JSON.parse(text) as ChatAnswer;
  }

  it("answers in English from the model, citing its sources and keeping the figure", async () => {
    const answer = await ask({ question: "How many supercharging stations has Shenzhen built?" });
    expect(answer.warnings ?? []).toEqual([]);
    expect(answer.mode).toBe("llm");
    expect(answer.answer).toMatch(/1,?055/);
    expectValidCitations(answer.answer, answer.citations);
  });

  it("answers a Chinese question in Chinese", async () => {
    const answer = await ask({ question: "大连到2030年新型储能装机规模要达到多少?" });
    expect(answer.mode).toBe("llm");
    expect(answer.lang).toBe("zh");
    expect(detectLanguage(answer.answer)).toBe("zh");
    expect(answer.answer).toMatch(/150万千瓦/);
    expect(answer.unsupportedNumbers).toBeUndefined();
  });

  it("streams sources, at least 3 tokens, then done", async () => {
    const res = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "What did the mayor of Qingdao say?", stream: true }),
    });
    const events = await collectSse(res);
    bodies.push(events.map((e) => e.data).join("\n"));
    expect(events[0]!.event).toBe("sources");
    expect(events.filter((e) => e.event === "token").length).toBeGreaterThanOrEqual(3);
    const done = JSON.parse(events.at(-1)!.data) as ChatAnswer;
    expect(done.mode).toBe("llm");
  });

  it("rewrites a follow-up and retrieves the previous turn's city", async () => {
    const answer = await ask({
      question: "那它的市长说了什么?",
      history: [
        { role: "user", content: "深圳建成了多少座超充站?" },
        { role: "assistant", content: "深圳全市已累计建成超充站1055座[1]。" },
      ],
    });
    expect(answer.citations.some((c) => c.city?.en === "Shenzhen" && c.kind === "quote")).toBe(true);
  });

  it("serves the official openai client, streamed and not, with citations", async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused" });
    const messages = [{ role: "user" as const, content: "What is Guangzhou doing about extreme heat?" }];
    const completion = await client.chat.completions.create({ model: "city-climate-qa", messages });
    const plain = completion as unknown as { citations: Citation[] };
    expectValidCitations(completion.choices[0]!.message.content!, plain.citations);
    let content = "";
    let last: unknown;
    for await (const chunk of await client.chat.completions.create({ model: "city-climate-qa", messages, stream: true })) {
      content += chunk.choices[0]?.delta?.content ?? "";
      last = chunk;
    }
    expectValidCitations(content, (last as { citations: Citation[] }).citations);
    bodies.push(JSON.stringify(completion), content);
  });

  it("never shows the API key in a response or a log line", () => {
    if (!env.LLM_API_KEY) return;
    for (const body of bodies) expect(body).not.toContain(env.LLM_API_KEY);
    for (const record of t.logs) expect(JSON.stringify(record)).not.toContain(env.LLM_API_KEY);
  });
});
