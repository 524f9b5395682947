/**
 * The chat model chosen by config, as a LangChain `BaseChatModel`, or null for extractive answers. A plain switch
 * with static imports; the Worker passes its AI binding as the second argument.
 *
 * Retries are switched off in every client: the answerer retries itself, and only before the first token, so a
 * retry can never repeat text the user has already seen, and the whole answer stays within LLM_TIMEOUT_MS.
 */
import { ChatAnthropic } from "@langchain/anthropic";
import { ChatCloudflareWorkersAI } from "@langchain/cloudflare";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import { ConfigError, type Config } from "../config.js";
import { ChatWorkersAIBinding, type WorkersAiBinding } from "./workers-ai-chat.js";

export interface ChatModelChoice {
  model: BaseChatModel;
  /** For /healthz and logs: provider and model, never a key or a URL. */
  id: string;
  /** A complete stream always carries a finish reason, so one without it was cut off. */
  expectsFinishReason: boolean;
}

export interface WorkersAiAccess {
  /** The Worker's AI binding (env.AI). */
  binding?: WorkersAiBinding;
  /** For the REST API instead of a binding (from Node); read from LLM_BASE_URL when that holds /accounts/ID/. */
  accountId?: string;
}

const DEFAULT_MODELS = {
  openai: "gpt-4o-mini",
  anthropic: "claude-3-5-haiku-latest",
  "workers-ai": "@cf/meta/llama-3.1-8b-instruct",
} as const;
const MAX_ANSWER_TOKENS = 1024;

export function createChatModel(config: Config, workersAi: WorkersAiAccess = {}): ChatModelChoice | null {
  switch (config.LLM_PROVIDER) {
    case "none":
      return null;
    case "openai": {
      if (!config.LLM_API_KEY && !config.LLM_BASE_URL) {
        throw new ConfigError("LLM_PROVIDER=openai needs LLM_API_KEY, or LLM_BASE_URL for a local server that takes no key");
      }
      const model = config.LLM_MODEL ?? DEFAULT_MODELS.openai;
      const chat = new ChatOpenAI({
        model,
        // Local servers (Ollama, vLLM, llama.cpp) take no key, but the client insists on one.
        apiKey: config.LLM_API_KEY ?? "not-needed",
        configuration: config.LLM_BASE_URL ? { baseURL: config.LLM_BASE_URL } : undefined,
        streaming: true,
        // Usage chunks are unused here, and some compatible servers reject stream_options.
        streamUsage: false,
        maxTokens: MAX_ANSWER_TOKENS,
        maxRetries: 0,
      });
      return { model: chat, id: `openai:${model}`, expectsFinishReason: true };
    }
    case "anthropic": {
      if (!config.LLM_API_KEY) throw new ConfigError("LLM_PROVIDER=anthropic needs LLM_API_KEY");
      const model = config.LLM_MODEL ?? DEFAULT_MODELS.anthropic;
      const chat = new ChatAnthropic({
        model,
        apiKey: config.LLM_API_KEY,
        anthropicApiUrl: config.LLM_BASE_URL,
        streaming: true,
        maxTokens: MAX_ANSWER_TOKENS,
        maxRetries: 0,
      });
      return { model: chat, id: `anthropic:${model}`, expectsFinishReason: false };
    }
    case "workers-ai": {
      const model = config.LLM_MODEL ?? DEFAULT_MODELS["workers-ai"];
      const id = `workers-ai:${model}`;
      if (workersAi.binding) return { model: new ChatWorkersAIBinding(workersAi.binding, model), id, expectsFinishReason: false };
      const accountId = workersAi.accountId ?? /\/accounts\/([^/]+)\//.exec(config.LLM_BASE_URL ?? "")?.[1];
      if (!accountId || !config.LLM_API_KEY) {
        throw new ConfigError(
          "LLM_PROVIDER=workers-ai needs the Worker's AI binding, or LLM_API_KEY and LLM_BASE_URL=https://api.cloudflare.com/client/v4/accounts/ACCOUNT_ID/ai/run",
        );
      }
      const chat = new ChatCloudflareWorkersAI({
        model,
        cloudflareAccountId: accountId,
        cloudflareApiToken: config.LLM_API_KEY,
        baseUrl: config.LLM_BASE_URL,
        streaming: true,
        maxRetries: 0,
      });
      return { model: chat, id, expectsFinishReason: false };
    }
  }
}
