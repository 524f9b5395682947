/**
 * LLM mode follows the question plan, against the loopback OpenAI-compatible fake through the real client: a
 * compare question's prompt holds each city's sources grouped per city with the compare instruction; a borderline
 * question reaches the model with the "say the material does not cover it" instruction, and the checks still run;
 * a question far from the material never reaches the model.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChatAnswer } from "../../src/schemas.js";
import { sourceNumberOf, startFakeOpenAIServer, type ChatBody, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, type LlmTestApp } from "../helpers/llm-test-app.js";

let fake: FakeOpenAIServer;
let t: LlmTestApp;

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
  t = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 5000 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function ask(question: string): Promise<ChatAnswer> {
  const res = await t.app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatAnswer;
}

const userPrompt = (body: ChatBody) => body.messages.at(-1)!.content;

/** The text between a city group's opening and closing tags in the prompt. */
function cityGroup(prompt: string, en: string): string {
  const m = new RegExp(`<city name="${en} / [^"]+">([\\s\\S]*?)</city>`).exec(prompt);
  if (!m) throw new Error(`no group for ${en} in the prompt`);
  return m[1]!;
}

describe("LLM mode follows the plan", () => {
  it("gives a compare question each city's sources, grouped per city, with the compare instruction", async () => {
    fake.setDefault({
      kind: "reply",
      text: (body) => `Guangzhou builds ventilation corridors [${sourceNumberOf(body, "ventilation corridors")}]; Wuhan rebuilt a river beach [${sourceNumberOf(body, "Qingshan River Beach")}].`,
    });
    const answer = await ask("How do Guangzhou and Wuhan differ in their approach?");
    expect(answer.mode).toBe("llm");
    expect(answer.plan?.intent).toBe("compare");
    const prompt = userPrompt(fake.chatRequests()[0]!.body);
    expect(cityGroup(prompt, "Guangzhou")).toContain("ventilation corridors");
    expect(cityGroup(prompt, "Guangzhou")).not.toContain("Qingshan");
    expect(cityGroup(prompt, "Wuhan")).toContain("Qingshan River Beach");
    expect(prompt).toMatch(/compares Guangzhou .*Wuhan/);
    expect(new Set(answer.citations.map((c) => c.city?.en))).toEqual(new Set(["Guangzhou", "Wuhan"]));
  });

  it("gives 'what did every leader say' each city's leader, grouped per city, with the city-by-city instruction", async () => {
    fake.setDefault({ kind: "reply", text: (body) => `Shenzhen's mayor spoke of supercharging [${sourceNumberOf(body, "QIN Weizhong")}].` });
    const answer = await ask("What did each mayor say?");
    expect(answer.plan?.intent).toBe("quote");
    const prompt = userPrompt(fake.chatRequests()[0]!.body);
    for (const [city, speaker] of [["Shenzhen", "QIN Weizhong"], ["Wuhan", "SHENG Yuechun"], ["Qingdao", "REN Gang"]] as const) {
      expect(cityGroup(prompt, city)).toContain(speaker);
    }
    expect(prompt).toMatch(/what the leaders of .* said/);
    expect(answer.citations.map((c) => c.city?.en)).toEqual(["Shenzhen"]);
  });

  it("sends a borderline question to the model with the explicit not-covered instruction", async () => {
    fake.setDefault({ kind: "reply", text: (body) => `Zhenjiang set canteen standards to cut food waste [${sourceNumberOf(body, "canteens to reduce food waste")}].` });
    const answer = await ask("Where were canteen rules written to stop leftovers?");
    expect(fake.chatRequests()).toHaveLength(1);
    expect(userPrompt(fake.chatRequests()[0]!.body)).toContain("the material does not cover it");
    expect(answer.plan?.borderline).toBe(true);
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.city?.en).toBe("Zhenjiang");
  });

  it("treats a borderline answer that cites nothing as a refusal, and still checks what the model wrote", async () => {
    fake.setDefault({ kind: "reply", text: "The material does not cover this. [7]" });
    const answer = await ask("Where were canteen rules written to stop leftovers?");
    expect(fake.chatRequests()).toHaveLength(1);
    expect(answer.answerable).toBe(false);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).not.toContain("[7]");
    expect(answer.warnings?.length).toBeGreaterThan(0);
  });

  it("refuses a question far from the material without asking the model, with suggestions", async () => {
    const answer = await ask("What is the weather like?");
    expect(fake.chatRequests()).toHaveLength(0);
    expect(answer.answerable).toBe(false);
    expect(answer.plan?.intent).toBe("out_of_scope");
    expect(answer.suggestions?.length).toBeGreaterThanOrEqual(2);
  });
});
