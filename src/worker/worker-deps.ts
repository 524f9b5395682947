/**
 * Builds createApp's dependencies from the Worker's bindings and parsed config: the engine over the bundled index
 * (vectors in memory or in Vectorize), the chat model, static assets, feedback on D1, rate limiting. Pure wiring,
 * no request handling: the entry calls it once per isolate.
 */
import type { AppDeps } from "../app-types.js";
import { parseConfig } from "../config.js";
import { createEngine, type Engine } from "../engine.js";
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
import { useGlossaryLayers } from "../retrieval/glossary.js";
import { createConsoleLogger } from "./console-log.js";
import { createD1Engine, loadStoredGlossary } from "./d1-engine.js";
import type { WorkerEnv } from "./worker-env.js";
import { chooseD1Retrieval, chooseRetrieval } from "./worker-retrieval.js";

export interface WorkerInputs {
  /** Text of the bundled index (src/generated/worker-index.json.txt). */
  indexText: string;
  /** Texts of prompts/answer.md and prompts/condense.md. */
  prompts: PromptSet;
}

export type WorkerMode = "bundled" | "vectorize" | "d1";

export function createWorkerDeps(
  env: WorkerEnv,
  inputs: WorkerInputs,
): AppDeps & { mode: WorkerMode; prepare: () => Promise<void> } {
  const config = parseConfig(env);
  const log = createConsoleLogger(config.LOG_LEVEL);
  const llm = createLlmEngineHooks({
    choice: createChatModel(config, { binding: env.AI }),
    prompts: inputs.prompts,
    timeoutMs: config.LLM_TIMEOUT_MS,
    log,
  });
  const engineParts = {
    createGenerator: llm.createGenerator,
    createCondenser: llm.createCondenser,
    retrievalCacheSize: config.RETRIEVAL_CACHE_SIZE,
  };
  let engine: Engine | null = null;
  let mode: WorkerMode;
  let embedderId: string;
  let prepare: () => Promise<void> = async () => {};
  const d1 = chooseD1Retrieval(config, env);
  if (d1) {
    // D1 scale mode: the bundled index is not read; the engine is assembled on the first request, which may do I/O.
    ({ mode } = d1);
    embedderId = d1.embedder.id;
    prepare = async () => {
      // Each first request loads on its own rather than awaiting another request's I/O, which Workers forbid.
      if (engine) return;
      try {
        // The operator's glossary the postings were analyzed with, before the analyzers and embedder that read it
        // are made (the built-in embedder's features and id depend on it).
        const layers = await loadStoredGlossary(d1.db);
        useGlossaryLayers(layers);
        const retrieval = layers.length ? chooseD1Retrieval(config, env)! : d1;
        embedderId = retrieval.embedder.id;
        engine = await createD1Engine({ db: retrieval.db, vectors: retrieval.vectors, embeddings: retrieval.embedder.embeddings, log, ...engineParts });
      } catch (err) {
        // D1 unreachable or not yet synced: routes answer 503 not_ready (JSON) and the next request tries again.
        log({ level: "error", msg: "D1 corpus unavailable", error: err instanceof Error ? err.message : String(err) });
      }
    };
  } else {
    const bundled = loadBundledIndex(inputs.indexText);
    // The glossary the bundle was built with, before the embedder and analyzers that read it are made.
    useGlossaryLayers(bundled.glossary);
    const retrieval = chooseRetrieval(config, env, bundled);
    ({ mode } = retrieval);
    embedderId = retrieval.embedder.id;
    engine = createEngine({
      passages: bundled.passages,
      keywordData: bundled.keywordData,
      vectors: retrieval.vectors,
      embeddings: retrieval.embedder.embeddings,
      ...engineParts,
    });
  }
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
    prepare,
    getEngine: () => engine,
    // A getter: D1 scale mode knows its embedder (it depends on the stored glossary) only once prepared.
    info: {
      get embedder() {
        return embedderId;
      },
      llm: llm.llm,
    },
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
