/**
 * RateLimiter over Cloudflare's rate-limiting binding (`[[ratelimits]]` in wrangler.toml: a limit per period of 10
 * or 60 s, counted per key across the Worker's locations). The binding only says yes or no, so Retry-After is the
 * configured period. The binding is a best-effort counter by design; when it fails the request goes through
 * (availability over strictness), and the failure is logged.
 */
import type { Context } from "hono";
import type { AppEnv, LogRecord } from "../app-types.js";
import { normalizeClientAddress, type RateLimiter } from "./rate-limit.js";

/** The shape of a Workers rate-limiting binding (env.CHAT_RATE_LIMITER). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export interface WorkersRateLimiterOptions {
  /** The binding's period in seconds (10 or 60), sent as Retry-After. */
  periodSeconds?: number;
  log?: (record: LogRecord) => void;
}

export function createWorkersRateLimiter(binding: RateLimitBinding, options: WorkersRateLimiterOptions = {}): RateLimiter {
  const retryAfterSeconds = options.periodSeconds ?? 60;
  return {
    async check(key) {
      try {
        const { success } = await binding.limit({ key });
        return success ? { allowed: true } : { allowed: false, retryAfterSeconds };
      } catch (err) {
        options.log?.({ level: "warn", msg: "rate-limit binding failed; letting the request through", error: String(err) });
        return { allowed: true };
      }
    },
  };
}

/** The client on Workers: Cloudflare sets CF-Connecting-IP on every request that reaches the Worker. */
export function workersClientKey(c: Context<AppEnv>): string {
  return normalizeClientAddress(c.req.header("cf-connecting-ip"));
}
