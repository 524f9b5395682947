/**
 * Admission control of the chat routes (/api/chat, /v1/chat/completions), as `AppDeps.admitChat`: first the
 * client's rate limit (429 rate_limited + Retry-After), then a slot in the model-call queue (503 not_ready +
 * Retry-After when it is full). The route calls the returned release once its answer or stream has finished.
 */
import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../app-types.js";
import type { Config } from "../config.js";
import { createModelQueue, type ModelQueue } from "./model-queue.js";
import { createTokenBucketLimiter, enforceRateLimit, normalizeClientAddress, type ClientKeyFn, type RateLimiter } from "./rate-limit.js";

export type AdmitChat = NonNullable<AppDeps["admitChat"]>;

export interface AdmissionOptions {
  /** Null or absent: no rate limit (RATE_LIMIT_RPM=0). */
  limiter?: RateLimiter | null;
  /** Null or absent: model calls are not capped. */
  queue?: ModelQueue | null;
  /** The client's address, from the entry (socket address on Node, CF-Connecting-IP on Workers). */
  clientKey?: ClientKeyFn;
}

export function createAdmission(options: AdmissionOptions): AdmitChat {
  const { limiter, queue, clientKey } = options;
  return async (c: Context<AppEnv>) => {
    if (limiter) await enforceRateLimit(limiter, normalizeClientAddress(clientKey?.(c)));
    if (!queue) return undefined;
    return queue.acquire(c.req.raw.signal);
  };
}

export interface AdmissionFromConfigOptions {
  clientKey?: ClientKeyFn;
  /** Replaces the in-memory token bucket (the Worker passes its binding-backed limiter). */
  limiter?: RateLimiter | null;
  /** Clock for the token bucket (tests). */
  now?: () => number;
}

/** The admission the configuration asks for: RATE_LIMIT_RPM, LLM_MAX_CONCURRENCY, LLM_QUEUE_SIZE. */
export function createAdmissionFromConfig(
  config: Pick<Config, "RATE_LIMIT_RPM" | "LLM_MAX_CONCURRENCY" | "LLM_QUEUE_SIZE">,
  options: AdmissionFromConfigOptions = {},
): AdmitChat & { queue: ModelQueue; limiter: RateLimiter | null } {
  const limiter =
    config.RATE_LIMIT_RPM === 0
      ? null
      : options.limiter !== undefined
        ? options.limiter
        : createTokenBucketLimiter({ perMinute: config.RATE_LIMIT_RPM, now: options.now });
  const queue = createModelQueue({ maxConcurrency: config.LLM_MAX_CONCURRENCY, maxQueue: config.LLM_QUEUE_SIZE });
  return Object.assign(createAdmission({ limiter, queue, clientKey: options.clientKey }), { queue, limiter });
}
