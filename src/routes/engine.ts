import type { Context } from "hono";
import type { AppEnv } from "../app-types.js";
import type { Engine } from "../engine.js";
import { AppError } from "../errors.js";

/** The engine, or 503 not_ready while the index is still being built. */
export function requireEngine(c: Context<AppEnv>): Engine {
  const engine = c.get("deps").getEngine();
  if (!engine) throw new AppError("not_ready", "The index is still being built; try again shortly", undefined, { "Retry-After": "5" });
  return engine;
}
