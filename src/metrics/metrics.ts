/**
 * The service's metrics as a runtime-neutral port: the app, the routes and the entries record through this
 * interface, and only the Node entry loads an implementation (prom-client, prom-metrics.ts), so the Worker bundle
 * carries no metrics library. Without one (`AppDeps.metrics` unset, as on the Worker) nothing is recorded and
 * /metrics answers 404.
 */
import type { ChatAnswer } from "../schemas.js";

export type Stage = "retrieve" | "generate" | "total";

export interface Metrics {
  /** One finished HTTP response (streams: when the response starts). */
  request(labels: { method: string; route: string; status: number }, seconds: number): void;
  /** One answer: its mode and answerability, and the time of each stage. */
  answer(answer: Pick<ChatAnswer, "mode" | "answerable" | "timings">): void;
  /** A model call that failed and fell back (answer -> extractive, condense -> rules). */
  modelFallback(labels: { stage: "answer" | "condense"; failure: string }): void;
  /** A chat call refused at admission: over the client's rate limit, or the model queue full. */
  refused(labels: { route: string; reason: "rate_limited" | "queue_full" }): void;
  /** The Prometheus text exposition. */
  render(): Promise<{ contentType: string; body: string }>;
}
