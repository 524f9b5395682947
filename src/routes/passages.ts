import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import { requireEngine } from "./engine.js";

export function passageRoutes() {
  return new Hono<AppEnv>().get("/api/passages/:id", async (c) => {
    const id = c.req.param("id");
    const passage = await requireEngine(c).retriever.findById(id);
    if (!passage) throw new AppError("not_found", `No passage with id ${JSON.stringify(id.slice(0, 200))}`);
    return c.json(passage);
  });
}
