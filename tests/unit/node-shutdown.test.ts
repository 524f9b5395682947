/**
 * Graceful shutdown against a real @hono/node-server: new connections are refused at once, a stream in flight
 * finishes, then the process would exit 0; a stream that outlives the deadline is cut and the exit code is 1.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { installGracefulShutdown } from "../../src/entry/node-shutdown.js";
import { collectSse } from "../helpers/sse-client.js";

function startStreamingServer(frames: number, gapMs: number) {
  const app = new Hono();
  app.get("/stream", (c) =>
    streamSSE(c, async (s) => {
      for (let i = 0; i < frames; i++) {
        await s.writeSSE({ event: "token", data: String(i) });
        await s.sleep(gapMs);
      }
      await s.writeSSE({ event: "done", data: "{}" });
    }),
  );
  app.get("/ping", (c) => c.text("pong"));
  return new Promise<{ server: ReturnType<typeof serve>; url: string }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });
}

describe("graceful shutdown", () => {
  it("refuses new connections, lets the stream finish, then exits 0", async () => {
    const { server, url } = await startStreamingServer(10, 50);
    const exits: number[] = [];
    const logs: string[] = [];
    const shutdown = installGracefulShutdown({ server, signals: [], exit: (code) => exits.push(code), log: (r) => logs.push(r.msg), deadlineMs: 5000 });
    expect((await fetch(`${url}/ping`)).status).toBe(200);

    const res = await fetch(`${url}/stream`);
    const events = collectSse(res);
    await new Promise((r) => setTimeout(r, 120));
    expect(shutdown.tracker.streams).toBe(1);
    const done = shutdown.shutdown("SIGTERM");
    expect(logs[0]).toMatch(/SIGTERM: no new connections; finishing 1 request\(s\), 1 stream\(s\)/);
    await expect(fetch(`${url}/ping`)).rejects.toThrow();
    expect(exits).toEqual([]);

    const received = await events;
    expect(received.map((e) => e.event)).toEqual([...Array(10).fill("token"), "done"]);
    expect(await done).toBe(0);
    expect(exits).toEqual([0]);
    expect(shutdown.tracker.requests).toBe(0);
  });

  it("cuts streams that outlive the deadline and exits 1", async () => {
    const { server, url } = await startStreamingServer(1000, 20);
    const exits: number[] = [];
    let cleaned = false;
    const shutdown = installGracefulShutdown({ server, signals: [], exit: (code) => exits.push(code), deadlineMs: 200, beforeExit: () => void (cleaned = true) });
    const res = await fetch(`${url}/stream`);
    const events = collectSse(res).catch(() => "cut");
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(await shutdown.shutdown("SIGTERM")).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(exits).toEqual([1]);
    expect(cleaned).toBe(true);
    const outcome = await events;
    if (typeof outcome !== "string") expect(outcome.at(-1)?.event).not.toBe("done");
  });

  it("exits 0 at once when nothing is in flight", async () => {
    const { server } = await startStreamingServer(1, 1);
    const exits: number[] = [];
    const shutdown = installGracefulShutdown({ server, signals: [], exit: (code) => exits.push(code) });
    expect(await shutdown.shutdown("SIGINT")).toBe(0);
    expect(exits).toEqual([0]);
  });
});
