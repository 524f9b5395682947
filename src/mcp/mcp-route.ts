/**
 * POST /mcp: the MCP server over Streamable HTTP, stateless (no session id): every request gets a fresh server and
 * transport, so nothing is kept between requests and any Worker isolate or Node process can answer any of them.
 * Responses are plain JSON (no SSE), which every Streamable HTTP client accepts. GET /mcp (a server-to-client event
 * stream) is not offered: a stateless server has nothing to push, so it gets the app's JSON 405 with `Allow: POST`.
 *
 * HTTP-level failures (token, content type, malformed JSON, body size) use the API's one error shape; failures inside
 * a call (bad arguments, index still building, rate limit) are tool errors carrying that same body (tool-results.ts),
 * and protocol mistakes (unknown method) are JSON-RPC errors, as MCP clients expect.
 */
import { Hono } from "hono";
import type { AppEnv } from "../app-types.js";
import { clientAbort } from "../middleware/client-abort.js";
import { requireEngine } from "../routes/engine.js";
import { readJsonBody } from "../routes/validation.js";
import { requireMcpToken } from "./mcp-auth.js";

export const MCP_PATH = "/mcp";

/**
 * The MCP SDK and its transport, imported on the first call rather than at start-up: ~0.1 s of packages that a
 * server nobody asks over MCP never needs.
 */
let mcpModules: Promise<typeof import("./mcp-server.js")> | undefined;
function loadMcp() {
  // A failed import is tried again by the next call (the handler is attached once, not on every call).
  mcpModules ??= import("./mcp-server.js").catch((err: unknown) => {
    mcpModules = undefined;
    throw err;
  });
  return mcpModules;
}

export function mcpRoutes() {
  return new Hono<AppEnv>().post(MCP_PATH, requireMcpToken(), async (c) => {
    const body = await readJsonBody(c.req.raw);
    const deps = c.get("deps");
    const { StreamableHTTPTransport, createMcpServer } = await loadMcp();
    const client = clientAbort(c);
    const server = createMcpServer({
      engine: () => requireEngine(c),
      admit: async () => deps.admitChat?.(c),
      onAnswered: deps.onAnswered,
      signal: client.signal,
      log: deps.log,
    });
    const transport = new StreamableHTTPTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    try {
      await server.connect(transport);
      return (await transport.handleRequest(c, body)) ?? c.body(null, 202);
    } finally {
      client.done();
      await server.close();
    }
  });
}
