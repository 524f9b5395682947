import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import type { Retrieval } from "../retrieval/hybrid.js";
import { SearchQuerySchema } from "../schemas.js";
import { requireEngine } from "./engine.js";
import { validate } from "./validation.js";

/**
 * The response body of each retrieval, as UTF-8 bytes. A repeated question gets the same Retrieval object back
 * from the retriever's cache, so its body is serialized once and then written as it is; the entry goes when the
 * retriever forgets the retrieval.
 */
const bodies = new WeakMap<Retrieval, Uint8Array>();
const utf8 = new TextEncoder();

export function searchRoutes() {
  return new Hono<AppEnv>().get("/api/search", validate("query", SearchQuerySchema), async (c) => {
    const { q, k } = c.req.valid("query");
    const retrieval = await requireEngine(c).retriever.retrieve(q, k);
    let body = bodies.get(retrieval);
    if (!body) {
      body = utf8.encode(JSON.stringify({ query: q, results: retrieval.results }));
      bodies.set(retrieval, body);
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/json" });
  });
}
