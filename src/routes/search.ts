import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { SearchQuerySchema } from "../schemas.js";
import { requireEngine } from "./engine.js";
import { validate } from "./validation.js";

export function searchRoutes() {
  return new Hono<AppEnv>().get("/api/search", validate("query", SearchQuerySchema), async (c) => {
    const { q, k } = c.req.valid("query");
    const retrieval = await requireEngine(c).retriever.retrieve(q, k);
    return c.json({ query: q, results: retrieval.results });
  });
}
