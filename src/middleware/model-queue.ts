/**
 * A cap on concurrent model calls: `maxConcurrency` run, up to `maxQueue` wait their turn (first come, first
 * served), and past that a request is refused at once with 503 not_ready and Retry-After, so a flood turns into
 * quick refusals instead of a pile of open connections. A waiting request whose client goes away (its signal
 * aborts) or that waits longer than `maxWaitMs` leaves the queue and never takes a slot.
 */
import { AppError } from "../errors.js";

export interface ModelQueueOptions {
  /** LLM_MAX_CONCURRENCY. */
  maxConcurrency: number;
  /** LLM_QUEUE_SIZE; 0 = refuse as soon as every slot is busy. */
  maxQueue: number;
  /** Longest wait for a slot before 503 (default 30 s). */
  maxWaitMs?: number;
  /** Sent as Retry-After on 503 (default 5). */
  retryAfterSeconds?: number;
}

export interface ModelQueue {
  /** Resolves with a release callback once a slot is free; rejects with 503 when the queue is full. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  grant(): void;
  fail(err: unknown): void;
}

export function createModelQueue(options: ModelQueueOptions): ModelQueue {
  const maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency));
  const maxQueue = Math.max(0, Math.floor(options.maxQueue));
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const retryAfter = String(options.retryAfterSeconds ?? 5);
  const waiters: Waiter[] = [];
  let running = 0;

  const busy = (message: string) => new AppError("not_ready", message, undefined, { "Retry-After": retryAfter });

  /** A release that frees its slot once, however often it is called. */
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiters.shift();
      if (next) next.grant(); // the slot passes straight on, so `running` stays the same
      else running--;
    };
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiters.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(busy("The request was cancelled"));
      if (running < maxConcurrency) {
        running++;
        return Promise.resolve(releaser());
      }
      if (waiters.length >= maxQueue) {
        return Promise.reject(busy("The service is busy answering other questions; try again shortly"));
      }
      return new Promise<() => void>((resolve, reject) => {
        const leave = () => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) waiters.splice(i, 1);
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        };
        const onAbort = () => {
          leave();
          reject(busy("The request was cancelled while waiting for the model"));
        };
        const waiter: Waiter = {
          grant: () => {
            leave();
            resolve(releaser());
          },
          fail: (err) => {
            leave();
            reject(err);
          },
        };
        const timer = setTimeout(() => waiter.fail(busy("Waited too long for the model; try again shortly")), maxWaitMs);
        signal?.addEventListener("abort", onAbort, { once: true });
        waiters.push(waiter);
      });
    },
  };
}
