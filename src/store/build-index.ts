/**
 * Builds the Node index: parse the corpus, embed every passage from both languages, insert into HNSW, and
 * write a new build folder. The manifest is switched to it last, atomically, then older builds are removed; a
 * build killed midway leaves the previous index in service and only a stray folder behind.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument } from "../corpus/parse.js";
import { corpusHash, readCorpusDir, type CorpusFile } from "../corpus/load-dir.js";
import { passageSearchText } from "../retrieval/terms.js";
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";
import { HnswVectorIndex } from "./hnsw-vector-index.js";
import { MANIFEST_VERSION, readManifest, writeManifestAtomically, type Manifest } from "./manifest.js";

export interface BuildProgress {
  phase: "parse" | "embed" | "index" | "write";
  done: number;
  total: number;
}

export interface BuildOptions {
  corpusDir: string;
  indexDir: string;
  embeddings: EmbeddingsInterface;
  embedderId: string;
  onProgress?: (p: BuildProgress) => void;
}

export interface BuildResult {
  manifest: Manifest;
  warnings: string[];
  timings: { parseMs: number; embedMs: number; indexMs: number; writeMs: number };
}

const EMBED_BATCH = 256;

export function parseCorpus(files: CorpusFile[]): Passage[] {
  return files.flatMap((f) => parseDocument(f.doc, f.text));
}

export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const { corpusDir, indexDir, embeddings, embedderId, onProgress } = options;
  const t0 = performance.now();
  const corpus = await readCorpusDir(corpusDir);
  const passages = parseCorpus(corpus.files);
  onProgress?.({ phase: "parse", done: passages.length, total: passages.length });
  const t1 = performance.now();

  const texts = passages.map(passageSearchText);
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += EMBED_BATCH) {
    vectors.push(...(await embeddings.embedDocuments(texts.slice(start, start + EMBED_BATCH))));
    onProgress?.({ phase: "embed", done: vectors.length, total: texts.length });
  }
  const dimensions = vectors[0]?.length ?? (await embeddings.embedQuery("dimension probe")).length;
  const t2 = performance.now();

  const ids = passages.map((p) => p.id);
  const hnsw = await HnswVectorIndex.build(embeddings, ids, vectors, dimensions, (done) =>
    onProgress?.({ phase: "index", done, total: ids.length }),
  );
  const t3 = performance.now();

  await mkdir(indexDir, { recursive: true });
  const build = `build-${Date.now()}-${process.pid}`;
  const buildDir = join(indexDir, build);
  await mkdir(buildDir, { recursive: true });
  await hnsw.save(join(buildDir, "hnsw"));
  await writeFile(join(buildDir, "passages.json"), JSON.stringify(passages));
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    build,
    corpusHash: corpusHash(corpus.files),
    embedder: embedderId,
    dimensions,
    passages: passages.length,
    builtAt: new Date().toISOString(),
    documents: Object.fromEntries(corpus.files.map((f) => [f.doc, f.hash])),
    passageHashes: Object.fromEntries(passages.map((p, i) => [p.id, hashString(texts[i]!)])),
    warnings: corpus.warnings,
  };
  await writeFile(join(buildDir, "manifest.json"), JSON.stringify(manifest));
  await writeManifestAtomically(indexDir, manifest);
  await removeOtherBuilds(indexDir, build);
  onProgress?.({ phase: "write", done: 1, total: 1 });
  const t4 = performance.now();
  return {
    manifest,
    warnings: corpus.warnings,
    timings: { parseMs: t1 - t0, embedMs: t2 - t1, indexMs: t3 - t2, writeMs: t4 - t3 },
  };
}

/** Old builds and builds left by a killed ingest; the one the manifest points at stays. */
async function removeOtherBuilds(indexDir: string, keep: string): Promise<void> {
  const current = (await readManifest(indexDir).catch(() => null))?.build ?? keep;
  for (const entry of await readdir(indexDir)) {
    if (entry.startsWith("build-") && entry !== keep && entry !== current) {
      await rm(join(indexDir, entry), { recursive: true, force: true });
    }
  }
}
