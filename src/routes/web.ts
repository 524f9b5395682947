/** The web chat: GET / serves the page, GET /<file> its static files (the only non-JSON responses). */
import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";

/** The page's policy: everything from this origin, nothing inline, so injected markup cannot run. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const STATIC_FILE = /^\/[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.(js|css|svg|png|ico|json|webmanifest)$/;

export function webRoutes() {
  const serve = async (c: import("hono").Context<AppEnv>, path: string) => {
    const asset = await c.get("deps").assets.get(path);
    if (!asset) throw new AppError("not_found", `No route for GET ${c.req.path}`);
    c.header("Content-Type", asset.contentType);
    c.header("Cache-Control", path === "/index.html" ? "no-cache" : "public, max-age=300");
    if (path === "/index.html") c.header("Content-Security-Policy", PAGE_CSP);
    return c.body(asset.body as ArrayBuffer);
  };
  return new Hono<AppEnv>()
    .get("/", (c) => serve(c, "/index.html"))
    .get("/index.html", (c) => serve(c, "/index.html"))
    .get("*", async (c, next) => {
      if (!STATIC_FILE.test(c.req.path)) return next();
      return serve(c, c.req.path);
    });
}
