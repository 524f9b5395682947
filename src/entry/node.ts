/**
 * The Node entry: reads the environment once, starts listening at once (503 not_ready until the index is
 * loaded), builds the index when it is missing or stale, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { serve, type HttpBindings } from "@hono/node-server";
import { fileURLToPath } from "node:url";
import { createApp } from "../app.js";
import { ConfigError, corsOrigins, parseConfig } from "../config.js";
import type { Engine } from "../engine.js";
import { logAnsweredQuestion } from "../feedback/question-log.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { mountOpenAICompatRoutes } from "../routes/openai-compat.js";
import { mountFeedbackRoutes } from "../routes/feedback.js";
import { createAdmissionFromConfig } from "../middleware/admission.js";
import { configSecrets, createRedactor, redactRecord } from "../util/redact.js";
import { createFileAssets } from "./node-assets.js";
import { createNodeFeedback, databaseSecrets } from "./node-feedback.js";
import { loadNodeEngine } from "./node-engine.js";
import { createNodeLlmHooks } from "./node-llm.js";
import { createJsonLogger } from "./node-log.js";
import { installGracefulShutdown } from "./node-shutdown.js";

const STATIC_DIR = fileURLToPath(new URL("../web/static", import.meta.url));

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const started = performance.now();
  const redact = createRedactor([...configSecrets(config), ...databaseSecrets(config)]);
  const log = createJsonLogger(config.LOG_LEVEL, (record) => redactRecord(record, redact));
  const embedder = createNodeEmbeddings(config);
  const llm = await createNodeLlmHooks(config, log);
  let engine: Engine | null = null;
  const feedbackStore = createNodeFeedback(config, log);
  const feedback = feedbackStore.store;

  const app = createApp({
    getEngine: () => engine,
    info: { embedder: embedder.id, llm: llm.llm },
    assets: await createFileAssets(STATIC_DIR),
    log,
    feedback,
    adminToken: config.ADMIN_TOKEN,
    onAnswered: logAnsweredQuestion(feedback, log),
    extraRoutes: [mountFeedbackRoutes, mountOpenAICompatRoutes],
    corsOrigins: corsOrigins(config),
    admitChat: createAdmissionFromConfig(config, {
      clientKey: (c) => (c.env as HttpBindings | undefined)?.incoming?.socket?.remoteAddress,
    }),
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  server.on("error", (err) => {
    log({ level: "error", msg: `cannot listen on ${config.HOST}:${config.PORT}: ${err.message}` });
    process.exit(1);
  });
  installGracefulShutdown({ server, log, beforeExit: () => feedbackStore.close() });

  engine = await loadNodeEngine({ config, embedder, llm, log: (msg) => log({ level: "info", msg }) });
  const readyMs = Math.round(performance.now() - started);
  log({ level: "info", msg: `ready: http://${config.HOST}:${config.PORT} (${engine.passages.length} passages, ${readyMs} ms)` });
}

main().catch((err) => {
  console.error(createRedactor(configSecrets(process.env))(`fatal: ${err instanceof Error ? err.message : String(err)}`));
  process.exit(1);
});
