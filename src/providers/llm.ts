/**
 * The chat model chosen by config, as a LangChain chat model, or null for extractive answers. A plain switch; the
 * provider SDKs are imported when the first question needs them (see lazy-model.ts for the measured reason).
 * The Worker passes its AI binding as the second argument.
 *
 * Retries are switched off in every client: the answerer retries itself, and only before the first token, so a
 * retry can never repeat text the user has already seen, and the whole answer stays within LLM_TIMEOUT_MS.
 */
import { ConfigError, type Config } from "../config.js";
import { lazyChatModel, type StreamingChatModel } from "./lazy-model.js";
import type { WorkersAiBinding } from "./workers-ai-chat.js";

export interface ChatModelChoice {
  model: StreamingChatModel;
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
      const chat = lazyChatModel(async () => new (await import("@langchain/openai")).ChatOpenAI({
        model,
        // Local servers (Ollama, vLLM, llama.cpp) take no key, but the client insists on one.
        apiKey: config.LLM_API_KEY ?? "not-needed",
        configuration: config.LLM_BASE_URL ? { baseURL: config.LLM_BASE_URL } : undefined,
        streaming: true,
        // Usage chunks are unused here, and some compatible servers reject stream_options.
        streamUsage: false,
        maxTokens: MAX_ANSWER_TOKENS,
        maxRetries: 0,
      }));
      return { model: chat, id: `openai:${model}`, expectsFinishReason: true };
    }
    case "anthropic": {
      if (!config.LLM_API_KEY) throw new ConfigError("LLM_PROVIDER=anthropic needs LLM_API_KEY");
      const model = config.LLM_MODEL ?? DEFAULT_MODELS.anthropic;
      const apiKey = config.LLM_API_KEY;
      const chat = lazyChatModel(async () => new (await import("@langchain/anthropic")).ChatAnthropic({
        model,
        apiKey,
        anthropicApiUrl: config.LLM_BASE_URL,
        streaming: true,
        maxTokens: MAX_ANSWER_TOKENS,
        maxRetries: 0,
      }));
      return { model: chat, id: `anthropic:${model}`, expectsFinishReason: false };
    }
    case "workers-ai": {
      const model = config.LLM_MODEL ?? DEFAULT_MODELS["workers-ai"];
      const id = `workers-ai:${model}`;
      const binding = workersAi.binding;
      if (binding) {
        const chat = lazyChatModel(async () => new (await import("./workers-ai-chat.js")).ChatWorkersAIBinding(binding, model));
        return { model: chat, id, expectsFinishReason: false };
      }
      const accountId = workersAi.accountId ?? /\/accounts\/([^/]+)\//.exec(config.LLM_BASE_URL ?? "")?.[1];
      if (!accountId || !config.LLM_API_KEY) {
        throw new ConfigError(
          "LLM_PROVIDER=workers-ai needs the Worker's AI binding, or LLM_API_KEY and LLM_BASE_URL=https://api.cloudflare.com/client/v4/accounts/ACCOUNT_ID/ai/run",
        );
      }
      const apiToken = config.LLM_API_KEY;
      const chat = lazyChatModel(async () => new (await import("@langchain/cloudflare")).ChatCloudflareWorkersAI({
        model,
        cloudflareAccountId: accountId,
        cloudflareApiToken: apiToken,
        baseUrl: config.LLM_BASE_URL,
        streaming: true,
        maxRetries: 0,
      }));
      return { model: chat, id, expectsFinishReason: false };
    }
  }
}
