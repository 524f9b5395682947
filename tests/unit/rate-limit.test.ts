/** The token bucket (refill, Retry-After, bounded memory), address keys, and the Workers binding adapter. */
import { describe, expect, it } from "vitest";
import { createTokenBucketLimiter, normalizeClientAddress } from "../../src/middleware/rate-limit.js";
import { createWorkersRateLimiter } from "../../src/middleware/workers-rate-limit.js";

describe("token bucket", () => {
  it("allows a burst of perMinute, then refills one request every 60/perMinute seconds", () => {
    let now = 0;
    const limiter = createTokenBucketLimiter({ perMinute: 60, now: () => now });
    for (let i = 0; i < 60; i++) expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.check("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 999;
    expect(limiter.check("a").allowed).toBe(false);
    now += 1;
    expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.check("b").allowed).toBe(true);
  });

  it("says how long to wait, rounded up to whole seconds", () => {
    let now = 0;
    const limiter = createTokenBucketLimiter({ perMinute: 7, now: () => now });
    for (let i = 0; i < 7; i++) limiter.check("a");
    expect(limiter.check("a").retryAfterSeconds).toBe(9); // 60/7 = 8.57 s
    now += 8_000;
    expect(limiter.check("a").retryAfterSeconds).toBe(1);
  });

  it("never holds more than maxClients buckets, dropping the least recently seen", () => {
    const limiter = createTokenBucketLimiter({ perMinute: 1, maxClients: 100, now: () => 0 });
    limiter.check("keep");
    for (let i = 0; i < 10_000; i++) {
      limiter.check(`client-${i}`);
      if (i % 50 === 0) limiter.check("keep");
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    // "keep" was seen recently, so it kept its (empty) bucket.
    expect(limiter.check("keep").allowed).toBe(false);
  });

  it("forgets buckets that have been idle long enough to refill", () => {
    let now = 0;
    const limiter = createTokenBucketLimiter({ perMinute: 10, now: () => now });
    for (let i = 0; i < 1000; i++) limiter.check(`c${i}`);
    expect(limiter.size).toBe(1000);
    now += 60_000;
    limiter.check("late");
    expect(limiter.size).toBe(1);
  });

  it("refuses a limit of zero (the caller leaves the limiter out instead)", () => {
    expect(() => createTokenBucketLimiter({ perMinute: 0 })).toThrow(/perMinute/);
  });
});

describe("client addresses", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:10.0.0.7", "10.0.0.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["", "unknown"],
    [undefined, "unknown"],
  ])("%s -> %s", (input, key) => {
    expect(normalizeClientAddress(input)).toBe(key);
  });
});

describe("Workers rate-limiting binding", () => {
  it("maps success to allowed and a refusal to the binding's period", async () => {
    const seen: string[] = [];
    const binding = { limit: async ({ key }: { key: string }) => (seen.push(key), { success: seen.length <= 2 }) };
    const limiter = createWorkersRateLimiter(binding, { periodSeconds: 10 });
    expect(await limiter.check("1.2.3.4")).toEqual({ allowed: true });
    expect(await limiter.check("1.2.3.4")).toEqual({ allowed: true });
    expect(await limiter.check("1.2.3.4")).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(seen).toEqual(["1.2.3.4", "1.2.3.4", "1.2.3.4"]);
  });

  it("lets requests through, and logs, when the binding fails", async () => {
    const logs: unknown[] = [];
    const limiter = createWorkersRateLimiter({ limit: async () => Promise.reject(new Error("binding down")) }, { log: (r) => logs.push(r) });
    expect(await limiter.check("k")).toEqual({ allowed: true });
    expect(JSON.stringify(logs)).toContain("binding down");
  });
});
