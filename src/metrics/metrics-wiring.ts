/**
 * Where the metrics come from, without touching the code that does the work: the request middleware (every route),
 * and wrappers the entry puts around three existing hooks: `onAnswered` (answers and stage times), `admitChat`
 * (refusals) and the structured log (model fallbacks, which the model hooks already report as one log record each).
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv, LogRecord } from "../app-types.js";
import { AppError } from "../errors.js";
import type { Metrics } from "./metrics.js";

/** Requests by the route that matched (`/api/passages/:id`, not each id), so the label set stays small. */
export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    metrics.request({ method: c.req.method, route: routeLabel(c), status: c.res.status }, (performance.now() - started) / 1000);
  };
}

function routeLabel(c: Context<AppEnv>): string {
  const route = c.req.routePath;
  // A request no route matched ends on a catch-all (the app's middleware or the static-file route).
  return !route || ((route === "/*" || route === "*") && c.res.status >= 400) ? "unmatched" : route;
}

export function answerMetrics(metrics: Metrics, inner?: AppDeps["onAnswered"]): NonNullable<AppDeps["onAnswered"]> {
  return (request, answer) => {
    metrics.answer(answer);
    return inner?.(request, answer);
  };
}

export function admissionMetrics<A extends NonNullable<AppDeps["admitChat"]>>(metrics: Metrics, admit: A): A {
  const counted = async (c: Context<AppEnv>) => {
    try {
      return await admit(c);
    } catch (err) {
      if (err instanceof AppError && (err.code === "rate_limited" || err.code === "not_ready")) {
        metrics.refused({ route: c.req.routePath, reason: err.code === "rate_limited" ? "rate_limited" : "queue_full" });
      }
      throw err;
    }
  };
  return Object.assign(counted, admit);
}

/** The model hooks log one record per fallback ("llm answer fell back…", "llm condense fell back…"). */
export function fallbackMetrics(metrics: Metrics, log: (record: LogRecord) => void): (record: LogRecord) => void {
  return (record) => {
    const msg = String(record.msg);
    if (/fell back/.test(msg)) {
      metrics.modelFallback({ stage: /condense/.test(msg) ? "condense" : "answer", failure: String(record.failure ?? "other") });
    }
    log(record);
  };
}
