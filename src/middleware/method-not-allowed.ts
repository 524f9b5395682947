/**
 * 405 answers through Hono's own `methodNotAllowed`, in the one error shape and with an Allow header. The table of
 * paths and methods is derived from the routes the app has registered (every route, /v1/*, /mcp and /metrics
 * included, whoever mounted them), read on the first 404, after all routes are in place.
 *
 * Catch-all routes are left out: the static-file route (`GET *`) would otherwise make every unknown path "allow
 * GET", turning an honest 404 for POST /nope into a 405.
 */
import type { Hono, MiddlewareHandler } from "hono";
import { methodNotAllowed } from "hono/method-not-allowed";
import type { AppEnv } from "../app-types.js";
import { errorBody } from "../errors.js";

const CATCH_ALL = new Set(["*", "/*"]);

export function methodNotAllowedJson(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  const specificRoutes = {
    get routes() {
      return app.routes.filter((r) => !CATCH_ALL.has(r.path));
    },
  } as unknown as Hono<AppEnv>;
  return methodNotAllowed<AppEnv>({
    app: specificRoutes,
    onMethodNotAllowed: (c, methods) => {
      const allow = methods.join(", ");
      return c.json(errorBody("method_not_allowed", `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(" or ")}`), 405, {
        Allow: allow,
      });
    },
  });
}
