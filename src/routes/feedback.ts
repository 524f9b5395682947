/**
 * POST /api/feedback: a reader's thumbs up or down on an answer, with an optional comment, stored with the question,
 * answer, citations, mode and timings. 201 { id }. Without a feedback store the route answers 404.
 */
import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { adminRoutes } from "./admin.js";
import { parseBody, readJsonBody } from "./validation.js";

export function feedbackRoutes() {
  return new Hono<AppEnv>().post("/api/feedback", async (c) => {
    const store = c.get("deps").feedback;
    if (!store) throw new AppError("not_found", "Feedback is not collected on this server");
    const input = parseBody(FeedbackInputSchema, await readJsonBody(c.req.raw));
    const id = await store.addFeedback(input);
    return c.json({ id }, 201);
  });
}

/** Mounts feedback and the admin exports on an app; pass it in `AppDeps.extraRoutes`. */
export function mountFeedbackRoutes(app: Hono<AppEnv>): void {
  app.route("/", feedbackRoutes());
  app.route("/", adminRoutes());
}
