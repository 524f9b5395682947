/**
 * Bad input gets the same JSON error bodies from the Worker as from Node. The reference is createApp with the
 * Node entry's route set, run beside the Worker; the statuses and codes are also spelled out, so a change that
 * broke both alike would still fail here.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { ErrorBodySchema } from "../../src/schemas.js";

const BASE = "https://qa.example";

/** Error paths are decided before the engine is consulted, so the reference needs none. */
const reference = createApp({ getEngine: () => null, info: { embedder: "reference", llm: "none" }, assets: { get: async () => null } });

const postChat = (body: string, contentType = "application/json"): [string, RequestInit] => [
  "/api/chat",
  { method: "POST", headers: { "content-type": contentType }, body },
];

const cases: [string, [string, RequestInit?], number, string][] = [
  ["empty question", postChat(JSON.stringify({ question: "" })), 400, "invalid_request"],
  ["blank question", postChat(JSON.stringify({ question: " \n\t " })), 400, "invalid_request"],
  ["invalid JSON", postChat("{not json"), 400, "invalid_request"],
  ["wrong content type", postChat("hi", "text/plain"), 415, "unsupported_media_type"],
  ["k out of range in chat", postChat(JSON.stringify({ question: "hi", k: 11 })), 400, "invalid_request"],
  ["wrong method", ["/api/chat", { method: "GET" }], 405, "method_not_allowed"],
  ["unknown API route", ["/api/nothing-here"], 404, "not_found"],
  ["unknown page", ["/nothing.php"], 404, "not_found"],
  ["missing q", ["/api/search"], 400, "invalid_request"],
  ["empty q", ["/api/search?q="], 400, "invalid_request"],
  ["k above range", ["/api/search?q=a&k=21"], 400, "invalid_request"],
  ["k below range", ["/api/search?q=a&k=0"], 400, "invalid_request"],
  ["k not a number", ["/api/search?q=a&k=abc"], 400, "invalid_request"],
  ["300 KB body", postChat(JSON.stringify({ question: "x".repeat(300 * 1024) })), 413, "payload_too_large"],
];

describe("error shape: the Worker answers bad input as Node does", () => {
  it.each(cases)("%s", async (_name, [path, init], status, code) => {
    const worker = await SELF.fetch(`${BASE}${path}`, init);
    const node = await reference.request(path, init);
    expect(worker.status).toBe(status);
    expect(worker.headers.get("content-type")).toMatch(/application\/json/);
    const body = ErrorBodySchema.parse(await worker.json());
    expect(body.error.code).toBe(code);
    expect(body).toEqual(await node.json());
    expect(worker.headers.get("allow")).toBe(node.headers.get("allow"));
  });

  it("answers an unknown passage id with 404 not_found", async () => {
    const res = await SELF.fetch(`${BASE}/api/passages/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: 'No passage with id "nope"' } });
  });
});
