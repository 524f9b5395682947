/**
 * createApp(deps): the Hono app, the same on Node, on Workers and in tests. Routes are mounted here with the one
 * error shape; entries supply the engine, assets and runtime hooks through `deps`.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps, AppEnv } from "./app-types.js";
import { AppError, errorBody, toErrorBody } from "./errors.js";
import { MCP_PATH, mcpRoutes } from "./mcp/mcp-route.js";
import { requestMetrics } from "./metrics/metrics-wiring.js";
import { metricsRoutes } from "./metrics/metrics-route.js";
import { corsMiddleware } from "./middleware/cors.js";
import { methodNotAllowedJson } from "./middleware/method-not-allowed.js";
import { validatedRequestId } from "./middleware/request-id.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { chatRoutes } from "./routes/chat.js";
import { docsRoutes } from "./routes/docs.js";
import { healthRoutes } from "./routes/health.js";
import { openAIErrorShape } from "./routes/openai-compat-errors.js";
import { passageRoutes } from "./routes/passages.js";
import { searchRoutes } from "./routes/search.js";
import { webRoutes } from "./routes/web.js";
import { catalogueRoutes } from "./routes/catalogue.js";

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** /v1/chat/completions takes a body this many times larger: a whole conversation (1 MiB by default). */
export const CONVERSATION_BODY_FACTOR = 16;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use("*", validatedRequestId());
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    const started = Date.now();
    await next();
    deps.log?.({
      level: "info",
      msg: "request",
      requestId: c.get("requestId"),
      method: c.req.method,
      route: c.req.routePath,
      path: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
    });
  });

  if (deps.metrics) app.use("*", requestMetrics(deps.metrics));
  app.use("*", securityHeaders());
  app.use("*", corsMiddleware(deps.corsOrigins ?? []));
  app.use("*", methodNotAllowedJson(app));

  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyLimited = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => c.json(errorBody("payload_too_large", `The body is larger than ${maxBodyBytes} bytes`), 413),
  });
  // GET and HEAD carry no body. Skipping them also spares @hono/node-server building a full web Request (with an
  // AbortSignal) for every search just so the limiter can look at its body.
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : bodyLimited(c, next));
  // Errors under /v1 in OpenAI's shape; registered before the body limit so that its 413 is rewritten too.
  app.use("/v1/*", openAIErrorShape());
  app.use("/api/*", limitBody);
  app.use(MCP_PATH, limitBody);
  // Chat clients re-send the whole conversation to /v1 (only its recent turns are used), so it may be longer.
  const conversationLimited = bodyLimit({
    maxSize: maxBodyBytes * CONVERSATION_BODY_FACTOR,
    onError: (c) => c.json(errorBody("payload_too_large", `The body is larger than ${maxBodyBytes * CONVERSATION_BODY_FACTOR} bytes`), 413),
  });
  app.use("/v1/*", (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : conversationLimited(c, next)));

  app.route("/", healthRoutes());
  app.route("/", searchRoutes());
  app.route("/", passageRoutes());
  app.route("/", chatRoutes());
  app.route("/", mcpRoutes());
  app.route("/", metricsRoutes());
  app.route("/", catalogueRoutes());
  for (const add of deps.extraRoutes ?? []) add(app);
  app.route("/", docsRoutes());
  app.route("/", webRoutes());

  app.notFound((c) => {
    return c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}`), 404);
  });

  app.onError((err, c) => {
    const { status, body, headers } = toErrorBody(err);
    if (!(err instanceof AppError)) {
      deps.log?.({ level: "error", msg: "unhandled error", requestId: c.get("requestId"), error: String(err) });
    }
    for (const [k, v] of Object.entries(headers ?? {})) c.header(k, v);
    return c.json(body, status as 400);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
