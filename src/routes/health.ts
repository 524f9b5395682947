import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";

/** Why an index without a single passage is not healthy, when the runtime gives no more precise reason. */
export const NO_PASSAGES_REASON = "the index holds no usable passage: add documents to the corpus and reindex";

export function healthRoutes() {
  return new Hono<AppEnv>().get("/healthz", (c) => {
    const deps = c.get("deps");
    const engine = deps.getEngine();
    const passages = engine?.passageCount ?? engine?.passages.length ?? 0;
    // An engine over nothing answers every question with a refusal: report it, so monitors and the page can tell.
    const degraded = engine !== null && passages === 0;
    return c.json(
      {
        status: engine ? (degraded ? "degraded" : "ok") : "starting",
        passages,
        embedder: deps.info.embedder,
        llm: deps.info.llm,
        ...(degraded ? { reason: deps.degradedReason?.() ?? NO_PASSAGES_REASON } : {}),
      },
      engine && !degraded ? 200 : 503,
    );
  });
}
