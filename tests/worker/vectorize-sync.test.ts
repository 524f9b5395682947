/**
 * vectorize:sync against a stand-in of the Cloudflare REST API: the first run creates the index (cosine, the
 * embedder's dimensions) and its metadata indexes and upserts every passage in batches; a second run creates
 * nothing and deletes nothing; passages that left the corpus are deleted; a mismatched index is refused.
 */
import { describe, expect, it } from "vitest";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import type { Passage } from "../../src/schemas.js";
import { loadBundledIndex } from "../../src/worker/bundled-index.js";
import { createCloudflareApi } from "../../src/worker/cloudflare-api.js";
import { planBatches, syncVectorize } from "../../src/worker/vectorize-sync.js";
import { createFakeCloudflare } from "./fakes/fake-cloudflare-api.js";
import { workerInputs } from "./worker-inputs.js";

const TOKEN = "test-token-0123456789abcdef";
const { passages } = loadBundledIndex(workerInputs.indexText);
const local = new LocalEmbeddings();
const target = { index: "city-climate-qa", dimensions: 512, embed: async (texts: string[]) => texts.map((t) => Array.from(local.embed(t))) };

function setup() {
  const cloudflare = createFakeCloudflare(TOKEN);
  const api = createCloudflareApi({ accountId: "0123456789abcdef0123456789abcdef", apiToken: TOKEN, fetch: cloudflare.fetch });
  return { cloudflare, api };
}

describe("syncVectorize", () => {
  it("creates the index and its metadata indexes, then upserts every passage with city and kind", async () => {
    const { cloudflare, api } = setup();
    const report = await syncVectorize(api, target, passages, { batchSize: 5 });
    expect(report).toEqual({ created: true, metadataIndexesCreated: ["city", "kind"], upserted: 14, deleted: [] });
    const index = cloudflare.indexes.get("city-climate-qa")!;
    expect(index.config).toEqual({ dimensions: 512, metric: "cosine" });
    expect([...index.vectors.keys()].sort()).toEqual(passages.map((p) => p.id).sort());
    const shenzhen = passages.find((p) => p.city?.en === "Shenzhen" && p.kind === "initiative")!;
    expect(index.vectors.get(shenzhen.id)!.metadata).toEqual({ city: "Shenzhen", kind: "initiative" });
    const intro = passages.find((p) => p.kind === "intro")!;
    expect(index.vectors.get(intro.id)!.metadata).toEqual({ kind: "intro" });
    expect(cloudflare.calls.filter((c) => c.endsWith("/upsert"))).toHaveLength(3);
  });

  it("is idempotent: a second run creates nothing, deletes nothing, and leaves the same vectors", async () => {
    const { cloudflare, api } = setup();
    await syncVectorize(api, target, passages);
    const before = new Map(cloudflare.indexes.get("city-climate-qa")!.vectors);
    const again = await syncVectorize(api, target, passages);
    expect(again).toEqual({ created: false, metadataIndexesCreated: [], upserted: 14, deleted: [] });
    expect(cloudflare.indexes.get("city-climate-qa")!.vectors).toEqual(before);
    expect(cloudflare.calls.filter((c) => c === "POST /vectorize/v2/indexes")).toHaveLength(1);
  });

  it("deletes the vectors of passages removed from the corpus, reading every page of ids", async () => {
    const { cloudflare, api } = setup();
    await syncVectorize(api, target, passages);
    const kept: Passage[] = passages.slice(0, 9);
    const report = await syncVectorize(api, target, kept);
    expect(report.deleted.sort()).toEqual(passages.slice(9).map((p) => p.id).sort());
    expect([...cloudflare.indexes.get("city-climate-qa")!.vectors.keys()].sort()).toEqual(kept.map((p) => p.id).sort());
    expect(cloudflare.calls.filter((c) => c.endsWith("/list")).length).toBeGreaterThan(5); // 2 ids per page
  });

  it("refuses an existing index made for another embedder, naming both sizes", async () => {
    const { api } = setup();
    await api.createIndex("city-climate-qa", 1024, "cosine", "bge-m3");
    await expect(syncVectorize(api, target, passages)).rejects.toThrow(/1024 dimensions .* needs 512/);
  });

  it("reports a wrong token as the API's error, without the token", async () => {
    const cloudflare = createFakeCloudflare(TOKEN);
    const api = createCloudflareApi({ accountId: "0123456789abcdef0123456789abcdef", apiToken: "wrong-token-xxxxxxxxxxxx", fetch: cloudflare.fetch });
    const err = (await syncVectorize(api, target, passages).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/403 Authentication error/);
    expect(err.message).not.toContain("wrong-token");
  });
});

describe("planBatches", () => {
  it("splits the passages into batches of the given size, in corpus order", () => {
    const batches = planBatches(passages, 4);
    expect(batches.map((b) => b.length)).toEqual([4, 4, 4, 2]);
    expect(batches.flat().map((p) => p.id)).toEqual(passages.map((p) => p.id));
  });

  it("rejects an id longer than Vectorize's 64 bytes", () => {
    expect(() => planBatches([{ ...passages[0]!, id: "x".repeat(65) }])).toThrow(/64 bytes/);
  });
});
