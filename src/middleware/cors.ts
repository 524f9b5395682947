/**
 * CORS, off by default: with no CORS_ORIGINS the service sends no CORS headers, so browsers keep other sites' pages
 * from reading its answers. With an allow-list, listed origins (exact scheme://host[:port], or "*" for any) get
 * CORS headers and their preflights are answered; any other origin's preflight falls through to the ordinary
 * routing (a JSON 404/405) and gets no CORS headers. No credentials are ever allowed: the API uses none.
 */
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { setResponseHeader } from "./response-headers.js";

export const CORS_ALLOW_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];
export const CORS_ALLOW_HEADERS = ["Content-Type", "Accept", "Authorization", "X-Request-Id"];
export const CORS_EXPOSE_HEADERS = ["Retry-After", "X-Request-Id"];

/** The allow-list middleware, or a pass-through when the list is empty (CORS off). */
export function corsMiddleware(origins: readonly string[]): MiddlewareHandler {
  const list = origins.map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean);
  if (list.length === 0) return async (_c, next) => next();
  const any = list.includes("*");
  const allowed = (origin: string) => (any ? origin !== "" : list.includes(origin));
  const handler = cors({
    origin: (origin) => (allowed(origin) ? origin : null),
    allowMethods: CORS_ALLOW_METHODS,
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: 600,
  });
  return async (c, next) => {
    if (!allowed(c.req.header("origin") ?? "")) {
      await next();
      // A cache in front must not reuse an allowed origin's answer for this one, or the other way round.
      setResponseHeader(c, "Vary", "Origin", { append: true });
      return;
    }
    return handler(c, next);
  };
}
