/** The LLM answerer on its own: each chunk goes out before the next is read, and every failure falls back. */
import { AIMessageChunk } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import type { AnswerGenerator, AnswerInput } from "../../src/answer/generator.js";
import { createLlmGenerator } from "../../src/answer/llm-generator.js";

const input = {
  question: "q",
  lang: "en",
  analysis: {} as AnswerInput["analysis"],
  sources: [],
  history: [],
} as AnswerInput;
const extractive: AnswerGenerator = {
  name: "extractive",
  generate: async (_input, options) => {
    options?.onToken?.("extracted");
    return { text: "extracted [1].", mode: "extractive", warnings: [] };
  },
};
const template = "# System\n{{language}}\n# User\n{{sources}} {{question}}";

/** A model whose stream runs the given script, logging each step. */
function scriptedModel(log: string[], script: (string | Error)[]) {
  return {
    async stream() {
      return (async function* () {
        for (const step of script) {
          if (step instanceof Error) throw step;
          log.push(`model:${step}`);
          yield new AIMessageChunk({ content: step });
        }
      })();
    },
  } as never;
}

describe("createLlmGenerator", () => {
  it("hands each chunk on before reading the next", async () => {
    const log: string[] = [];
    const generator = createLlmGenerator({ model: scriptedModel(log, ["a", "b", "c"]), template, extractive, timeoutMs: 1000 });
    const answer = await generator.generate(input, { onToken: (t) => log.push(`token:${t}`) });
    expect(answer).toEqual({ text: "abc", mode: "llm", warnings: [] });
    expect(log).toEqual(["model:a", "token:a", "model:b", "token:b", "model:c", "token:c"]);
  });

  it("falls back without streaming the extractive text after model tokens", async () => {
    const log: string[] = [];
    const cut = new TypeError("terminated");
    const generator = createLlmGenerator({ model: scriptedModel(log, ["a", cut]), template, extractive, timeoutMs: 1000 });
    const answer = await generator.generate(input, { onToken: (t) => log.push(`token:${t}`) });
    expect(answer.mode).toBe("extractive");
    expect(answer.text).toBe("extracted [1].");
    expect(answer.warnings[0]).toMatch(/broke off midway/);
    expect(log).toEqual(["model:a", "token:a"]);
  });

  it("streams the extractive answer when the model failed before any token", async () => {
    const tokens: string[] = [];
    const failing = Object.assign(new Error("boom"), { status: 400 });
    const generator = createLlmGenerator({ model: scriptedModel([], [failing]), template, extractive, timeoutMs: 1000 });
    const answer = await generator.generate(input, { onToken: (t) => tokens.push(t) });
    expect(answer.warnings[0]).toMatch(/HTTP 400/);
    expect(tokens).toEqual(["extracted"]);
  });

  it("says the request was cancelled, not timed out, when the client goes away", async () => {
    const client = new AbortController();
    const model = {
      async stream(_m: unknown, options: { signal: AbortSignal }) {
        client.abort();
        options.signal.throwIfAborted();
        return (async function* () {})();
      },
    } as never;
    const answer = await createLlmGenerator({ model, template, extractive, timeoutMs: 1000 }).generate(input, { signal: client.signal });
    expect(answer.warnings[0]).toMatch(/cancelled/);
  });
});

describe("a reasoning model's <think> block", () => {
  it("is neither streamed nor part of the answer", async () => {
    const tokens: string[] = [];
    const model = scriptedModel([], ["<thi", "nk>The user wants 9,999", " things.</think>\n\n", "Shenzhen has ", "1,055 [1]."]);
    const answer = await createLlmGenerator({ model, template, extractive, timeoutMs: 1000 }).generate(input, { onToken: (t) => tokens.push(t) });
    expect(answer.text).toBe("Shenzhen has 1,055 [1].");
    expect(tokens.join("")).toBe("Shenzhen has 1,055 [1].");
  });

  it("leaves ordinary text that merely starts with '<' alone", async () => {
    const answer = await createLlmGenerator({ model: scriptedModel([], ["<", "b>bold</b> [1]."]), template, extractive, timeoutMs: 1000 }).generate(input);
    expect(answer.text).toBe("<b>bold</b> [1].");
  });
});
