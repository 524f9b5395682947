/**
 * Loads the Node index, or says why it cannot be used: missing, built from another corpus or embedder, or
 * corrupted. `ensureIndex` rebuilds in those cases, so the server never serves a stale or half-built index.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { corpusHash, readCorpusDir } from "../corpus/load-dir.js";
import { PassageSchema, type Passage } from "../schemas.js";
import { buildIndex, type BuildProgress } from "./build-index.js";
import { HnswVectorIndex } from "./hnsw-vector-index.js";
import { readManifest, type Manifest } from "./manifest.js";

export interface LoadedIndex {
  manifest: Manifest;
  passages: Passage[];
  vectors: HnswVectorIndex;
}

export type Staleness = { fresh: true } | { fresh: false; reason: string };

export async function checkFreshness(
  indexDir: string,
  corpusDir: string,
  embedderId: string,
): Promise<{ manifest: Manifest | null; staleness: Staleness }> {
  let manifest: Manifest | null;
  try {
    manifest = await readManifest(indexDir);
  } catch (err) {
    return { manifest: null, staleness: { fresh: false, reason: `manifest unreadable (${message(err)})` } };
  }
  if (!manifest) return { manifest, staleness: { fresh: false, reason: "no index built yet" } };
  if (manifest.embedder !== embedderId) {
    return { manifest, staleness: { fresh: false, reason: `embedder changed (${manifest.embedder} -> ${embedderId})` } };
  }
  const corpus = await readCorpusDir(corpusDir);
  if (corpusHash(corpus.files) !== manifest.corpusHash) {
    return { manifest, staleness: { fresh: false, reason: "corpus changed" } };
  }
  return { manifest, staleness: { fresh: true } };
}

export async function loadIndex(indexDir: string, manifest: Manifest, embeddings: EmbeddingsInterface): Promise<LoadedIndex> {
  const buildDir = join(indexDir, manifest.build);
  const [passagesRaw, vectors] = await Promise.all([
    readFile(join(buildDir, "passages.json"), "utf8"),
    HnswVectorIndex.load(join(buildDir, "hnsw"), embeddings),
  ]);
  const passages = z.array(PassageSchema).parse(JSON.parse(passagesRaw));
  if (passages.length !== manifest.passages || vectors.size !== manifest.passages) {
    throw new Error(
      `index holds ${passages.length} passages and ${vectors.size} vectors, manifest says ${manifest.passages}`,
    );
  }
  return { manifest, passages, vectors };
}

export interface EnsureOptions {
  indexDir: string;
  corpusDir: string;
  embeddings: EmbeddingsInterface;
  embedderId: string;
  log: (line: string) => void;
  onProgress?: (p: BuildProgress) => void;
}

/** Loads a fresh index, or (re)builds it first when it is missing, stale or corrupted. */
export async function ensureIndex(options: EnsureOptions): Promise<LoadedIndex> {
  const { indexDir, corpusDir, embeddings, embedderId, log } = options;
  const { manifest, staleness } = await checkFreshness(indexDir, corpusDir, embedderId);
  if (staleness.fresh && manifest) {
    try {
      return await loadIndex(indexDir, manifest, embeddings);
    } catch (err) {
      log(`index at ${indexDir} is corrupted (${message(err)}); rebuilding from ${corpusDir}`);
    }
  } else {
    log(`index at ${indexDir} needs a build: ${staleness.fresh ? "unknown" : staleness.reason}`);
  }
  const built = await buildIndex({ corpusDir, indexDir, embeddings, embedderId, onProgress: options.onProgress });
  for (const w of built.warnings) log(`warning: ${w}`);
  log(`built index: ${built.manifest.passages} passages in ${Math.round(sum(built.timings))} ms`);
  return loadIndex(indexDir, built.manifest, embeddings);
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
