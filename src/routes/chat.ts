/**
 * POST /api/chat: one answer as JSON, or as Server-Sent Events (sources, token…, done | error) when the body
 * asks for a stream or the client prefers text/event-stream. A client that disconnects aborts the generation.
 */
import { Hono, type Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { AppEnv } from "../app-types.js";
import type { ChatService } from "../chat/chat-service.js";
import { toErrorBody } from "../errors.js";
import { ChatRequestSchema, type ChatAnswer, type ChatRequest } from "../schemas.js";
import { clientAbort } from "../middleware/client-abort.js";
import { requireEngine } from "./engine.js";
import { parseBody, readJsonBody } from "./validation.js";

export function parseChatRequest(body: unknown): ChatRequest {
  return parseBody(ChatRequestSchema, body);
}

export function wantsStream(c: Context, request: ChatRequest): boolean {
  if (request.stream !== undefined) return request.stream;
  const accept = c.req.header("accept") ?? "";
  return /text\/event-stream/i.test(accept) && !/application\/json/i.test(accept.split(",")[0] ?? "");
}

export function chatRoutes() {
  return new Hono<AppEnv>().post("/api/chat", async (c) => {
    const request = parseChatRequest(await readJsonBody(c.req.raw));
    const engine = requireEngine(c);
    const deps = c.get("deps");
    const release = await deps.admitChat?.(c);
    if (wantsStream(c, request)) {
      return streamChat(c, engine.chat, request, async (answer) => deps.onAnswered?.(request, answer), release);
    }
    const client = clientAbort(c);
    try {
      const answer = await engine.chat.answer(request, client.signal);
      await deps.onAnswered?.(request, answer);
      return c.json(answer);
    } finally {
      client.done();
      release?.();
    }
  });
}

function streamChat(
  c: Context<AppEnv>,
  chat: ChatService,
  request: ChatRequest,
  onDone: (answer: ChatAnswer) => Promise<void> | void,
  release: (() => void) | undefined,
) {
  const abort = clientAbort(c);
  return streamSSE(
    c,
    async (stream) => {
      stream.onAbort(() => abort.abort());
      try {
        for await (const event of chat.events(request, abort.signal)) {
          if (abort.signal.aborted) break;
          await stream.writeSSE({ event: event.type, data: JSON.stringify(event.data) });
          if (event.type === "done") await onDone(event.data);
        }
      } catch (err) {
        // The stream has begun, so the status is already 200: the error goes out as an `error` frame.
        c.get("deps").log?.({ level: "error", msg: "chat stream failed", error: String(err) });
        await stream.writeSSE({ event: "error", data: JSON.stringify(toErrorBody(err).body) });
      } finally {
        abort.done();
        release?.();
      }
    },
    async (err, stream) => {
      await stream.writeSSE({ event: "error", data: JSON.stringify(toErrorBody(err).body) });
    },
  );
}
