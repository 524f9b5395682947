/**
 * A follow-up that names no city ("那它的市长说了什么?", "and how much storage will it have by 2030?") retrieves the
 * previous turn's city: rewritten by the model when one is configured, by the rules when not, and by the rules
 * again when the model fails at it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ChatAnswer, HistoryTurn } from "../../src/schemas.js";
import { sourceNumberOf, startFakeOpenAIServer, type ChatBody, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, type LlmTestApp } from "../helpers/llm-test-app.js";

const SHENZHEN = {
  history: [
    { role: "user", content: "深圳建成了多少座超充站?" },
    { role: "assistant", content: "深圳全市已累计建成超充站1055座[1]。" },
  ] as HistoryTurn[],
  question: "那它的市长说了什么?",
  rewrite: "深圳的市长说了什么?",
  /** Text of the passage that must be retrieved. */
  expected: "QIN Weizhong",
};
const DALIAN = {
  history: [
    { role: "user", content: "What did Dalian's former mayor say?" },
    { role: "assistant", content: "Former Mayor CHEN Shaowang says Dalian is developing clean energy [1]." },
  ] as HistoryTurn[],
  question: "and how much storage will it have by 2030?",
  rewrite: "How much energy storage capacity will Dalian have by 2030?",
  expected: "1.5 million kilowatts",
};

async function ask(t: LlmTestApp, body: object): Promise<ChatAnswer> {
  const res = await t.app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as ChatAnswer;
}

const isCondense = (body: ChatBody) => body.messages[0]!.content.includes("standalone question");

/** An answer citing whichever expected passage the prompt holds, by the number the prompt gave it. */
function citeExpected(body: ChatBody): string {
  for (const c of [SHENZHEN, DALIAN]) {
    try {
      return `It says ${c.expected} [${sourceNumberOf(body, c.expected)}].`;
    } catch {
      /* this passage is not among the sources */
    }
  }
  return "None of the expected passages was retrieved.";
}

describe("follow-ups without an LLM", () => {
  let t: LlmTestApp;
  beforeAll(async () => {
    t = await createLlmTestApp();
  });

  it.each([
    ["Chinese", SHENZHEN],
    ["English", DALIAN],
  ])("carry the previous turn's city (%s)", async (_lang, c) => {
    const answer = await ask(t, { question: c.question, history: c.history });
    expect(answer.answerable).toBe(true);
    expect(answer.citations.map((p) => `${p.zh} ${p.en}`).join(" ")).toContain(c.expected);
  });
});

describe("follow-ups with an LLM", () => {
  let fake: FakeOpenAIServer;
  let t: LlmTestApp;
  let rewrite = "";
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    t = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 3000 });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    // The model rewrites when asked to condense, and otherwise answers citing the passage the test expects.
    fake.setDefault((body) => (isCondense(body) ? { kind: "reply", text: rewrite } : { kind: "reply", text: citeExpected(body) }));
  });

  it.each([
    ["Chinese", SHENZHEN],
    ["English", DALIAN],
  ])("rewrite the question with the model and retrieve the previous turn's city (%s)", async (_lang, c) => {
    rewrite = c.rewrite;
    const answer = await ask(t, { question: c.question, history: c.history });
    expect(answer.mode).toBe("llm");
    expect(answer.citations.map((p) => `${p.zh} ${p.en}`).join(" ")).toContain(c.expected);
    const [condense, answerRequest] = fake.chatRequests();
    const condensePrompt = JSON.stringify(condense!.body.messages);
    expect(condensePrompt).toContain(c.history[0]!.content);
    expect(condensePrompt).toContain(c === SHENZHEN ? "Simplified Chinese" : "English");
    // The answer step gets the standalone question, not the bare follow-up.
    expect(answerRequest!.body.messages.at(-1)!.content).toContain(c.rewrite);
  });

  it("falls back to the rule rewrite when the model fails to rewrite", async () => {
    fake.enqueue({ kind: "error", status: 500 });
    const answer = await ask(t, { question: SHENZHEN.question, history: SHENZHEN.history });
    expect(answer.citations.map((p) => p.en).join(" ")).toContain(SHENZHEN.expected);
    expect(t.logs.some((l) => l.msg.includes("condense") && l.reason === "the model server answered HTTP 500")).toBe(true);
  });

  it("falls back to the rule rewrite when the model hangs, within a third of the budget", async () => {
    fake.enqueue({ kind: "hang" });
    const started = performance.now();
    const answer = await ask(t, { question: DALIAN.question, history: DALIAN.history });
    expect(answer.citations.map((p) => p.en).join(" ")).toContain(DALIAN.expected);
    expect(performance.now() - started).toBeLessThan(1000 + 1000);
  });

  it("ignores a rewrite in the wrong language", async () => {
    rewrite = "What did Shenzhen's mayor say?";
    await ask(t, { question: SHENZHEN.question, history: SHENZHEN.history });
    const answerRequest = fake.chatRequests()[1]!;
    expect(answerRequest.body.messages.at(-1)!.content).toContain(SHENZHEN.question);
  });

  it("does not call the model to rewrite a first question", async () => {
    await ask(t, { question: "深圳建成了多少座超充站?" });
    expect(fake.chatRequests().filter((r) => isCondense(r.body))).toHaveLength(0);
  });
});
