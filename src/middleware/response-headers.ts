/**
 * Sets a header on the response a handler already produced. Hono's `c.header()` after `await next()` rebuilds the
 * response around its body stream; on Node that turns @hono/node-server's lightweight response (a string written
 * straight to the socket) into a full web Response whose body is then piped through a ReadableStream, which cost
 * more than a whole search on the seed corpus. Editing the headers in place keeps the fast path. A response whose
 * headers are immutable (Response.redirect, a proxied fetch) falls back to Hono's copy.
 */
import type { Context } from "hono";

export function setResponseHeader(c: Context, name: string, value: string, options?: { append?: boolean }): void {
  try {
    if (options?.append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, options);
  }
}
