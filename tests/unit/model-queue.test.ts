/** The bounded model-call queue: slots, FIFO hand-over, 503 when full, leaving on abort and on timeout. */
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { createModelQueue } from "../../src/middleware/model-queue.js";

const settled = () => new Promise((r) => setTimeout(r, 0));

describe("model queue", () => {
  it("runs maxConcurrency at once, queues maxQueue, refuses the rest with 503 and Retry-After", async () => {
    const queue = createModelQueue({ maxConcurrency: 2, maxQueue: 2, retryAfterSeconds: 3 });
    const a = await queue.acquire();
    await queue.acquire();
    const order: string[] = [];
    const c = queue.acquire().then((release) => (order.push("c"), release));
    const d = queue.acquire().then((release) => (order.push("d"), release));
    expect(queue.waiting).toBe(2);
    const refused = await queue.acquire().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).code).toBe("not_ready");
    expect((refused as AppError).headers).toEqual({ "Retry-After": "3" });

    a();
    a(); // releasing twice frees one slot only
    await settled();
    expect(order).toEqual(["c"]);
    expect(queue.running).toBe(2);
    (await c)();
    (await d)();
    expect(queue.waiting).toBe(0);
  });

  it("a waiter whose client aborts leaves the queue and never gets a slot", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 5 });
    const hold = await queue.acquire();
    const abort = new AbortController();
    const gone = queue.acquire(abort.signal).catch((e: unknown) => e);
    const next = queue.acquire();
    expect(queue.waiting).toBe(2);
    abort.abort();
    expect(await gone).toBeInstanceOf(AppError);
    expect(queue.waiting).toBe(1);
    hold();
    const release = await next;
    expect(queue.running).toBe(1);
    release();
    expect(queue.running).toBe(0);
  });

  it("refuses an already aborted request and gives up after maxWaitMs", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 1, maxWaitMs: 20 });
    expect(await queue.acquire(AbortSignal.abort()).catch((e: unknown) => e)).toBeInstanceOf(AppError);
    const hold = await queue.acquire();
    const late = await queue.acquire().catch((e: unknown) => e);
    expect((late as AppError).message).toMatch(/too long/);
    expect(queue.waiting).toBe(0);
    hold();
    expect(queue.running).toBe(0);
  });

  it("with maxQueue 0 refuses as soon as every slot is busy", async () => {
    const queue = createModelQueue({ maxConcurrency: 1, maxQueue: 0 });
    const hold = await queue.acquire();
    await expect(queue.acquire()).rejects.toBeInstanceOf(AppError);
    hold();
    (await queue.acquire())();
  });
});
