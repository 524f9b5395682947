/**
 * The MCP server as real clients use it: the official SDK client over Streamable HTTP against the real Node server
 * (a process on loopback, MCP_TOKEN set, a low rate limit), and over stdio against `npm run --silent mcp`. Both
 * list the tools and get a cited answer; limits, auth and errors are the HTTP API's.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatAnswerSchema, ErrorBodySchema, PassageSchema, type ChatAnswer } from "../../src/schemas.js";
import { REPO_ROOT, spawnServer, type ServerProcess } from "../helpers/processes.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "../helpers/test-engine.js";

const TOKEN = "mcp-test-token-7f3a";
const RPM = 4;
const TOOLS = ["ask", "get_passage", "list_cities", "search_passages"];
let root: string;
let corpusDir: string;
let indexDir: string;
let server: ServerProcess;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "cqa-mcp-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  mkdirSync(corpusDir);
  copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
  server = await spawnServer({ corpusDir, indexDir, dataDir: join(root, "data") }, { MCP_TOKEN: TOKEN, RATE_LIMIT_RPM: String(RPM) });
  await server.ready();
}, 180_000);
afterAll(async () => {
  await server?.stop(5000);
  rmSync(root, { recursive: true, force: true });
});

async function httpClient(token?: string): Promise<Client> {
  const client = new Client({ name: "mcp-test", version: "1.0.0" });
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), { requestInit: { headers } }));
  return client;
}

const errorOf = (result: CallToolResult) => {
  expect(result.isError).toBe(true);
  const first = result.content[0];
  return ErrorBodySchema.parse(JSON.parse(first?.type === "text" ? first.text : "null")).error;
};

/** A cited answer: the figure, each [n] marker backed by a citation and each citation used. */
function expectCitedAnswer(result: CallToolResult, figure: string): ChatAnswer {
  expect(result.isError ?? false).toBe(false);
  const answer = ChatAnswerSchema.parse(result.structuredContent);
  expect(answer.answerable).toBe(true);
  expect(answer.answer).toContain(figure);
  expect(answer.citations.length).toBeGreaterThan(0);
  const markers = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  expect([...markers].sort()).toEqual(answer.citations.map((c) => c.n).sort());
  const text = result.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
  expect(text).toContain(`passage://${answer.citations[0]!.id}`);
  return answer;
}

describe("MCP over Streamable HTTP (SDK client, real server)", () => {
  let client: Client;
  beforeAll(async () => {
    client = await httpClient(TOKEN);
  });
  afterAll(() => client?.close());

  it("refuses a client without the token, in the API's error shape", async () => {
    await expect(httpClient()).rejects.toThrow(/401|nauthorized/);
    await expect(httpClient("wrong-token")).rejects.toThrow(/401|nauthorized/);
    const res = await fetch(`${server.url}/mcp`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="mcp"/);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("unauthorized");
  });

  it("answers HTTP-level mistakes with the API's error shape", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const get = await fetch(`${server.url}/mcp`, { headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(ErrorBodySchema.parse(await get.json()).error.code).toBe("method_not_allowed");
    const text = await fetch(`${server.url}/mcp`, { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "hi" });
    expect(text.status).toBe(415);
    const bad = await fetch(`${server.url}/mcp`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{nope" });
    expect(ErrorBodySchema.parse(await bad.json()).error.code).toBe("invalid_request");
    const huge = await fetch(`${server.url}/mcp`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ x: "y".repeat(100_000) }) });
    expect(huge.status).toBe(413);
  });

  it("lists the tools, each with an input schema", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
    const ask = tools.find((t) => t.name === "ask")!;
    expect(Object.keys(ask.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(["question", "lang", "history"]));
    expect(ask.inputSchema.required).toEqual(["question"]);
    expect(ask.outputSchema?.properties).toHaveProperty("citations");
  });

  it("gets a cited answer in English and in Chinese", async () => {
    const en = expectCitedAnswer(
      (await client.callTool({ name: "ask", arguments: { question: "How many supercharging stations has Shenzhen built?" } })) as CallToolResult,
      "1,055",
    );
    expect(en.lang).toBe("en");
    expect(en.citations.some((c) => c.city?.en === "Shenzhen")).toBe(true);
    const zh = expectCitedAnswer((await client.callTool({ name: "ask", arguments: { question: "深圳建成了多少座超充站?", lang: "zh" } })) as CallToolResult, "1055");
    expect(zh.lang).toBe("zh");
  });

  it("uses the history to understand a follow-up", async () => {
    const history = [{ role: "user", content: "深圳建成了多少座超充站?" }, { role: "assistant", content: "深圳已建成1055座超充站[1]。" }];
    const result = (await client.callTool({ name: "ask", arguments: { question: "那它的市长说了什么?", history } })) as CallToolResult;
    const answer = ChatAnswerSchema.parse(result.structuredContent);
    expect(answer.answerable).toBe(true);
    expect(answer.citations.some((c) => c.city?.en === "Shenzhen" && c.kind === "quote")).toBe(true);
  });

  it("applies the chat request's limits before anything runs", async () => {
    const turns = Array.from({ length: 21 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: "hi" }));
    const tooMany = (await client.callTool({ name: "ask", arguments: { question: "Shenzhen?", history: turns } })) as CallToolResult;
    expect(errorOf(tooMany)).toMatchObject({ code: "invalid_request", message: expect.stringContaining("history") });
    const tooLong = (await client.callTool({ name: "ask", arguments: { question: "x".repeat(2001) } })) as CallToolResult;
    expect(errorOf(tooLong).code).toBe("invalid_request");
    const blank = (await client.callTool({ name: "search_passages", arguments: { query: "" } })) as CallToolResult;
    expect(errorOf(blank).code).toBe("invalid_request");
  });

  it("searches, gets a passage by id, and says not_found for an unknown one", async () => {
    const search = (await client.callTool({ name: "search_passages", arguments: { query: "Qingdao energy carbon monitoring", k: 3 } })) as CallToolResult;
    const { results } = search.structuredContent as { results: { id: string; score: number; city: { en: string } | null }[] };
    expect(results).toHaveLength(3);
    expect(results[0]!.city?.en).toBe("Qingdao");
    const got = (await client.callTool({ name: "get_passage", arguments: { id: results[0]!.id } })) as CallToolResult;
    expect(PassageSchema.parse(got.structuredContent).id).toBe(results[0]!.id);
    const missing = (await client.callTool({ name: "get_passage", arguments: { id: "no-such-passage" } })) as CallToolResult;
    expect(errorOf(missing).code).toBe("not_found");
  });

  it("lists the cities with their quoted speakers", async () => {
    const result = (await client.callTool({ name: "list_cities", arguments: {} })) as CallToolResult;
    const { cities } = result.structuredContent as { cities: { city: { en: string }; passages: number; speakers: unknown[] }[] };
    const names = cities.map((c) => c.city.en);
    for (const city of ["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"]) expect(names).toContain(city);
    expect(cities.every((c) => c.passages > 0)).toBe(true);
    expect(cities.filter((c) => c.speakers.length > 0).length).toBeGreaterThan(0);
  });

  it("offers the passages as resources", async () => {
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(5);
    const first = resources[0]!;
    expect(first.uri).toMatch(/^passage:\/\//);
    const read = await client.readResource({ uri: first.uri });
    const content = read.contents[0] as { text: string; mimeType?: string };
    expect(content.mimeType).toBe("application/json");
    expect(passageUriOf(PassageSchema.parse(JSON.parse(content.text)).id)).toBe(first.uri);
  });

  it("rate-limits ask like /api/chat", async () => {
    let refused: CallToolResult | undefined;
    for (let i = 0; i < RPM + 2 && !refused; i++) {
      const result = (await client.callTool({ name: "ask", arguments: { question: "What did Wuhan build?" } })) as CallToolResult;
      if (result.isError) refused = result;
    }
    expect(refused, "no call was refused").toBeDefined();
    expect(errorOf(refused!)).toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: expect.any(Number) } });
    // Search is not a chat call and stays available.
    const search = (await client.callTool({ name: "search_passages", arguments: { query: "Wuhan" } })) as CallToolResult;
    expect(search.isError ?? false).toBe(false);
  });
});

const passageUriOf = (id: string) => `passage://${id}`;

describe("MCP over stdio (SDK client, npm run --silent mcp)", () => {
  it("lists the tools and gets a cited answer", { timeout: 120_000 }, async () => {
    const transport = new StdioClientTransport({
      command: "npm",
      args: ["run", "--silent", "mcp"],
      cwd: REPO_ROOT,
      env: { ...(process.env as Record<string, string>), CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, LLM_PROVIDER: "none", LOG_LEVEL: "error" },
      stderr: "pipe",
    });
    let stderr = "";
    transport.stderr?.on("data", (d: Buffer) => void (stderr += d.toString()));
    const client = new Client({ name: "mcp-stdio-test", version: "1.0.0" });
    try {
      await client.connect(transport);
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
      const result = (await client.callTool({ name: "ask", arguments: { question: "How many supercharging stations has Shenzhen built?" } })) as CallToolResult;
      expectCitedAnswer(result, "1,055");
      expect(stderr).toMatch(/MCP server on stdio/);
    } finally {
      await client.close();
    }
  });
});
