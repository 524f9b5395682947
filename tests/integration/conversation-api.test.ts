/**
 * The conversation set over real HTTP on loopback: /api/chat (what the web chat calls) and /v1/chat/completions
 * give the same answer and citations for every question, follow-ups included (history as earlier messages), and
 * /api/catalogue describes the material from its own catalogue.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp } from "../../src/app.js";
import { ConversationQuestionSchema } from "../../src/eval/conversation-eval.js";
import type { ChatAnswer, Citation } from "../../src/schemas.js";
import { mountOpenAICompatRoutes } from "../../src/routes/openai-compat.js";
import { listen } from "../helpers/llm-test-app.js";
import { createTestDeps, sharedTestEngine } from "../helpers/test-engine.js";

const questions = z.array(ConversationQuestionSchema).parse(JSON.parse(readFileSync(new URL("../eval/conversation-questions.json", import.meta.url), "utf8")));
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await listen(createApp(createTestDeps(await sharedTestEngine(), { extraRoutes: [mountOpenAICompatRoutes] })));
});
afterAll(() => server.close());

async function post<T>(path: string, body: object): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe("the same questions through both chat endpoints", () => {
  it("answer alike on /api/chat and /v1/chat/completions, for every question of the conversation set", async () => {
    for (const q of questions) {
      const history = (q.history ?? []).map((content) => ({ role: "user" as const, content }));
      const chat = await post<ChatAnswer>("/api/chat", { question: q.question, history });
      const completion = await post<{ choices: { message: { content: string } }[]; citations: Citation[] }>("/v1/chat/completions", {
        model: "city-climate-qa",
        messages: [...history, { role: "user", content: q.question }],
      });
      expect(completion.choices[0]!.message.content, q.id).toBe(chat.answer);
      expect(completion.citations.map((c) => c.id), q.id).toEqual(chat.citations.map((c) => c.id));
    }
  });
});

describe("GET /api/catalogue", () => {
  it("lists the cities in both languages, who is quoted, the documents, and a welcome in both languages", async () => {
    const res = await fetch(`${server.url}/api/catalogue`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { cities: { zh: string; en: string; speakers: unknown[] }[]; documents: string[]; welcome: { zh: string; en: string }; suggestions: { zh: string[]; en: string[] } };
    expect(body.cities.map((c) => `${c.zh} ${c.en}`)).toContain("深圳 Shenzhen");
    expect(body.cities.every((c) => c.speakers.length === 1)).toBe(true);
    expect(body.documents).toEqual(["cities-climate-action"]);
    for (const c of body.cities) {
      expect(body.welcome.en).toContain(c.en);
      expect(body.welcome.zh).toContain(c.zh);
    }
    expect(body.suggestions.zh.length).toBeGreaterThanOrEqual(2);
  });
});
