/**
 * Request id through Hono's own `requestId`: a client's X-Request-Id is kept only when it is 1..64 characters of
 * [A-Za-z0-9_=-] (the middleware's own charset check), so nothing a client sends can smuggle a header break, a log
 * field or a megabyte into the response and the logs; anything else is replaced by a fresh UUID.
 */
import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";

export const MAX_REQUEST_ID_CHARS = 64;

export function validatedRequestId(): MiddlewareHandler {
  return requestId({ limitLength: MAX_REQUEST_ID_CHARS, headerName: "X-Request-Id" });
}
