/**
 * createApp(deps): the Hono app, the same on Node, on Workers and in tests. Routes are mounted here with the one
 * error shape; entries supply the engine, assets and runtime hooks through `deps`.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps, AppEnv } from "./app-types.js";
import { AppError, errorBody, toErrorBody } from "./errors.js";
import { corsMiddleware } from "./middleware/cors.js";
import { setResponseHeader } from "./middleware/response-headers.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { chatRoutes } from "./routes/chat.js";
import { healthRoutes } from "./routes/health.js";
import { passageRoutes } from "./routes/passages.js";
import { searchRoutes } from "./routes/search.js";
import { webRoutes } from "./routes/web.js";
import { catalogueRoutes } from "./routes/catalogue.js";

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Paths and the methods they accept, for 405 answers with an Allow header. */
const ALLOWED_METHODS: [RegExp, string[]][] = [
  [/^\/$/, ["GET", "HEAD"]],
  [/^\/healthz$/, ["GET", "HEAD"]],
  [/^\/api\/search$/, ["GET", "HEAD"]],
  [/^\/api\/passages\/[^/]+$/, ["GET", "HEAD"]],
  [/^\/api\/chat$/, ["POST"]],
  [/^\/api\/feedback$/, ["POST"]],
  [/^\/api\/admin\/(feedback|questions)$/, ["GET", "HEAD"]],
];

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("requestId", c.req.header("x-request-id")?.slice(0, 64) || crypto.randomUUID());
    const started = Date.now();
    await next();
    setResponseHeader(c, "X-Request-Id", c.get("requestId"));
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

  app.use("*", securityHeaders());
  app.use("*", corsMiddleware(deps.corsOrigins ?? []));

  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyLimited = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => c.json(errorBody("payload_too_large", `The body is larger than ${maxBodyBytes} bytes`), 413),
  });
  // GET and HEAD carry no body. Skipping them also spares @hono/node-server building a full web Request (with an
  // AbortSignal) for every search just so the limiter can look at its body.
  const limitBody: MiddlewareHandler<AppEnv> = (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : bodyLimited(c, next));
  app.use("/api/*", limitBody);
  app.use("/v1/*", limitBody);

  app.route("/", healthRoutes());
  app.route("/", searchRoutes());
  app.route("/", passageRoutes());
  app.route("/", chatRoutes());
  app.route("/", catalogueRoutes());
  for (const add of deps.extraRoutes ?? []) add(app);
  app.route("/", webRoutes());

  app.notFound((c) => {
    const allowed = ALLOWED_METHODS.find(([re]) => re.test(c.req.path))?.[1];
    if (allowed && !allowed.includes(c.req.method)) {
      c.header("Allow", allowed.join(", "));
      return c.json(errorBody("method_not_allowed", `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(" or ")}`), 405);
    }
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
