/**
 * The app with the hardening middleware around it, the way src/app.ts is meant to mount it (security headers on
 * every response, then the CORS allow-list, then everything else) and with `admitChat` from the admission module.
 * Until createApp mounts the middleware itself, an outer Hono app wraps it; once it does, applying the same
 * middleware again changes nothing (headers are set, not appended), so tests keep passing either way.
 */
import { Hono } from "hono";
import { createApp } from "../../src/app.js";
import type { AppDeps, LogRecord } from "../../src/app-types.js";
import type { Engine } from "../../src/engine.js";
import { corsMiddleware } from "../../src/middleware/cors.js";
import { securityHeaders } from "../../src/middleware/security-headers.js";
import { mountFeedbackRoutes } from "../../src/routes/feedback.js";
import { mountOpenAICompatRoutes } from "../../src/routes/openai-compat.js";
import { createTestDeps } from "./test-engine.js";

export interface HardenedApp {
  request(path: string, init?: RequestInit): Promise<Response>;
  fetch(request: Request, env?: unknown): Promise<Response>;
  logs: LogRecord[];
}

export interface HardenedAppOptions {
  corsOrigins?: string[];
  /** Page and static files, so GET / can be told apart from the API. */
  withAssets?: boolean;
  deps?: Partial<AppDeps>;
}

export const PAGE_HTML = "<!doctype html><title>chat</title><script src=\"/app.js\"></script>";

export const testAssets: AppDeps["assets"] = {
  async get(path) {
    if (path === "/index.html") return { body: PAGE_HTML, contentType: "text/html; charset=utf-8" };
    if (path === "/app.js") return { body: "console.log(1)", contentType: "text/javascript; charset=utf-8" };
    return null;
  },
};

export function createHardenedApp(engine: Engine | null, options: HardenedAppOptions = {}): HardenedApp {
  const logs: LogRecord[] = [];
  const inner = createApp(
    createTestDeps(engine, {
      log: (r) => void logs.push(r),
      extraRoutes: [mountOpenAICompatRoutes, mountFeedbackRoutes],
      ...(options.withAssets ? { assets: testAssets } : {}),
      ...options.deps,
      ...({ corsOrigins: options.corsOrigins ?? [] } as object),
    }),
  );
  const outer = new Hono();
  outer.use("*", securityHeaders());
  outer.use("*", corsMiddleware(options.corsOrigins ?? []));
  outer.all("*", (c) => inner.fetch(c.req.raw, c.env));
  return {
    logs,
    request: async (path, init) => outer.request(path, init),
    fetch: async (request, env) => outer.fetch(request, env as never),
  };
}
