/**
 * The Workers AI embedding adapter (LangChain's CloudflareWorkersAIEmbeddings over the AI binding) against an
 * in-test binding that answers like the real one ({ shape, data }), and the Worker's scale mode with it:
 * bge-m3-sized vectors in Vectorize, questions embedded through the binding.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { loadBundledIndex } from "../../src/worker/bundled-index.js";
import { createWorkersAiEmbeddings } from "../../src/worker/workers-ai-embeddings.js";
import { FakeVectorize } from "./fakes/fake-vectorize.js";
import { createFakeAi } from "./fakes/fake-workers-ai.js";
import { workerApp, workerInputs } from "./worker-inputs.js";

describe("createWorkersAiEmbeddings", () => {
  it("embeds through the binding with bge-m3 by default, 1024 dimensions", async () => {
    const ai = createFakeAi();
    const choice = createWorkersAiEmbeddings(ai);
    expect(choice).toMatchObject({ id: "workers-ai:@cf/baai/bge-m3", dimensions: 1024 });
    const [a, b] = await choice.embeddings.embedDocuments(["深圳超充站", "Shenzhen supercharging"]);
    expect(a).toHaveLength(1024);
    expect(b).toHaveLength(1024);
    expect(await choice.embeddings.embedQuery("深圳超充站")).toEqual(a);
    expect(ai.calls[0]).toEqual({ model: "@cf/baai/bge-m3", inputs: { text: ["深圳超充站", "Shenzhen supercharging"] } });
  });

  it("turns an outage into 502 upstream_error", async () => {
    const err = await createWorkersAiEmbeddings(createFakeAi({ fail: true }), undefined, { maxRetries: 0 })
      .embeddings.embedQuery("x")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "upstream_error" });
  });

  it("rejects an answer without one vector per text", async () => {
    const odd = { run: async () => ({ shape: [0, 0], data: [] }) };
    const err = await createWorkersAiEmbeddings(odd, undefined, { maxRetries: 0 }).embeddings.embedQuery("x").catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "upstream_error", message: expect.stringMatching(/one embedding per text/) });
  });
});

describe("the Worker with Workers AI embeddings and Vectorize", () => {
  async function scaleApp() {
    const ai = createFakeAi();
    const vectorize = new FakeVectorize(1024);
    const { passages } = loadBundledIndex(workerInputs.indexText);
    // What vectorize:sync does: embed every passage with the model the Worker will query with.
    const { data } = (await ai.run("@cf/baai/bge-m3", { text: passages.map(passageSearchText) })) as { data: number[][] };
    await vectorize.upsert(passages.map((p, i) => ({ id: p.id, values: data[i]! })));
    return { ai, app: workerApp({ EMBEDDINGS_PROVIDER: "workers-ai", AI: ai, VECTORIZE: vectorize }) };
  }

  it("reports the Workers AI embedder in /healthz", async () => {
    const { app } = await scaleApp();
    expect(await (await app.request("/healthz")).json()).toMatchObject({ status: "ok", passages: 14, embedder: "workers-ai:@cf/baai/bge-m3" });
  });

  it("answers in both languages from passages found through the binding", async () => {
    const { ai, app } = await scaleApp();
    const ask = async (question: string) =>
      (await (await app.request("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) })).json()) as {
        lang: string;
        answer: string;
        citations: { city: { en: string } | null }[];
      };
    const zh = await ask("深圳建成了多少座超充站?");
    expect(zh.lang).toBe("zh");
    expect(zh.answer).toContain("1055");
    const en = await ask("How many ventilation corridors does Guangzhou have?");
    expect(en.lang).toBe("en");
    expect(en.citations[0]!.city!.en).toBe("Guangzhou");
    expect(ai.calls.some((c) => JSON.stringify(c.inputs.text) === JSON.stringify(["深圳建成了多少座超充站?"]))).toBe(true);
  });
});
