/**
 * The Node entry: reads the environment once, starts listening at once (503 not_ready until the index is
 * loaded), builds the index when it is missing or stale, and shuts down gracefully on SIGTERM/SIGINT. The index
 * can be rebuilt and swapped in while serving (POST /api/admin/reindex, CORPUS_WATCH=1).
 */
import { cedictBridge } from "../retrieval/cedict-bridge.js";
import { serve, type HttpBindings } from "@hono/node-server";
import { fileURLToPath } from "node:url";
import { createApp } from "../app.js";
import { ConfigError, corsOrigins, parseConfig } from "../config.js";
import { AppError } from "../errors.js";
import type { Engine } from "../engine.js";
import { logAnsweredQuestion } from "../feedback/question-log.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { mountOpenAICompatRoutes } from "../routes/openai-compat.js";
import { mountFeedbackRoutes } from "../routes/feedback.js";
import { createAdmissionFromConfig } from "../middleware/admission.js";
import { admissionMetrics, answerMetrics, fallbackMetrics } from "../metrics/metrics-wiring.js";
import { createPromMetrics } from "../metrics/prom-metrics.js";
import { configSecrets, createRedactor, redactRecord } from "../util/redact.js";
import { createFileAssets } from "./node-assets.js";
import { createSwaggerUiAssets } from "./node-docs-assets.js";
import { loadNodeIndexAndEngine } from "./node-engine.js";
import { createReindexer, type Reindexer } from "./node-reindex.js";
import { watchCorpus } from "./node-watch.js";
import { emptyReason } from "../store/ingest-summary.js";
import type { LoadedIndex } from "../store/load-index.js";
import { createNodeFeedback, databaseSecrets } from "./node-feedback.js";
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
  const metrics = createPromMetrics();
  const log = fallbackMetrics(metrics, createJsonLogger(config.LOG_LEVEL, (record) => redactRecord(record, redact)));
  const embedder = createNodeEmbeddings(config);
  const llm = await createNodeLlmHooks(config, log);
  let engine: Engine | null = null;
  let index: LoadedIndex | null = null;
  let reindexer: Reindexer | null = null;
  const warn = (msg: string) => log({ level: "warn", msg });
  const feedbackStore = createNodeFeedback(config, log);
  const feedback = feedbackStore.store;

  const app = createApp({
    getEngine: () => engine,
    info: { embedder: embedder.id, llm: llm.llm },
    assets: await createFileAssets(STATIC_DIR),
    docsAssets: await createSwaggerUiAssets(),
    log,
    feedback,
    adminToken: config.ADMIN_TOKEN,
    mcpToken: config.MCP_TOKEN,
    onAnswered: answerMetrics(metrics, logAnsweredQuestion(feedback, log)),
    metrics,
    metricsToken: config.METRICS_TOKEN,
    degradedReason: () => (index && index.passages.length === 0 ? emptyReason(config.CORPUS_DIR, index.manifest.skipped?.length ?? 0) : undefined),
    reindex: () => {
      if (!reindexer) return Promise.reject(new AppError("not_ready", "The index is still loading; try again in a moment"));
      return reindexer.reindex();
    },
    extraRoutes: [mountFeedbackRoutes, mountOpenAICompatRoutes],
    corsOrigins: corsOrigins(config),
    admitChat: admissionMetrics(
      metrics,
      createAdmissionFromConfig(config, {
        clientKey: (c) => (c.env as HttpBindings | undefined)?.incoming?.socket?.remoteAddress,
      }),
    ),
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  server.on("error", (err) => {
    log({ level: "error", msg: `cannot listen on ${config.HOST}:${config.PORT}: ${err.message}` });
    process.exit(1);
  });
  installGracefulShutdown({ server, log, beforeExit: () => feedbackStore.close() });

  const info = (msg: string) => log({ level: "info", msg });
  // Skipped files are logged once, from the manifest, whether or not this start built the index.
  const loaded = await loadNodeIndexAndEngine({ config, embedder, llm, log: info, warn: () => undefined });
  ({ engine, index } = loaded);
  for (const s of index.manifest.skipped ?? []) warn(`Skipped ${s.doc}: ${s.reason}`);
  if (index.passages.length === 0) warn(`degraded: ${emptyReason(config.CORPUS_DIR, index.manifest.skipped?.length ?? 0)}`);
  reindexer = createReindexer({
    config,
    embedder,
    llm,
    log: info,
    warn,
    swap: (next, nextIndex) => {
      const old = index;
      [engine, index] = [next, nextIndex];
      watchIntegrity(nextIndex);
      return old;
    },
  });
  // A large build is served before its checksums are verified (on a thread): a mismatch rebuilds it from the
  // corpus, reusing nothing of it, and swaps the result in.
  const [indexDir, corpusDir] = [config.INDEX_DIR, config.CORPUS_DIR];
  function watchIntegrity(loaded: LoadedIndex): void {
    loaded.verified.catch((err: unknown) => {
      if (index !== loaded || !reindexer) return;
      const why = err instanceof Error ? err.message : String(err);
      log({ level: "error", msg: `index at ${indexDir} is corrupted (${why}); rebuilding from ${corpusDir}` });
      reindexer.reindex({ full: true }).then(
        (report) => info(`built index: ${report.passages} passages from ${report.documents} documents in ${report.ms} ms`),
        (e) => log({ level: "error", msg: `rebuilding the corrupted index failed: ${e instanceof Error ? e.message : String(e)}` }),
      );
    });
  }
  watchIntegrity(index);
  if (config.CORPUS_WATCH === "1") {
    const r = reindexer;
    watchCorpus(config.CORPUS_DIR, () => {
      r.reindex().then(
        (report) => info(`corpus changed: reindexed ${report.passages} passages from ${report.documents} documents in ${report.ms} ms`),
        (err) => log({ level: "error", msg: `reindex after a corpus change failed: ${err instanceof Error ? err.message : String(err)}` }),
      );
    }, (err) => log({ level: "error", msg: `cannot watch ${config.CORPUS_DIR} (CORPUS_WATCH=1): ${err.message}` }));
  }
  const readyMs = Math.round(performance.now() - started);
  log({ level: "info", msg: `ready: http://${config.HOST}:${config.PORT} (${engine.passages.length} passages, ${readyMs} ms)` });
  // Made on first use, and made now, after ready, so that no asker waits for them: the dictionary bridge (CC-CEDICT,
  // ~0.5 s) in slices between requests, then the chat's catalogue and planner (~0.2 s at a million passages).
  // OpenCC's Simplified-to-Traditional tables (~0.25 s) wait for the first question in Traditional script.
  setImmediate(() => {
    cedictBridge()
      .warmUp()
      .then(() => engine?.chat.catalogue)
      // Not fatal here: the request that needs either builds it again and answers with the error.
      .catch((err: unknown) => log({ level: "error", msg: `warming up after start failed: ${err instanceof Error ? err.message : String(err)}` }));
  });
}

main().catch((err) => {
  console.error(createRedactor(configSecrets(process.env))(`fatal: ${err instanceof Error ? err.message : String(err)}`));
  process.exit(1);
});
