import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";

export function healthRoutes() {
  return new Hono<AppEnv>().get("/healthz", (c) => {
    const deps = c.get("deps");
    const engine = deps.getEngine();
    return c.json(
      {
        status: engine ? "ok" : "starting",
        passages: engine?.passageCount ?? engine?.passages.length ?? 0,
        embedder: deps.info.embedder,
        llm: deps.info.llm,
      },
      engine ? 200 : 503,
    );
  });
}
