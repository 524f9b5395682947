/**
 * An OpenAI-compatible face for existing chat clients and SDKs: GET /v1/models and POST /v1/chat/completions,
 * streamed or not. The answer keeps its [n] markers and the passages they point to come as an extra top-level
 * `citations` array (on the last chunk of a stream, before [DONE]). Errors keep the service's one JSON shape.
 */
import type { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError, errorBody } from "../errors.js";
import { clientAbort } from "../middleware/client-abort.js";
import { requireEngine } from "./engine.js";
import { COMPAT_MODEL_ID, parseCompletionRequest } from "./openai-compat-request.js";
import { streamCompletion } from "./openai-compat-stream.js";
import { readJsonBody } from "./validation.js";

const OWNER = "city-climate-qa";

const modelCard = () => ({ id: COMPAT_MODEL_ID, object: "model", created: 0, owned_by: OWNER });

export function mountOpenAICompatRoutes(app: Hono<AppEnv>): void {
  app.get("/v1/models", (c) => c.json({ object: "list", data: [modelCard()] }));
  app.get("/v1/models/:id", (c) => {
    if (c.req.param("id") !== COMPAT_MODEL_ID) throw new AppError("not_found", `No model ${c.req.param("id")}; use ${COMPAT_MODEL_ID}`);
    return c.json(modelCard());
  });

  app.post("/v1/chat/completions", async (c) => {
    const { chat } = parseCompletionRequest(await readJsonBody(c.req.raw));
    const engine = requireEngine(c);
    const deps = c.get("deps");
    // The same admission (rate limit, model-call queue) as /api/chat: this is the same work behind another door.
    const release = await deps.admitChat?.(c);
    if (chat.stream) return streamCompletion(c, engine.chat, chat, release);
    const client = clientAbort(c);
    try {
      const answer = await engine.chat.answer(chat, client.signal);
      await deps.onAnswered?.(chat, answer);
      return c.json({
        id: `chatcmpl-${crypto.randomUUID()}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: COMPAT_MODEL_ID,
        choices: [{ index: 0, message: { role: "assistant", content: answer.answer }, finish_reason: "stop", logprobs: null }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
        citations: answer.citations,
        ...(answer.warnings?.length ? { warnings: answer.warnings } : {}),
      });
    } finally {
      client.done();
      release?.();
    }
  });

  for (const [path, allow] of [["/v1/chat/completions", "POST"], ["/v1/models", "GET, HEAD"]] as const) {
    app.on(["PUT", "PATCH", "DELETE", ...(allow === "POST" ? ["GET"] : ["POST"])], path, (c) => {
      c.header("Allow", allow);
      return c.json(errorBody("method_not_allowed", `${c.req.method} is not allowed on ${path}; use ${allow}`), 405);
    });
  }
}
