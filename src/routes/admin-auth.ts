/**
 * Bearer-token guard of the admin routes. The token comparison takes the same time whatever the guess: both sides
 * are hashed with SHA-256 (so lengths cannot leak either) and the digests compared byte by byte without an early exit.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";

const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** True when the two strings are equal, in time that does not depend on where they differ. */
export async function timingSafeEqualText(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256(a), sha256(b)]);
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ (y[i] ?? 0);
  return diff === 0;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

/** 404 when no admin token is configured (the routes do not exist); 401 with WWW-Authenticate on a wrong token. */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const expected = c.get("deps").adminToken;
    if (!expected) throw new AppError("not_found", `No route for ${c.req.method} ${c.req.path}`);
    const given = bearerToken(c.req.header("authorization"));
    if (given === null || !(await timingSafeEqualText(given, expected))) {
      throw new AppError("unauthorized", "Send the admin token as Authorization: Bearer <ADMIN_TOKEN>", undefined, {
        "WWW-Authenticate": given === null ? 'Bearer realm="admin"' : 'Bearer realm="admin", error="invalid_token"',
      });
    }
    await next();
  };
}
