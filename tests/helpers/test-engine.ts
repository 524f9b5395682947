/**
 * A real engine for tests, built in memory from the repository's seed corpus (plus any extra documents) with the
 * built-in local embedder: no index folder, no network. Also the AppDeps that createApp needs around it.
 */
import { readFileSync } from "node:fs";
import type { AppDeps } from "../../src/app-types.js";
import { parseDocument } from "../../src/corpus/parse.js";
import { createEngine, type Engine, type EngineInput } from "../../src/engine.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { passageSearchText } from "../../src/retrieval/terms.js";
import { MemoryVectorIndex } from "../../src/retrieval/vector-index.js";
import { toTraditional } from "../../src/text/to-traditional.js";
import { cedictBridge } from "../../src/retrieval/cedict-bridge.js";

export const SEED_DOC = "cities-climate-action.txt";
export const SEED_CORPUS_PATH = new URL(`../../corpus/${SEED_DOC}`, import.meta.url);

export function readSeedCorpus(): string {
  return readFileSync(SEED_CORPUS_PATH, "utf8");
}

export interface TestEngineOptions {
  /** More documents beside the seed: { "name.txt": text }. */
  extraDocs?: Record<string, string>;
  /** Leave the seed out (only extraDocs). */
  withoutSeed?: boolean;
  createGenerator?: EngineInput["createGenerator"];
  createCondenser?: EngineInput["createCondenser"];
  retrievalCacheSize?: number;
  /** Leave out the dictionary bridge (src/retrieval/cedict-bridge.ts) that Node engines have. */
  withoutBridge?: boolean;
}

export async function createTestEngine(options: TestEngineOptions = {}): Promise<Engine> {
  const docs: [string, string][] = options.withoutSeed ? [] : [[SEED_DOC, readSeedCorpus()]];
  docs.push(...Object.entries(options.extraDocs ?? {}));
  const passages = docs.flatMap(([doc, text]) => parseDocument(doc, text));
  const embeddings = new LocalEmbeddings();
  const vectors = (await embeddings.embedDocuments(passages.map(passageSearchText))).map((v) => Float32Array.from(v));
  return createEngine({
    passages,
    vectors: new MemoryVectorIndex(passages.map((p) => p.id), vectors),
    embeddings,
    createGenerator: options.createGenerator,
    createCondenser: options.createCondenser,
    retrievalCacheSize: options.retrievalCacheSize,
    toTraditional,
    ...(options.withoutBridge ? {} : { bridge: cedictBridge() }),
  });
}

let seedEngine: Promise<Engine> | null = null;

/** The seed-corpus engine, built once per test file and shared. */
export function sharedTestEngine(): Promise<Engine> {
  seedEngine ??= createTestEngine();
  return seedEngine;
}

/** AppDeps around an engine: no assets, no log; override anything. */
export function createTestDeps(engine: Engine | null, overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    getEngine: () => engine,
    info: { embedder: "local-test", llm: "none" },
    assets: { get: async () => null },
    ...overrides,
  };
}
