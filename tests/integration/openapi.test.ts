/**
 * /openapi.json: a valid OpenAPI 3.1 document that lists every route registered on the app (taken from the app
 * itself) and nothing else, and whose response schemas accept what the routes really answer.
 */
import { dereference, validate } from "@readme/openapi-parser";
import Ajv2020 from "ajv/dist/2020.js";
import { inspectRoutes } from "hono/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { toOpenAPIPath } from "../../src/openapi/document.js";
import { mountFeedbackRoutes } from "../../src/routes/feedback.js";
import { mountOpenAICompatRoutes } from "../../src/routes/openai-compat.js";
import { testAssets } from "../helpers/hardening-app.js";
import { createTestDeps, sharedTestEngine } from "../helpers/test-engine.js";

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

let app: ReturnType<typeof createApp>;
let doc: Doc;

beforeAll(async () => {
  const feedback = { addFeedback: async () => 1, logQuestion: async () => {}, listFeedback: async () => [], listQuestions: async () => [] };
  app = createApp(createTestDeps(await sharedTestEngine(), { assets: testAssets, feedback, adminToken: "t", extraRoutes: [mountFeedbackRoutes, mountOpenAICompatRoutes] }));
  const res = await app.request("/openapi.json");
  expect(res.status).toBe(200);
  doc = await res.json();
});

/**
 * The routes registered on the app. inspectRoutes counts a handler that takes `next` as middleware; one registered
 * for a method (not ALL, as `use` registers) is still a route, e.g. the web chat's catch-all for its static files.
 */
const registeredRoutes = () => inspectRoutes(app).filter((r) => !r.isMiddleware || r.method !== "ALL");

/** A concrete URL for a registered path: parameters filled with a placeholder, the catch-all with a file name. */
const concrete = (path: string) => (path === "/*" ? "/app.js" : path.replace(/:\w+(\{[^}]*\})?/g, "x"));

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("lists every route registered on the app, with each method that does not answer 405", async () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const { method, path } of routes) {
      const operations = doc.paths[toOpenAPIPath(path)];
      if (!operations) {
        missing.push(`${method} ${path}`);
        continue;
      }
      // Routes that exist only to answer 405 (with Allow) are not operations; their path must still be documented.
      const res = await app.request(concrete(path), { method, headers: { "content-type": "application/json" }, body: method === "GET" || method === "HEAD" ? undefined : "{}" });
      // A route for every method (app.all) needs at least one documented operation.
      const documented = method === "ALL" ? Object.keys(operations).length > 0 : Boolean(operations[method.toLowerCase()]);
      if (res.status !== 405 && !documented) missing.push(`${method} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it("documents no operation the app does not have", () => {
    const routes = registeredRoutes();
    const registered = new Set(routes.map((r) => `${r.method.toLowerCase()} ${toOpenAPIPath(r.path)}`));
    const anyMethod = new Set(routes.filter((r) => r.method === "ALL").map((r) => toOpenAPIPath(r.path)));
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => [m, path] as const));
    expect(documented.filter(([m, path]) => !registered.has(`${m} ${path}`) && !anyMethod.has(path)).map(([m, p]) => `${m} ${p}`)).toEqual([]);
  });

  it("describes what the routes really answer", async () => {
    const resolved = (await dereference(structuredClone(doc) as never)) as unknown as Doc;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = async (method: string, path: string, url: string, init?: RequestInit) => {
      const res = await app.request(url, { method, ...init });
      const schema = resolved.paths[path]![method]!.responses[String(res.status)]?.content?.["application/json"]?.schema;
      expect(schema, `${method} ${url} → ${res.status} is documented`).toBeDefined();
      const validateBody = ajv.compile(schema!);
      const body = await res.json();
      expect(validateBody(body) ? [] : validateBody.errors, `${method} ${url} → ${res.status}`).toEqual([]);
      return body;
    };
    const json = (body: unknown): RequestInit => ({ headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    await check("get", "/healthz", "/healthz");
    const search = await check("get", "/api/search", "/api/search?q=Shenzhen%20charging&k=3");
    await check("get", "/api/search", "/api/search?k=0");
    await check("get", "/api/passages/{id}", `/api/passages/${search.results[0].id}`);
    await check("get", "/api/passages/{id}", "/api/passages/nope");
    await check("post", "/api/chat", "/api/chat", json({ question: "How many supercharging stations has Shenzhen built?" }));
    await check("post", "/api/chat", "/api/chat", json({ question: " " }));
    await check("post", "/api/feedback", "/api/feedback", json({ rating: "up", question: "q", answer: "a", lang: "en", mode: "extractive", citations: [] }));
    await check("get", "/api/admin/questions", "/api/admin/questions", { headers: { authorization: "Bearer t" } });
    await check("get", "/api/admin/feedback", "/api/admin/feedback", { headers: { authorization: "Bearer wrong" } });
    await check("get", "/v1/models", "/v1/models");
    await check("get", "/v1/models/{id}", "/v1/models/city-climate-qa");
    await check("get", "/v1/models/{id}", "/v1/models/other");
    await check("post", "/v1/chat/completions", "/v1/chat/completions", json({ messages: [{ role: "user", content: "What did Wuhan's party secretary say?" }], max_tokens: 30 }));
    await check("post", "/v1/chat/completions", "/v1/chat/completions", json({ messages: [{ role: "user", content: "hi" }], n: 3 }));
  });
});
