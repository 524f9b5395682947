/**
 * A per-request abort signal that follows the client's connection without leaking.
 *
 * Routes must not hang listeners on `c.req.raw.signal` directly (or hand it to code that does, such as an LLM
 * client): on Node, once the body-limit middleware has touched the body, @hono/node-server builds a real undici
 * Request whose FinalizationRegistry holds the connection's signal strongly; a listener whose closure reaches the
 * Hono Context then keeps that Request, its response and its stream reachable forever (about 20 KB per streamed
 * answer, measured with tests/load/sse-load.ts). Here the only listener is removed in `done()`, so nothing outlives
 * the answer; the signal handed out belongs to a fresh AbortController that nothing else retains.
 */
import type { Context } from "hono";

export interface ClientAbort {
  /** Aborts when the client disconnects (or `abort()` is called); pass it to the engine and the model. */
  signal: AbortSignal;
  abort(reason?: unknown): void;
  /** Detaches from the connection; call once the answer or stream has finished (idempotent). */
  done(): void;
}

export function clientAbort(c: Pick<Context, "req">): ClientAbort {
  const controller = new AbortController();
  const source = c.req.raw.signal as AbortSignal | undefined;
  const onAbort = () => controller.abort(source?.reason);
  if (source?.aborted) controller.abort(source.reason);
  else source?.addEventListener?.("abort", onAbort, { once: true });
  let detached = false;
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    done() {
      if (detached) return;
      detached = true;
      source?.removeEventListener?.("abort", onAbort);
    },
  };
}
