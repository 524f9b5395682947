/**
 * Optional bearer auth of /mcp: with MCP_TOKEN set, a request must send `Authorization: Bearer <MCP_TOKEN>`
 * (compared in constant time, as the admin token is); unset, /mcp is open like the rest of the read-only API.
 * A wrong or missing token gets 401 in the one error shape with a WWW-Authenticate challenge, which MCP clients
 * understand as "configure a token".
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import { bearerToken, timingSafeEqualText } from "../routes/admin-auth.js";

export function requireMcpToken(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const expected = c.get("deps").mcpToken;
    if (!expected) return next();
    const given = bearerToken(c.req.header("authorization"));
    if (given === null || !(await timingSafeEqualText(given, expected))) {
      throw new AppError("unauthorized", "Send the MCP token as Authorization: Bearer <MCP_TOKEN>", undefined, {
        "WWW-Authenticate": given === null ? 'Bearer realm="mcp"' : 'Bearer realm="mcp", error="invalid_token"',
      });
    }
    await next();
  };
}
