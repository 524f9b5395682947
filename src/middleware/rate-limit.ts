/**
 * Per-client rate limiting of chat requests. `RateLimiter` is the runtime-neutral port: on Node an in-memory token
 * bucket per client (below), on Workers the platform's rate-limiting binding (workers-rate-limit.ts). The client key
 * comes from the entry (`clientKey(c)`), so the core never reads a runtime's socket or headers itself.
 */
import type { Context } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: whole seconds until one more request would be allowed (at least 1). */
  retryAfterSeconds?: number;
}

/** The port: one call per request, keyed by client. */
export interface RateLimiter {
  check(key: string): Promise<RateLimitDecision> | RateLimitDecision;
}

/** The client of a request (its address), or undefined when the runtime does not know it. */
export type ClientKeyFn = (c: Context<AppEnv>) => string | undefined | null;

/** Requests whose client is unknown share one bucket rather than escaping the limit. */
export const UNKNOWN_CLIENT = "unknown";

export interface TokenBucketOptions {
  /** Requests per minute per client (RATE_LIMIT_RPM); also the burst size. Must be > 0. */
  perMinute: number;
  /** Bucket size; defaults to perMinute (a full minute's allowance may come at once). */
  burst?: number;
  /** Clock in ms; injectable so tests move time instead of sleeping. */
  now?: () => number;
  /** Most clients tracked at once; the least recently seen are dropped past it. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export const DEFAULT_MAX_CLIENTS = 50_000;

/**
 * A token bucket per client. Memory stays bounded two ways: a bucket idle long enough to have refilled completely
 * is indistinguishable from a new one, so sweeps drop it; and the map never holds more than `maxClients` (the
 * least recently seen go first; the Map's insertion order is kept as recency order).
 */
/** The in-memory limiter answers synchronously and reports how many clients it tracks. */
export interface TokenBucketLimiter extends RateLimiter {
  check(key: string): RateLimitDecision;
  readonly size: number;
}

export function createTokenBucketLimiter(options: TokenBucketOptions): TokenBucketLimiter {
  if (!(options.perMinute > 0)) throw new Error("perMinute must be > 0; leave the limiter out to turn limiting off");
  const capacity = Math.max(1, options.burst ?? options.perMinute);
  const perMs = options.perMinute / 60_000;
  const now = options.now ?? Date.now;
  const maxClients = Math.max(1, options.maxClients ?? DEFAULT_MAX_CLIENTS);
  const refillMs = capacity / perMs;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const sweep = (t: number) => {
    lastSweep = t;
    for (const [key, b] of buckets) {
      if (t - b.updatedAt >= refillMs) buckets.delete(key);
    }
  };

  return {
    get size() {
      return buckets.size;
    },
    check(rawKey: string): RateLimitDecision {
      const key = rawKey || UNKNOWN_CLIENT;
      const t = now();
      if (t - lastSweep >= Math.min(refillMs, 60_000)) sweep(t);
      const old = buckets.get(key);
      const bucket: Bucket = old
        ? { tokens: Math.min(capacity, old.tokens + Math.max(0, t - old.updatedAt) * perMs), updatedAt: t }
        : { tokens: capacity, updatedAt: t };
      buckets.delete(key);
      buckets.set(key, bucket);
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}

/**
 * A stable key for an address: IPv4-mapped IPv6 as plain IPv4, and IPv6 by its /64 (one subscriber usually owns a
 * whole /64, so counting single addresses would let one client rotate through millions of them).
 */
export function normalizeClientAddress(address: string | undefined | null): string {
  const a = (address ?? "").trim().toLowerCase();
  if (!a) return UNKNOWN_CLIENT;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(":")) return a;
  const [head = "", tail = ""] = a.split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = a.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

export function rateLimitedError(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError("rate_limited", `Too many requests; try again in ${seconds} s`, { retryAfterSeconds: seconds }, {
    "Retry-After": String(seconds),
  });
}

/** Throws 429 rate_limited (with Retry-After) when the client is over its limit. */
export async function enforceRateLimit(limiter: RateLimiter, key: string): Promise<void> {
  const decision = await limiter.check(key);
  if (!decision.allowed) throw rateLimitedError(decision.retryAfterSeconds ?? 60);
}
