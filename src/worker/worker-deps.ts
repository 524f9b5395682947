/**
 * Builds createApp's dependencies from the Worker's bindings and parsed config: the engine over the bundled index
 * (vectors in memory or in Vectorize), the chat model, static assets, feedback on D1, rate limiting. Pure wiring,
 * no request handling: the entry calls it once per isolate.
 */
import type { AppDeps } from "../app-types.js";
import { parseConfig } from "../config.js";
import { createEngine } from "../engine.js";
import type { PromptSet } from "../answer/prompts.js";
import { createD1FeedbackStore } from "../feedback/d1-feedback-store.js";
import { logAnsweredQuestion } from "../feedback/question-log.js";
import { createAdmissionFromConfig } from "../middleware/admission.js";
import { createWorkersRateLimiter, workersClientKey } from "../middleware/workers-rate-limit.js";
import { createLlmEngineHooks } from "../providers/llm-deps.js";
import { createChatModel } from "../providers/llm.js";
import { mountFeedbackRoutes } from "../routes/feedback.js";
import { mountOpenAICompatRoutes } from "../routes/openai-compat.js";
import { createWorkerAssets } from "./assets.js";
import { loadBundledIndex } from "./bundled-index.js";
import { createConsoleLogger } from "./console-log.js";
import type { WorkerEnv } from "./worker-env.js";
import { chooseRetrieval } from "./worker-retrieval.js";

export interface WorkerInputs {
  /** Text of the bundled index (src/generated/worker-index.json.txt). */
  indexText: string;
  /** Texts of prompts/answer.md and prompts/condense.md. */
  prompts: PromptSet;
}

export function createWorkerDeps(env: WorkerEnv, inputs: WorkerInputs): AppDeps & { mode: "bundled" | "vectorize" } {
  const config = parseConfig(env);
  const log = createConsoleLogger(config.LOG_LEVEL);
  const bundled = loadBundledIndex(inputs.indexText);
  const { embedder, vectors, mode } = chooseRetrieval(config, env, bundled);
  const llm = createLlmEngineHooks({
    choice: createChatModel(config, { binding: env.AI }),
    prompts: inputs.prompts,
    timeoutMs: config.LLM_TIMEOUT_MS,
    log,
  });
  const engine = createEngine({
    passages: bundled.passages,
    keywordData: bundled.keywordData,
    vectors,
    embeddings: embedder.embeddings,
    createGenerator: llm.createGenerator,
    createCondenser: llm.createCondenser,
    retrievalCacheSize: config.RETRIEVAL_CACHE_SIZE,
  });
  const feedback = env.DB ? createD1FeedbackStore(env.DB) : undefined;
  // Only the binding counts across isolates and locations; a per-isolate counter would limit almost nothing, so
  // without the binding chat is not rate limited (wrangler.toml says how to add it). The model-call queue is per
  // isolate, which is what it protects.
  const admitChat = createAdmissionFromConfig(config, {
    clientKey: workersClientKey,
    limiter: env.CHAT_RATE_LIMITER ? createWorkersRateLimiter(env.CHAT_RATE_LIMITER, { log }) : null,
  });

  return {
    mode,
    getEngine: () => engine,
    info: { embedder: embedder.id, llm: llm.llm },
    assets: env.ASSETS ? createWorkerAssets(env.ASSETS) : { get: async () => null },
    log,
    admitChat,
    feedback,
    onAnswered: feedback ? logAnsweredQuestion(feedback, log) : undefined,
    adminToken: config.ADMIN_TOKEN,
    mcpToken: config.MCP_TOKEN,
    // The same surface as Node; without a DB binding the feedback routes answer 404.
    extraRoutes: [mountFeedbackRoutes, mountOpenAICompatRoutes],
  };
}
