/**
 * Graceful shutdown of the Node server. On SIGTERM (or SIGINT) it stops accepting connections, lets the requests in
 * flight finish (Server-Sent Events streams included) within a deadline, then exits: 0 when everything finished,
 * 1 when the deadline cut streams off. A second signal exits at once. Requests are tracked at the HTTP server, so
 * the runtime-neutral app needs no hooks for it.
 */
import type { ServerType } from "@hono/node-server";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { LogRecord } from "../app-types.js";

export const DEFAULT_SHUTDOWN_DEADLINE_MS = 10_000;

export interface InFlightTracker {
  /** Requests whose response has not finished. */
  readonly requests: number;
  /** Of those, the Server-Sent Events streams. */
  readonly streams: number;
  /** Resolves when no request is in flight (at once if none is). */
  drained(): Promise<void>;
  /** From now on, every response asks its client to close the connection (no keep-alive reuse). */
  closeConnectionsAfterResponses(): void;
}

const SSE = /^text\/event-stream/i;

/**
 * @hono/node-server passes its headers straight to writeHead, where getHeader() cannot see them, so the content
 * type is noted on the way through.
 */
function noteStreams(res: ServerResponse, streams: WeakSet<ServerResponse>): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a) => a !== null && typeof a === "object");
    const entries: [string, unknown][] = Array.isArray(headers)
      ? (headers as unknown[]).flatMap((h, i, all) => (Array.isArray(h) ? [[String(h[0]), h[1]]] : i % 2 === 0 ? [[String(h), all[i + 1]]] : []))
      : Object.entries((headers ?? {}) as Record<string, unknown>);
    const type = entries.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? res.getHeader("content-type");
    if (SSE.test(String(type ?? ""))) streams.add(res);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}

export function trackInFlight(server: ServerType): InFlightTracker {
  const open = new Set<ServerResponse>();
  const sse = new WeakSet<ServerResponse>();
  const waiters: (() => void)[] = [];
  let closing = false;
  const askToClose = (res: ServerResponse) => {
    if (res.headersSent) return;
    try {
      res.setHeader("Connection", "close");
    } catch {
      /* HTTP/2 has no Connection header; its sessions close with the server */
    }
  };
  // First in line, so the response is tracked (and its writeHead watched) before the app's listener touches it.
  (server as Server).prependListener("request", (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    noteStreams(res, sse);
    if (closing) askToClose(res);
    res.once("close", () => {
      open.delete(res);
      if (open.size === 0) for (const resolve of waiters.splice(0)) resolve();
    });
  });
  return {
    get requests() {
      return open.size;
    },
    get streams() {
      return [...open].filter((res) => sse.has(res)).length;
    },
    drained() {
      if (open.size === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    closeConnectionsAfterResponses() {
      closing = true;
      for (const res of open) askToClose(res);
    },
  };
}

export interface GracefulShutdownOptions {
  server: ServerType;
  /** How long in-flight requests may take to finish (default 10 s). */
  deadlineMs?: number;
  log?: (record: LogRecord) => void;
  /** Runs after the requests have finished (or the deadline passed), before exiting: close databases here. */
  beforeExit?: () => Promise<void> | void;
  /** Replaces process.exit (tests). */
  exit?: (code: number) => void;
  /** Signals to handle (default SIGTERM and SIGINT); [] installs none (call `shutdown` yourself). */
  signals?: NodeJS.Signals[];
}

export interface GracefulShutdown {
  tracker: InFlightTracker;
  /** Starts the shutdown; resolves with the exit code once it has exited (or would have, with a custom exit). */
  shutdown(reason: string): Promise<number>;
  readonly closing: boolean;
}

/** Install right after `serve()`, so a signal during the index build is handled the same way. */
export function installGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { server, log } = options;
  const deadlineMs = options.deadlineMs ?? DEFAULT_SHUTDOWN_DEADLINE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const tracker = trackInFlight(server);
  const http = server as Server;
  let running: Promise<number> | null = null;

  const finish = async (code: number) => {
    try {
      await options.beforeExit?.();
    } catch (err) {
      log?.({ level: "error", msg: "shutdown: cleanup failed", error: String(err) });
    }
    exit(code);
    return code;
  };

  const shutdown = (reason: string): Promise<number> => {
    if (running) return running;
    log?.({
      level: "info",
      msg: `${reason}: no new connections; finishing ${tracker.requests} request(s), ${tracker.streams} stream(s), within ${deadlineMs} ms`,
    });
    tracker.closeConnectionsAfterResponses();
    http.close();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<"deadline">((resolve) => {
      timer = setTimeout(() => resolve("deadline"), deadlineMs);
    });
    running = Promise.race([tracker.drained().then(() => "drained" as const), deadline]).then(async (outcome) => {
      clearTimeout(timer);
      if (outcome === "drained") {
        http.closeIdleConnections?.();
        log?.({ level: "info", msg: `${reason}: all requests finished; exiting` });
        return finish(0);
      }
      log?.({
        level: "error",
        msg: `${reason}: ${tracker.requests} request(s), ${tracker.streams} stream(s) still open after ${deadlineMs} ms; closing them`,
      });
      http.closeAllConnections?.();
      return finish(1);
    });
    return running;
  };

  for (const signal of options.signals ?? (["SIGTERM", "SIGINT"] as NodeJS.Signals[])) {
    process.on(signal, () => {
      if (running) {
        log?.({ level: "error", msg: `${signal} again: exiting now` });
        exit(1);
        return;
      }
      void shutdown(signal);
    });
  }

  return {
    tracker,
    shutdown,
    get closing() {
      return running !== null;
    },
  };
}
