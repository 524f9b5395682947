/** The model factory: one switch over config, clear errors for missing settings, and the Workers AI binding path. */
import { ChatAnthropic } from "@langchain/anthropic";
import { HumanMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import type { LazyChatModel } from "../../src/providers/lazy-model.js";
import { createChatModel } from "../../src/providers/llm.js";
import type { WorkersAiBinding } from "../../src/providers/workers-ai-chat.js";

const config = (env: Record<string, string>) => parseConfig(env);

describe("createChatModel", () => {
  it("gives no model for LLM_PROVIDER=none", () => {
    expect(createChatModel(config({}))).toBeNull();
  });

  it("builds ChatOpenAI for any OpenAI-compatible endpoint, a keyless local one included", async () => {
    const choice = createChatModel(config({ LLM_PROVIDER: "openai", LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen2.5:7b" }))!;
    expect(await (choice.model as LazyChatModel).load()).toBeInstanceOf(ChatOpenAI);
    expect(choice.id).toBe("openai:qwen2.5:7b");
    expect(choice.expectsFinishReason).toBe(true);
  });

  it("builds ChatAnthropic, and says which variable is missing", async () => {
    expect(await (createChatModel(config({ LLM_PROVIDER: "anthropic", LLM_API_KEY: "k" }))!.model as LazyChatModel).load()).toBeInstanceOf(ChatAnthropic);
    expect(() => createChatModel(config({ LLM_PROVIDER: "anthropic" }))).toThrow(/LLM_API_KEY/);
    expect(() => createChatModel(config({ LLM_PROVIDER: "openai" }))).toThrow(ConfigError);
    expect(() => createChatModel(config({ LLM_PROVIDER: "workers-ai" }))).toThrow(/binding/);
  });

  it("streams from a Workers AI binding", async () => {
    const sse = ["Shen", "zhen [1]", "."].map((t) => `data: ${JSON.stringify({ response: t })}\n\n`).join("") + "data: [DONE]\n\n";
    const calls: unknown[] = [];
    const binding: WorkersAiBinding = {
      async run(model, inputs) {
        calls.push({ model, inputs });
        return inputs.stream ? new Response(sse).body : { response: "Shenzhen [1]." };
      },
    };
    const choice = createChatModel(config({ LLM_PROVIDER: "workers-ai", LLM_MODEL: "@cf/qwen/qwen1.5-14b-chat-awq" }), { binding })!;
    expect(choice.id).toBe("workers-ai:@cf/qwen/qwen1.5-14b-chat-awq");
    let text = "";
    for await (const chunk of await choice.model.stream([new HumanMessage("hi")])) text += chunk.text;
    expect(text).toBe("Shenzhen [1].");
    expect(calls[0]).toEqual({ model: "@cf/qwen/qwen1.5-14b-chat-awq", inputs: { messages: [{ role: "user", content: "hi" }], stream: true } });
  });

  it("uses the Workers AI REST API from Node with an account URL and a token", async () => {
    const choice = createChatModel(
      config({ LLM_PROVIDER: "workers-ai", LLM_API_KEY: "t", LLM_BASE_URL: "https://api.cloudflare.com/client/v4/accounts/abc123/ai/run" }),
    )!;
    const model = await (choice.model as LazyChatModel).load();
    expect((model as unknown as { cloudflareAccountId: string }).cloudflareAccountId).toBe("abc123");
  });
});
