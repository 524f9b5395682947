/**
 * Errors on /v1/* in OpenAI's shape, `{ error: { message, type, param, code } }`, which the openai client reads into
 * `e.type` / `e.param` and the AI SDK and LangChain show to their users. `code` stays the service's own error code
 * (so the body also satisfies the service's one error shape); `type` is OpenAI's category for the status; `param`
 * names the request field at fault in OpenAI's path syntax (`messages[3].content`), or null.
 */
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.js";
import { ErrorBodySchema, type ErrorBody } from "../schemas.js";

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string };
}

const TYPE_BY_STATUS: Record<number, string> = {
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_error",
};

function typeOf(status: number): string {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? "server_error" : "invalid_request_error");
}

/** A 400 that names the request field at fault: for parameters the service cannot honour and bad messages. */
export function paramError(param: string, message: string): AppError {
  return new AppError("invalid_request", message, { param });
}

/** `["messages", 3, "content"]` → `messages[3].content`. */
export function paramPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function paramOf(details: unknown): string | null {
  if (!details || typeof details !== "object") return null;
  const d = details as { param?: unknown; issues?: { path?: unknown }[] };
  if (typeof d.param === "string") return d.param;
  const path = d.issues?.[0]?.path;
  // invalidRequest() joins zod paths with dots ("messages.3.content"); OpenAI writes array indexes in brackets.
  return typeof path === "string" && path ? paramPath(path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k))) : null;
}

export function toOpenAIError(status: number, body: ErrorBody): OpenAIErrorBody {
  const { code, message, details } = body.error;
  return { error: { message, type: typeOf(status), param: paramOf(details), code } };
}

/**
 * Rewrites every JSON error answered under /v1 (validation, 404, 405, 413 from the body limit, 429 from admission,
 * 503 while the index loads) into OpenAI's shape. Registered before the body limit so its 413 passes through here.
 */
export function openAIErrorShape(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status < 400 || !/^application\/json/i.test(c.res.headers.get("content-type") ?? "")) return;
    const parsed = ErrorBodySchema.safeParse(await c.res.clone().json().catch(() => null));
    if (!parsed.success) return;
    const { status } = c.res;
    const headers = new Headers(c.res.headers);
    headers.delete("content-length");
    // Hono copies the old response's headers onto a new one (a stale Content-Length among them): drop it first.
    c.res = undefined;
    c.res = new Response(JSON.stringify(toOpenAIError(status, parsed.data)), { status, headers });
  };
}
