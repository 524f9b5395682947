/**
 * The OpenAI-compatible endpoint as real clients use it, against the real server process over loopback: the
 * official `openai` client (usage, created, include_usage, max_tokens, stop, OpenAI-shaped 400s, a 150-turn
 * conversation), the AI SDK's OpenAI chat model (citations as `sources`) and LangChain's ChatOpenAI (citations in
 * the raw response it keeps under `additional_kwargs.__raw_response`).
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createOpenAI } from "@ai-sdk/openai";
import { ChatOpenAI } from "@langchain/openai";
import { generateText, streamText } from "ai";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Citation } from "../../src/schemas.js";
import { countTokens } from "../../src/routes/openai-compat-tokens.js";
import { startServer, type StartedServer } from "../helpers/server.js";

type Annotation = { type: string; url_citation: { url: string; title: string; start_index: number; end_index: number } };
type Completion = OpenAI.ChatCompletion & { citations: Citation[]; choices: { message: { annotations?: Annotation[] } }[] };

const QUESTION = "How many supercharging stations has Shenzhen built?";
const MODEL = "city-climate-qa";

let server: StartedServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_RPM: "0" } });
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "any-key", maxRetries: 0 });
}, 90_000);
afterAll(async () => server?.stop());

const ask = async (params: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}) =>
  (await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: QUESTION }], ...params })) as Completion;

/** Every marker in the text has its citation and every citation is cited. */
function expectCitationsMatch(content: string, citations: { n: number }[]) {
  const used = [...new Set([...content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  expect(citations.map((c) => c.n).sort((a, b) => a - b)).toEqual(used);
}

/**
 * A POST on a connection of its own: the server answers 413 before reading a huge body and then closes the socket,
 * which a pooled keep-alive connection would hand to the next test.
 */
function postOnOwnConnection(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d)).on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function collectStream(params: Partial<OpenAI.ChatCompletionCreateParamsStreaming> = {}) {
  const stream = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: QUESTION }], stream: true, ...params });
  const chunks: (OpenAI.ChatCompletionChunk & { citations?: Citation[] })[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const content = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
  const annotations = chunks.flatMap((c) => ((c.choices[0]?.delta as { annotations?: Annotation[] } | undefined)?.annotations ?? []));
  const finish = chunks.map((c) => c.choices[0]?.finish_reason).find(Boolean);
  return { chunks, content, annotations, finish, citations: chunks.at(-1)?.citations ?? chunks.find((c) => c.citations)?.citations };
}

describe("the official openai client", () => {
  it("gets estimated usage, a real created time and url_citation annotations that resolve to the passages", async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await ask();
    const { message, finish_reason } = res.choices[0]!;
    expect(finish_reason).toBe("stop");
    expect(res.created).toBeGreaterThanOrEqual(before - 1);
    expect(res.created).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 1);
    expect(res.usage!.completion_tokens).toBe(countTokens(message.content!));
    expect(res.usage!.prompt_tokens).toBeGreaterThanOrEqual(countTokens(QUESTION));
    expect(res.usage!.total_tokens).toBe(res.usage!.prompt_tokens + res.usage!.completion_tokens);
    expectCitationsMatch(message.content!, res.citations);
    const annotations = message.annotations!;
    expect(annotations.map((a) => a.url_citation.url)).toEqual(res.citations.map((c) => `${server.url}/api/passages/${encodeURIComponent(c.id)}`));
    for (const [i, a] of annotations.entries()) {
      expect(a.type).toBe("url_citation");
      expect(message.content!.slice(a.url_citation.start_index, a.url_citation.end_index)).toBe(`[${res.citations[i]!.n}]`);
      expect(a.url_citation.title).toContain(res.citations[i]!.city?.en ?? "Series");
      const passage = await fetch(a.url_citation.url);
      expect(passage.status).toBe(200);
      expect((await passage.json()).id).toBe(res.citations[i]!.id);
    }
    const models = await client.models.list();
    expect(models.data[0]!.created).toBeGreaterThan(Date.UTC(2020, 0, 1) / 1000);
  });

  it("streams with a final usage chunk for stream_options.include_usage and annotations in a delta", async () => {
    const { chunks, content, annotations, finish, citations } = await collectStream({ stream_options: { include_usage: true } });
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(last.usage!.completion_tokens).toBe(countTokens(content));
    expect(last.usage!.total_tokens).toBe(last.usage!.prompt_tokens + last.usage!.completion_tokens);
    expect(chunks.slice(0, -1).every((c) => c.usage == null)).toBe(true);
    expect(finish).toBe("stop");
    expect(citations!.length).toBeGreaterThan(0);
    expectCitationsMatch(content, citations!);
    expect(annotations.map((a) => a.url_citation.url)).toEqual(citations!.map((c) => `${server.url}/api/passages/${encodeURIComponent(c.id)}`));
    const plain = await collectStream();
    expect(plain.chunks.some((c) => c.usage)).toBe(false);
  });

  it("cuts the answer and its citations at max_tokens with finish_reason length, streamed or not", async () => {
    const full = await ask();
    const fullText = full.choices[0]!.message.content!;
    expect(full.citations.length).toBeGreaterThan(0);
    const short = await ask({ max_tokens: 5 });
    expect(short.choices[0]!.finish_reason).toBe("length");
    expect(short.usage!.completion_tokens).toBeLessThanOrEqual(5);
    expect(fullText.startsWith(short.choices[0]!.message.content!)).toBe(true);
    expectCitationsMatch(short.choices[0]!.message.content!, short.citations);
    // A budget that ends right after the first marker keeps exactly that citation.
    const firstMarkerEnd = fullText.indexOf("[1]") + 3;
    const budget = countTokens(fullText.slice(0, firstMarkerEnd));
    for (const params of [{ max_tokens: budget }, { max_completion_tokens: budget }]) {
      const cut = await ask(params);
      expect(cut.choices[0]!.message.content).toBe(fullText.slice(0, firstMarkerEnd));
      expect(cut.citations.map((c) => c.id)).toEqual([full.citations[0]!.id]);
      expect(cut.choices[0]!.message.annotations).toHaveLength(1);
      expect(cut.choices[0]!.finish_reason).toBe(budget < countTokens(fullText) ? "length" : "stop");
    }
    const streamed = await collectStream({ max_tokens: 5, stream_options: { include_usage: true } });
    expect(streamed.finish).toBe("length");
    expect(streamed.chunks.at(-1)!.usage!.completion_tokens).toBeLessThanOrEqual(5);
    expectCitationsMatch(streamed.content, streamed.citations!);
  });

  it("ends the answer before a stop sequence", async () => {
    const full = (await ask()).choices[0]!.message.content!;
    const stop = full.includes(".") ? "." : "。";
    const res = await ask({ stop: [stop] });
    expect(res.choices[0]!.finish_reason).toBe("stop");
    expect(res.choices[0]!.message.content).toBe(full.slice(0, full.indexOf(stop)));
    expectCitationsMatch(res.choices[0]!.message.content!, res.citations);
    expect((await collectStream({ stop })).content).toBe(full.slice(0, full.indexOf(stop)));
  });

  it("refuses what it cannot honour with a 400 in OpenAI's error shape, naming the parameter", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ n: 2 }, "n"],
      [{ tools: [{ type: "function", function: { name: "f", parameters: {} } }], tool_choice: "required" }, "tools"],
      [{ tool_choice: "required" }, "tool_choice"],
      [{ response_format: { type: "json_object" } }, "response_format"],
      [{ logprobs: true }, "logprobs"],
      [{ messages: [{ role: "user", content: "   " }] }, "messages[0].content"],
      [{ messages: [{ role: "system", content: "be brief" }, { role: "user", content: "x".repeat(2001) }] }, "messages[1].content"],
      [{ messages: [{ role: "user", content: 42 }] }, "messages[0].content"],
    ];
    for (const [params, param] of cases) {
      const err = (await ask(params as never).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
      expect(err, param).toBeInstanceOf(OpenAI.BadRequestError);
      expect(err.type).toBe("invalid_request_error");
      expect(err.param).toBe(param);
      expect(err.message).toContain(param.replace(/\[.*/, ""));
      expect(err.message).not.toMatch(/\bquestion:/);
    }
    const huge = await postOnOwnConnection("/v1/chat/completions", JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "x".repeat(1100 * 1024) }] }));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({ error: { message: expect.any(String), type: "invalid_request_error", param: null, code: "payload_too_large" } });
    const missing = (await client.models.retrieve("gpt-4o").catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect(missing.type).toBe("not_found_error");
  });

  it("answers a 150-turn conversation (301 messages, every answer re-sent) from its recent turns", async () => {
    const questions = (JSON.parse(readFileSync("tests/eval/questions.json", "utf8")) as { question: string; answerable: boolean }[])
      .filter((q) => q.answerable)
      .map((q) => q.question);
    const answers = new Map<string, string>();
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: "system", content: "You are a helpful assistant." }];
    for (let turn = 0; turn < 150; turn++) {
      const question = questions[turn % questions.length]!;
      if (!answers.has(question)) answers.set(question, (await ask({ messages: [{ role: "user", content: question }] })).choices[0]!.message.content!);
      messages.push({ role: "user", content: question }, { role: "assistant", content: answers.get(question)! });
    }
    messages.push({ role: "user", content: QUESTION });
    const bodyBytes = Buffer.byteLength(JSON.stringify({ model: MODEL, messages }));
    expect(bodyBytes).toBeGreaterThan(64 * 1024); // longer than any other route accepts
    const res = await ask({ messages });
    expect(res.choices[0]!.finish_reason).toBe("stop");
    expect(res.citations.length).toBeGreaterThan(0);
    // Only the turns the answer used are counted: the last 20 earlier turns and the question.
    const used = messages.slice(-21).map((m) => ({ content: m.content as string }));
    expect(res.usage!.prompt_tokens).toBe(used.reduce((n, m) => n + 4 + countTokens(m.content), 0));
  });
});

describe("the AI SDK's OpenAI chat model", () => {
  const provider = () => createOpenAI({ baseURL: `${server.url}/v1`, apiKey: "any-key" });

  it("gets the citations as sources from generateText", async () => {
    const result = await generateText({ model: provider().chat(MODEL), prompt: QUESTION });
    expect(result.text).toMatch(/\[1\]/);
    expect(result.sources.length).toBeGreaterThan(0);
    for (const source of result.sources) {
      expect(source).toMatchObject({ sourceType: "url" });
      expect((source as { url: string }).url.startsWith(`${server.url}/api/passages/`)).toBe(true);
    }
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it("gets the citations as sources from streamText", async () => {
    const result = streamText({ model: provider().chat(MODEL), prompt: QUESTION });
    expect((await result.text).length).toBeGreaterThan(0);
    const sources = await result.sources;
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.sourceType === "url" && s.url.startsWith(`${server.url}/api/passages/`))).toBe(true);
  });
});

describe("LangChain's ChatOpenAI", () => {
  const model = () =>
    new ChatOpenAI({ model: MODEL, apiKey: "any-key", configuration: { baseURL: `${server.url}/v1` }, maxRetries: 0, __includeRawResponse: true });
  type Raw = { choices: { message?: { annotations?: Annotation[] }; delta?: { annotations?: Annotation[] } }[]; citations?: Citation[] };

  it("finds the citations in additional_kwargs.__raw_response (message.annotations and citations)", async () => {
    const message = await model().invoke(QUESTION);
    const raw = message.additional_kwargs.__raw_response as Raw;
    expect(raw.citations!.length).toBeGreaterThan(0);
    expect(raw.choices[0]!.message!.annotations!.map((a) => a.url_citation.url)).toEqual(
      raw.citations!.map((c) => `${server.url}/api/passages/${encodeURIComponent(c.id)}`),
    );
    expect(message.usage_metadata?.output_tokens).toBeGreaterThan(0);
  });

  it("finds them on the streamed chunk that carries the annotations", async () => {
    const annotations: Annotation[] = [];
    for await (const chunk of await model().stream(QUESTION)) {
      const raw = chunk.additional_kwargs.__raw_response as Raw | undefined;
      annotations.push(...(raw?.choices[0]?.delta?.annotations ?? []));
    }
    expect(annotations.length).toBeGreaterThan(0);
  });
});
