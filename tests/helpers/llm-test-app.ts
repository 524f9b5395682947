/**
 * The app wired the way the Node entry wires a configured model: parseConfig -> createChatModel (the real
 * ChatOpenAI) -> createLlmEngineHooks with the prompt files -> createEngine over the seed corpus -> createApp with
 * the OpenAI-compatible routes. Log records are captured so tests can read every line the service would write.
 */
import { serve } from "@hono/node-server";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createApp, type App } from "../../src/app.js";
import type { AppDeps, LogRecord } from "../../src/app-types.js";
import type { PromptSet } from "../../src/answer/prompts.js";
import { parseConfig, type Config } from "../../src/config.js";
import type { Engine } from "../../src/engine.js";
import { createChatModel } from "../../src/providers/llm.js";
import { createLlmEngineHooks } from "../../src/providers/llm-deps.js";
import { mountOpenAICompatRoutes } from "../../src/routes/openai-compat.js";
import { createTestDeps, createTestEngine } from "./test-engine.js";

export const TEST_API_KEY = "sk-test-SECRET-123";

export function readPromptFiles(): PromptSet {
  const read = (name: string) => readFileSync(new URL(`../../prompts/${name}.md`, import.meta.url), "utf8");
  return { answer: read("answer"), condense: read("condense") };
}

export interface LlmTestApp {
  app: App;
  engine: Engine;
  config: Config;
  logs: LogRecord[];
}

export interface LlmTestAppOptions {
  /** The fake server's base URL; omit for LLM_PROVIDER=none. */
  baseURL?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
  deps?: Partial<AppDeps>;
}

export async function createLlmTestApp(options: LlmTestAppOptions = {}): Promise<LlmTestApp> {
  const config = parseConfig({
    LLM_PROVIDER: options.baseURL ? "openai" : "none",
    LLM_BASE_URL: options.baseURL,
    LLM_API_KEY: TEST_API_KEY,
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: String(options.timeoutMs ?? 800),
    ...options.env,
  });
  const logs: LogRecord[] = [];
  const log = (record: LogRecord) => void logs.push(record);
  const hooks = createLlmEngineHooks({ choice: createChatModel(config), prompts: readPromptFiles(), timeoutMs: config.LLM_TIMEOUT_MS, log });
  const engine = await createTestEngine({ createGenerator: hooks.createGenerator, createCondenser: hooks.createCondenser });
  const app = createApp(
    createTestDeps(engine, {
      info: { embedder: "local-test", llm: hooks.llm },
      log,
      extraRoutes: [mountOpenAICompatRoutes],
      ...options.deps,
    }),
  );
  return { app, engine, config, logs };
}

/** The app over real HTTP on a free loopback port, as @hono/node-server serves it in production. */
export async function listen(app: App): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
