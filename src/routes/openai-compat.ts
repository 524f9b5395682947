/**
 * An OpenAI-compatible face for existing chat clients and SDKs: GET /v1/models and POST /v1/chat/completions,
 * streamed or not. The answer keeps its [n] markers; the passages they point to come both as OpenAI's
 * `message.annotations` (url_citation, which the AI SDK shows as sources) and as an extra top-level `citations`
 * array with the whole passages (on the last chunk of a stream, before [DONE]). Errors use OpenAI's error shape
 * (openai-compat-errors.ts, registered by createApp for /v1/*).
 */
import type { Hono } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../app-types.js";
import { AppError, errorBody } from "../errors.js";
import { clientAbort } from "../middleware/client-abort.js";
import { requireEngine } from "./engine.js";
import { OutputLimiter } from "./openai-compat-output-limit.js";
import { COMPAT_MODEL_ID, parseCompletionRequest } from "./openai-compat-request.js";
import { citationFields, keepCited, usageOf } from "./openai-compat-response.js";
import type { ChatCompletionSchema, ModelSchema } from "./openai-compat-schemas.js";
import { streamCompletion } from "./openai-compat-stream.js";
import { readJsonBody } from "./validation.js";

const OWNER = "city-climate-qa";
/** The model card's creation time: a fixed date (the service's first release), not 0, which clients show as 1970. */
const MODEL_CREATED = Date.UTC(2026, 0, 1) / 1000;

const modelCard = () => ({ id: COMPAT_MODEL_ID, object: "model", created: MODEL_CREATED, owned_by: OWNER }) satisfies z.input<typeof ModelSchema>;

export function mountOpenAICompatRoutes(app: Hono<AppEnv>): void {
  app.get("/v1/models", (c) => c.json({ object: "list", data: [modelCard()] }));
  app.get("/v1/models/:id", (c) => {
    if (c.req.param("id") !== COMPAT_MODEL_ID) throw new AppError("not_found", `No model ${c.req.param("id")}; use ${COMPAT_MODEL_ID}`, { param: "model" });
    return c.json(modelCard());
  });

  app.post("/v1/chat/completions", async (c) => {
    const parsed = parseCompletionRequest(await readJsonBody(c.req.raw));
    const { chat, limits, promptTokens } = parsed;
    const engine = requireEngine(c);
    const deps = c.get("deps");
    // The same admission (rate limit, model-call queue) as /api/chat: this is the same work behind another door.
    const release = await deps.admitChat?.(c);
    if (chat.stream) return streamCompletion(c, engine.chat, parsed, release);
    const client = clientAbort(c);
    try {
      const answer = await engine.chat.answer(chat, client.signal);
      await deps.onAnswered?.(chat, answer);
      const limiter = new OutputLimiter(limits);
      limiter.push(answer.answer);
      const { finish } = limiter.end();
      const content = limiter.text;
      const citations = keepCited(answer.citations, content);
      const finished = { content, citations, lang: answer.lang, requestUrl: c.req.url };
      return c.json({
        id: `chatcmpl-${crypto.randomUUID()}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: COMPAT_MODEL_ID,
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null, ...citationFields(finished) }, finish_reason: finish, logprobs: null }],
        usage: usageOf(promptTokens, content),
        citations,
        ...(answer.warnings?.length ? { warnings: answer.warnings } : {}),
      } satisfies z.input<typeof ChatCompletionSchema>);
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
