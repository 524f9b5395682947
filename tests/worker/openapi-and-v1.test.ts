/**
 * On the Worker: /openapi.json is the same document as on Node, /docs carries its own CSP, and /v1 answers in
 * OpenAI's shape (cut by max_tokens; 400 with type and param for what it cannot honour).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";

const BASE = "https://qa.example";
const reference = createApp({ getEngine: () => null, info: { embedder: "reference", llm: "none" }, assets: { get: async () => null } });
const completion = (body: unknown) =>
  SELF.fetch(`${BASE}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("API description and the OpenAI endpoint on the Worker", () => {
  it("serves the same OpenAPI document as Node, and the API page under its own policy", async () => {
    const worker = await SELF.fetch(`${BASE}/openapi.json`);
    expect(worker.status).toBe(200);
    expect(await worker.json()).toEqual(await (await reference.request("/openapi.json")).json());
    const page = await SELF.fetch(`${BASE}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
    expect(await page.text()).toContain('<script src="/docs/swagger-ui-bundle.js"></script>');
  });

  it("cuts at max_tokens with citations that match, and refuses n > 1 in OpenAI's error shape", async () => {
    const res = await completion({ messages: [{ role: "user", content: "How many supercharging stations has Shenzhen built?" }], max_tokens: 40 });
    const body = (await res.json()) as { choices: { finish_reason: string; message: { content: string; annotations: unknown[] } }[]; usage: { completion_tokens: number }; citations: { n: number }[] };
    expect(body.choices[0]!.finish_reason).toBe("length");
    expect(body.usage.completion_tokens).toBeLessThanOrEqual(40);
    const markers = new Set([...body.choices[0]!.message.content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(body.citations.map((c) => c.n)).toEqual([...markers].sort());
    expect(body.choices[0]!.message.annotations).toHaveLength(body.citations.length);
    const refused = await completion({ messages: [{ role: "user", content: "hi" }], n: 2 });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: { message: expect.stringContaining("n must be 1"), type: "invalid_request_error", param: "n", code: "invalid_request" } });
  });
});
