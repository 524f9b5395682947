/**
 * GET /metrics: the Prometheus text format. With METRICS_TOKEN set, a scraper sends it as a bearer token (compared
 * in constant time, like the admin token); without a metrics implementation (the Worker) the route answers 404.
 */
import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import { bearerToken, timingSafeEqualText } from "../routes/admin-auth.js";

export function metricsRoutes() {
  return new Hono<AppEnv>().get("/metrics", async (c) => {
    const { metrics, metricsToken } = c.get("deps");
    if (!metrics) throw new AppError("not_found", "No metrics on this runtime");
    if (metricsToken) {
      const given = bearerToken(c.req.header("authorization"));
      if (given === null || !(await timingSafeEqualText(given, metricsToken))) {
        throw new AppError("unauthorized", "Send the metrics token as Authorization: Bearer <METRICS_TOKEN>", undefined, {
          "WWW-Authenticate": given === null ? 'Bearer realm="metrics"' : 'Bearer realm="metrics", error="invalid_token"',
        });
      }
    }
    const { contentType, body } = await metrics.render();
    return c.body(body, 200, { "Content-Type": contentType, "Cache-Control": "no-store" });
  });
}
