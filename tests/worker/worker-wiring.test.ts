/**
 * How createWorkerDeps turns bindings and vars into the app: a configuration that cannot work stops the Worker
 * with a message naming what to change; Workers AI answers, D1 feedback and the rate limiter are wired when their
 * bindings exist.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.js";
import type { D1DatabaseLike } from "../../src/feedback/d1-feedback-store.js";
import { createWorkerDeps } from "../../src/worker/worker-deps.js";
import type { WorkerEnv } from "../../src/worker/worker-env.js";
import { createFakeAi } from "./fakes/fake-workers-ai.js";
import { json, workerApp, workerInputs } from "./worker-inputs.js";

const build = (vars: WorkerEnv, indexText = workerInputs.indexText) =>
  createWorkerDeps({ LOG_LEVEL: "silent", ...vars }, { ...workerInputs, indexText });

/** The bundled index as vectorize:sync users build it: without vectors. */
const withoutVectors = (() => {
  const file = JSON.parse(workerInputs.indexText) as Record<string, unknown>;
  return JSON.stringify({ ...file, vectors: null });
})();

describe("configuration that cannot work stops the Worker", () => {
  it.each<[string, WorkerEnv, RegExp]>([
    ["a wrong var value", { LLM_TIMEOUT_MS: "soon" }, /LLM_TIMEOUT_MS/],
    ["Workers AI embeddings without the AI binding", { EMBEDDINGS_PROVIDER: "workers-ai" }, /needs the AI binding/],
    ["Workers AI embeddings over the local bundled vectors", { EMBEDDINGS_PROVIDER: "workers-ai", AI: createFakeAi() }, /bundled vectors come from local-hash-v1-d512/],
    ["a model-folder embedder", { EMBEDDINGS_PROVIDER: "transformers" }, /cannot run in a Worker/],
  ])("%s", (_name, vars, message) => {
    expect(() => build(vars)).toThrow(ConfigError);
    expect(() => build(vars)).toThrow(message);
  });

  it("a bundle built without vectors, and no VECTORIZE binding", () => {
    expect(() => build({}, withoutVectors)).toThrow(/--no-vectors/);
  });

  it("selects bundled mode by default and Vectorize mode by its binding", () => {
    expect(build({}).mode).toBe("bundled");
    expect(build({ VECTORIZE: { query: async () => ({ matches: [] }) } }, withoutVectors).mode).toBe("vectorize");
  });
});

describe("LLM_PROVIDER=workers-ai", () => {
  it("answers through the AI binding with the prompt files, citations checked", async () => {
    const ai = createFakeAi({ reply: () => "深圳已累计建成超充站1055座[1]。" });
    const app = workerApp({ LLM_PROVIDER: "workers-ai", AI: ai });
    expect(await (await app.request("/healthz")).json()).toMatchObject({ llm: "workers-ai:@cf/meta/llama-3.1-8b-instruct" });
    const answer = (await (await app.request("/api/chat", json({ question: "深圳建成了多少座超充站?" }))).json()) as {
      mode: string;
      answer: string;
      citations: { city: { en: string } }[];
    };
    expect(answer.mode).toBe("llm");
    expect(answer.answer).toContain("1055");
    expect(answer.citations[0]!.city.en).toBe("Shenzhen");
    const call = ai.calls.find((c) => Array.isArray(c.inputs.messages))!;
    expect(call.model).toBe("@cf/meta/llama-3.1-8b-instruct");
    expect(JSON.stringify(call.inputs.messages)).toContain("<source n=\\\"1\\\"");
  });
});

describe("D1 feedback", () => {
  it("stores feedback and logs answered questions when a DB binding exists", async () => {
    const app = workerApp({ DB: env.TEST_DB as D1DatabaseLike, ADMIN_TOKEN: "test-admin-token-123" });
    await app.request("/api/chat", json({ question: "武汉青山江滩有多长?" }));
    const res = await app.request(
      "/api/feedback",
      json({ rating: "up", question: "武汉青山江滩有多长?", answer: "…", lang: "zh", mode: "extractive", citations: [] }),
    );
    expect(res.status).toBe(201);
    const admin = { headers: { authorization: "Bearer test-admin-token-123" } };
    const feedback = (await (await app.request("/api/admin/feedback", admin)).json()) as { count: number };
    expect(feedback.count).toBe(1);
    const questions = (await (await app.request("/api/admin/questions", admin)).json()) as { items: { question: string }[] };
    expect(questions.items[0]!.question).toBe("武汉青山江滩有多长?");
  });

  it("answers /api/feedback with 404 without one", async () => {
    const res = await workerApp({}).request("/api/feedback", json({ rating: "up" }));
    expect(res.status).toBe(404);
  });
});

describe("rate limiting", () => {
  const limiter = (allowed: number) => {
    let used = 0;
    const keys: string[] = [];
    const limit = async ({ key }: { key: string }) => {
      keys.push(key);
      return { success: ++used <= allowed };
    };
    return { keys, limit };
  };

  it("answers 429 rate_limited with Retry-After once the binding says no, keyed by the client address", async () => {
    const binding = limiter(1);
    const app = workerApp({ CHAT_RATE_LIMITER: binding });
    const ask = () => app.request("/api/chat", json({ question: "深圳超充站" }, { "cf-connecting-ip": "203.0.113.9" }));
    expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect(binding.keys).toEqual(["203.0.113.9", "203.0.113.9"]);
  });

  it("is off with RATE_LIMIT_RPM=0", async () => {
    const app = workerApp({ CHAT_RATE_LIMITER: limiter(0), RATE_LIMIT_RPM: "0" });
    expect((await app.request("/api/chat", json({ question: "深圳超充站" }))).status).toBe(200);
  });
});
