import { describe, expect, it } from "vitest";
import { bearerToken, timingSafeEqualText } from "../../src/routes/admin-auth.js";

describe("admin token check", () => {
  it("compares tokens exactly, whatever their lengths", async () => {
    expect(await timingSafeEqualText("token-1", "token-1")).toBe(true);
    expect(await timingSafeEqualText("token-1", "token-2")).toBe(false);
    expect(await timingSafeEqualText("token", "token-1")).toBe(false);
    expect(await timingSafeEqualText("", "x")).toBe(false);
    expect(await timingSafeEqualText("令牌", "令牌")).toBe(true);
  });

  it("reads a Bearer token, scheme in any case, and nothing else", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer  abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
