/**
 * EMBEDDINGS_PROVIDER=transformers with a local model folder, end to end and offline: a tiny ONNX model the test
 * writes itself goes through @huggingface/transformers and onnxruntime-node, builds a real index, and the manifest
 * records it as the embedder. A wrong folder fails with a message naming EMBEDDINGS_MODEL.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";
import { createNodeEmbeddings } from "../../src/providers/embeddings-node.js";
import { ensureIndex } from "../../src/store/load-index.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "../helpers/test-engine.js";
import { TINY_DIMS, writeTinyModel } from "../helpers/tiny-onnx-model.js";

let root: string;
let modelDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cqa-transformers-"));
  modelDir = join(root, "tiny-model");
  writeTinyModel(modelDir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const embedderFor = (model?: string) => createNodeEmbeddings(parseConfig({ EMBEDDINGS_PROVIDER: "transformers", EMBEDDINGS_MODEL: model }));
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe("the transformers embedder", () => {
  it("embeds with a local ONNX model: unit vectors, mean pooled, remote models off", async () => {
    const { embeddings, id } = embedderFor(modelDir);
    expect(id).toBe("transformers:tiny-model:mean");
    const [charging, chongdian, waste] = await embeddings.embedDocuments(["charging", "充电", "waste"]);
    expect(charging).toHaveLength(TINY_DIMS);
    for (const v of [charging!, chongdian!, waste!]) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(cosine(charging!, chongdian!)).toBeGreaterThan(0.99);
    expect(cosine(charging!, waste!)).toBeLessThan(0.1);
    expect(await embeddings.embedQuery("储能")).toHaveLength(TINY_DIMS);
    const { env } = await import("@huggingface/transformers");
    expect(env.allowRemoteModels).toBe(false);
  });

  it("builds an index whose manifest names it, so a change of model rebuilds", async () => {
    const corpusDir = join(root, "corpus");
    mkdirSync(corpusDir, { recursive: true });
    copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
    const { embeddings, id } = embedderFor(modelDir);
    const index = await ensureIndex({ indexDir: join(root, "index"), corpusDir, embeddings, embedderId: id, log: () => {} });
    expect(index.manifest.embedder).toBe(id);
    expect(index.manifest.dimensions).toBe(TINY_DIMS);
    expect(index.passages.length).toBeGreaterThan(10);
  });

  it("fails with a message naming EMBEDDINGS_MODEL when the folder is missing or incomplete", async () => {
    await expect(embedderFor(join(root, "nope")).embeddings.embedQuery("x")).rejects.toThrow(/EMBEDDINGS_MODEL=.*nope is not a folder/);
    mkdirSync(join(root, "empty"));
    await expect(embedderFor(join(root, "empty")).embeddings.embedQuery("x")).rejects.toThrow(/has no config\.json/);
    expect(() => embedderFor(undefined)).toThrow(ConfigError);
  });

  it("leaves the other providers to the shared switch", () => {
    expect(createNodeEmbeddings(parseConfig({})).id).toMatch(/^local-hash/);
  });
});
