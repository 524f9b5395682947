/**
 * The MCP endpoint inside the Workers runtime (the real Worker entry, SELF): the protocol's own JSON-RPC messages
 * over Streamable HTTP, as any client sends them: initialize, tools/list, a cited `ask`, a passage resource.
 * And /metrics, which the Worker does not offer, is a clear JSON 404.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ChatAnswerSchema, ErrorBodySchema, PassageSchema } from "../../src/schemas.js";

const BASE = "https://qa.example";
let nextId = 1;

async function rpc(method: string, params: Record<string, unknown> = {}) {
  const res = await SELF.fetch(`${BASE}/mcp`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2025-06-18" },
    body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { result?: Record<string, unknown>; error?: unknown };
  expect(body.error).toBeUndefined();
  return body.result!;
}

describe("MCP on the Worker", () => {
  it("initializes, lists the tools and answers with citations", async () => {
    const init = await rpc("initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "worker-test", version: "1" } });
    expect(init).toMatchObject({ serverInfo: { name: "city-climate-qa" }, capabilities: { tools: {}, resources: {} } });
    const { tools } = (await rpc("tools/list")) as { tools: { name: string }[] };
    expect(tools.map((t) => t.name).sort()).toEqual(["ask", "get_passage", "list_cities", "search_passages"]);
    const result = (await rpc("tools/call", { name: "ask", arguments: { question: "How many supercharging stations has Shenzhen built?" } })) as {
      structuredContent: unknown;
      isError?: boolean;
    };
    expect(result.isError ?? false).toBe(false);
    const answer = ChatAnswerSchema.parse(result.structuredContent);
    expect(answer.answer).toContain("1,055");
    expect(answer.citations.length).toBeGreaterThan(0);
    const read = (await rpc("resources/read", { uri: `passage://${answer.citations[0]!.id}` })) as { contents: { text: string }[] };
    expect(PassageSchema.parse(JSON.parse(read.contents[0]!.text)).id).toBe(answer.citations[0]!.id);
  });

  it("has no /metrics: a JSON 404", async () => {
    const res = await SELF.fetch(`${BASE}/metrics`);
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("not_found");
  });
});
