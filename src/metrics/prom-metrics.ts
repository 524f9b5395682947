/**
 * The Metrics port over prom-client (Node only), in its own registry, with the process's default metrics (CPU,
 * memory, event-loop lag) beside the service's. Latency buckets span a cached search (~1 ms) to a slow model
 * answer (~30 s, LLM_TIMEOUT_MS's default).
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Metrics } from "./metrics.js";

const SECONDS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createPromMetrics(options: { defaultMetrics?: boolean } = {}): Metrics & { registry: Registry } {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requests = new Counter({
    name: "cqa_http_requests_total",
    help: "HTTP requests by method, matched route and status",
    labelNames: ["method", "route", "status"] as const,
    registers,
  });
  const requestSeconds = new Histogram({
    name: "cqa_http_request_duration_seconds",
    help: "Time to the response (for streams, to its start) by method and matched route",
    labelNames: ["method", "route"] as const,
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const stageSeconds = new Histogram({
    name: "cqa_answer_stage_duration_seconds",
    help: "Time of each stage of an answer: retrieve, generate, total",
    labelNames: ["stage"] as const,
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const answers = new Counter({
    name: "cqa_answers_total",
    help: "Answers by mode (llm, extractive) and answerability",
    labelNames: ["mode", "answerable"] as const,
    registers,
  });
  const fallbacks = new Counter({
    name: "cqa_model_fallbacks_total",
    help: "Model calls that failed and fell back (answer: to extractive; condense: to the rule rewrite), by failure kind",
    labelNames: ["stage", "failure"] as const,
    registers,
  });
  const refused = new Counter({
    name: "cqa_refused_requests_total",
    help: "Chat calls refused at admission: rate_limited (429) or queue_full (503), by route",
    labelNames: ["route", "reason"] as const,
    registers,
  });

  return {
    registry,
    request({ method, route, status }, seconds) {
      requests.inc({ method, route, status: String(status) });
      requestSeconds.observe({ method, route }, seconds);
    },
    answer({ mode, answerable, timings }) {
      answers.inc({ mode, answerable: String(answerable) });
      stageSeconds.observe({ stage: "retrieve" }, timings.retrieveMs / 1000);
      stageSeconds.observe({ stage: "generate" }, timings.generateMs / 1000);
      stageSeconds.observe({ stage: "total" }, timings.totalMs / 1000);
    },
    modelFallback: (labels) => fallbacks.inc(labels),
    refused: (labels) => refused.inc(labels),
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
