/**
 * LLM_PROVIDER=openai against a real OpenAI-compatible server on loopback, through the real ChatOpenAI client:
 * answers come from the model (mode llm), the model sees every source in both languages, and the citation checks
 * still catch what a model gets wrong (an invented [9], a figure no source holds).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChatAnswer } from "../../src/schemas.js";
import { sourceNumberOf, startFakeOpenAIServer, type ChatBody, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, TEST_API_KEY, type LlmTestApp } from "../helpers/llm-test-app.js";
import { chatStream } from "../helpers/sse-client.js";

const STATIONS_EN = "How many supercharging stations has Shenzhen built?";
const STATIONS_ZH = "深圳建成了多少座超充站?";

let fake: FakeOpenAIServer;
let t: LlmTestApp;

beforeAll(async () => {
  fake = await startFakeOpenAIServer();
  t = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 5000 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function ask(body: object): Promise<ChatAnswer> {
  const res = await t.app.request("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatAnswer;
}

/** A reply citing the passage about Shenzhen's stations by the number the prompt gave it. */
const stationsReply = (template: (n: number) => string) => ({
  kind: "reply" as const,
  text: (body: ChatBody) => template(sourceNumberOf(body, "1,055 supercharging stations")),
});

describe("answers from a configured model", () => {
  it("answers in llm mode with the model's cited text", async () => {
    fake.setDefault(stationsReply((n) => `Shenzhen has built 1,055 supercharging stations [${n}].`));
    const answer = await ask({ question: STATIONS_EN });
    expect(answer.mode).toBe("llm");
    expect(answer.answer).toBe("Shenzhen has built 1,055 supercharging stations [1].");
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.en).toContain("1,055 supercharging stations");
    expect(answer.warnings).toBeUndefined();
  });

  it("gives the model every source in both languages, as quoted data, with the answer language", async () => {
    fake.setDefault(stationsReply((n) => `深圳已建成超充站1055座[${n}]。`));
    const answer = await ask({ question: STATIONS_ZH });
    expect(answer.mode).toBe("llm");
    const [request] = fake.chatRequests();
    const system = request!.body.messages.find((m) => m.role === "system")!.content;
    const user = request!.body.messages.at(-1)!.content;
    expect(system).toContain("Simplified Chinese");
    expect(user).toContain("全市已累计建成超充站1055座");
    expect(user).toContain("installing a total of 1,055 supercharging stations");
    expect(user).toMatch(/<source n="1" city="Shenzhen \/ 深圳" kind="initiative">/);
    expect(user).toContain(STATIONS_ZH);
    expect(request!.body.stream).toBe(true);
    expect(request!.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it("removes an invented [9] and says so", async () => {
    fake.setDefault(stationsReply((n) => `Shenzhen has built 1,055 supercharging stations [${n}][9].`));
    const answer = await ask({ question: STATIONS_EN });
    expect(answer.answer).not.toContain("[9]");
    expect(answer.answer).toContain("[1]");
    expect(answer.warnings?.join(" ")).toContain("[9]");
  });

  it("renumbers the citations densely in order of first use", async () => {
    fake.setDefault({
      kind: "reply",
      text: (body) => {
        const quote = sourceNumberOf(body, "QIN Weizhong");
        const stations = sourceNumberOf(body, "1,055 supercharging stations");
        return `Mayor QIN Weizhong wants a world-class supercharging city [${quote}]. It has 1,055 stations [${stations}].`;
      },
    });
    const answer = await ask({ question: "What did Shenzhen's mayor say about supercharging?" });
    expect(answer.answer).toMatch(/\[1\]\..*\[2\]\.$/);
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(answer.citations[0]!.kind).toBe("quote");
  });

  it("flags an unsupported 9,999 in an English answer", async () => {
    fake.setDefault(stationsReply((n) => `Shenzhen has built 9,999 supercharging stations [${n}].`));
    const answer = await ask({ question: STATIONS_EN });
    expect(answer.mode).toBe("llm");
    expect(answer.unsupportedNumbers).toEqual(["9,999"]);
    expect(answer.warnings?.join(" ")).toContain("9,999");
  });

  it("flags an unsupported 9,999 in a Chinese answer", async () => {
    fake.setDefault(stationsReply((n) => `深圳已建成超充站9,999座[${n}]。`));
    const answer = await ask({ question: STATIONS_ZH });
    expect(answer.lang).toBe("zh");
    expect(answer.unsupportedNumbers).toEqual(["9,999"]);
    expect(answer.warnings?.join(" ")).toContain("9,999");
  });

  it("streams sources, then the model's tokens as they come, then the checked answer", async () => {
    fake.setDefault({ ...stationsReply((n) => `Shenzhen has built 1,055 supercharging stations [${n}][9].`), tokenDelayMs: 5 });
    const { res, events } = await chatStream(t.app, { question: STATIONS_EN });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const kinds = events.map((e) => e.event);
    expect(kinds[0]).toBe("sources");
    expect(kinds.at(-1)).toBe("done");
    const tokens = events.filter((e) => e.event === "token");
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    expect(kinds.slice(1, -1).every((k) => k === "token")).toBe(true);
    const streamed = tokens.map((e) => (JSON.parse(e.data) as { text: string }).text).join("");
    expect(streamed).toContain("1,055 supercharging stations");
    const done = JSON.parse(events.at(-1)!.data) as ChatAnswer;
    expect(done.mode).toBe("llm");
    expect(done.answer).not.toContain("[9]");
    expect(done.warnings?.join(" ")).toContain("[9]");
  });

  it("reports the configured model in /healthz", async () => {
    const health = (await (await t.app.request("/healthz")).json()) as { llm: string };
    expect(health.llm).toBe("openai:fake-model");
  });
});
