/**
 * `npm start` runs the server as an esbuild bundle (scripts/start.mjs), not the TypeScript sources: it must answer
 * as the sources do, with its worker threads (the vector search thread, the reindex thread) bundled beside it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type StartedServer } from "../helpers/server.js";

const QUESTIONS = ["深圳建成了多少座超充站?", "What did Shanghai do about building energy?", "长沙 公交 电动化"];
const ADMIN_TOKEN = "npm-start-test-token-0123456789";
const MCP_TOKEN = "npm-start-mcp-token-0123456789";
const GENERATED = join(import.meta.dirname, "..", "..", "src", "generated");

/** The packages the bundled server imports as it starts: those of its entry and of the chunks it imports statically. */
function packagesAtStart(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(GENERATED, file), "utf8");
    // Static imports only (`import ... from "x"` or `import "x"` at the start of a line); import("x") is lazy.
    for (const [, spec] of code.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";?$/gm)) {
      if (spec!.startsWith("./")) visit(spec!.slice(2));
      else if (!spec!.startsWith("node:")) packages.add(spec!);
    }
  };
  visit("node-server.mjs");
  return packages;
}

describe("npm start (the bundled server)", () => {
  let bundled: StartedServer;
  let sources: StartedServer;
  beforeAll(async () => {
    const env = { VECTOR_SEARCH_THREAD: "on", ADMIN_TOKEN, MCP_TOKEN };
    [bundled, sources] = await Promise.all([startServer({ env, entry: "start", readyTimeoutMs: 120_000 }), startServer({ env, readyTimeoutMs: 120_000 })]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([bundled?.stop(), sources?.stop()]);
  });

  it("answers searches exactly as the TypeScript sources do", async () => {
    for (const q of QUESTIONS) {
      const path = `/api/search?q=${encodeURIComponent(q)}&k=5`;
      const [a, b] = await Promise.all([fetch(bundled.url + path), fetch(sources.url + path)]);
      expect(a.status).toBe(200);
      const body = await a.text();
      expect(JSON.parse(body).results.length).toBeGreaterThan(0);
      expect(body).toBe(await b.text());
    }
  });

  it("leaves what the default path never uses (LLM clients, MCP, Word documents, hnswlib) out of start-up, and loads it when asked", async () => {
    const atStart = packagesAtStart();
    expect(atStart.has("hono")).toBe(true);
    for (const lazy of ["@langchain/core/messages", "@langchain/cloudflare", "@modelcontextprotocol/sdk/server/mcp.js", "@hono/mcp", "mammoth", "hnswlib-node"]) {
      expect(atStart.has(lazy), lazy).toBe(false);
    }
    // The MCP endpoint still answers, its packages loaded on this first call.
    const res = await fetch(bundled.url + "/mcp", {
      method: "POST",
      headers: { Authorization: `Bearer ${MCP_TOKEN}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain("search");
  });

  it("serves the page and reindexes on its bundled thread", async () => {
    const page = await fetch(bundled.url + "/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");
    const res = await fetch(bundled.url + "/api/admin/reindex", { method: "POST", headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    const health = await (await fetch(bundled.url + "/healthz")).json();
    expect(health.status).toBe("ok");
    expect(bundled.stderr()).not.toMatch(/search thread did not start|Cannot find module|ERR_/);
  }, 120_000);
});
