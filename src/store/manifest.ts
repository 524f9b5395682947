/**
 * The index manifest: what a built index was made from. `npm start` compares it with the corpus and the embedder
 * to decide whether to rebuild. It is written last and atomically, so it only ever points at a complete build.
 */
import { rename, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/** 2: the keyword index and the vectors are persisted in the build folder (keyword.bin, vectors.bin or hnsw/). */
export const MANIFEST_VERSION = 2;

/** Where a build keeps its vectors: exact sparse search (vectors.bin), or LangChain's HNSWLib (hnsw/). */
export const VectorIndexSpecSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sparse") }),
  z.object({
    kind: z.literal("hnsw"),
    m: z.number().int().positive(),
    efConstruction: z.number().int().positive(),
    efSearch: z.number().int().positive(),
  }),
]);
export type VectorIndexSpec = z.infer<typeof VectorIndexSpecSchema>;

/** The files of a build folder. */
export const BUILD_FILES = {
  /** One file per corpus document (passages-file.ts): an unchanged document's file is linked, not rewritten. */
  passages: "passages",
  keyword: "keyword.bin",
  sparseVectors: "vectors.bin",
  hnsw: "hnsw",
  manifest: "manifest.json",
} as const;

export const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  /** Folder inside the index folder that holds this build. */
  build: z.string().regex(/^build-[A-Za-z0-9-]+$/),
  corpusHash: z.string(),
  embedder: z.string(),
  /**
   * The analyzer fingerprint (tokenizer, stemmer, stop words, glossary: retrieval/analyzer-fingerprint.ts). A build
   * made with another one is stale for every embedder, and is not reused by an incremental build.
   */
  analyzer: z.string().optional(),
  dimensions: z.number().int().positive(),
  passages: z.number().int().nonnegative(),
  builtAt: z.string(),
  /**
   * Per document: its content hash, so a re-ingest can tell which documents changed. The per-passage hashes (of
   * each passage's embedded text) live in the build folder's passages.bin: 100k of them here would cost every
   * start-up ~150 ms of JSON and validation for a manifest read only to check freshness.
   */
  documents: z.record(z.string(), z.string()),
  /**
   * Per document: its size and modification time when it was hashed. A start-up that finds every document with the
   * same size and time trusts the hashes above instead of reading the whole corpus again. -1 when the file was
   * modified too recently to trust its time (it could change again within the same clock tick).
   */
  documentStats: z.record(z.string(), z.object({ bytes: z.number(), mtimeMs: z.number() })).optional(),
  /** Per document, in corpus order: how many passages it holds (its file is passages/<segment key>.bin). */
  documentPassages: z.record(z.string(), z.number().int().nonnegative()),
  vectorIndex: VectorIndexSpecSchema,
  warnings: z.array(z.string()).default([]),
  /** Files in the corpus folder that were not ingested, and why (empty, binary, unknown encoding, nothing usable). */
  skipped: z.array(z.object({ doc: z.string(), reason: z.string() })).optional(),
  /** Per document: near-identical passages merged when it was parsed (carried over while it is unchanged). */
  duplicatesMerged: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const manifestPath = (indexDir: string) => join(indexDir, "manifest.json");

export class ManifestVersionError extends Error {
  override name = "ManifestVersionError";
}

/** Null when there is no manifest; throws when it is unreadable or written by another index format. */
export async function readManifest(indexDir: string): Promise<Manifest | null> {
  let raw: string;
  try {
    raw = await readFile(manifestPath(indexDir), "utf8");
  } catch {
    return null;
  }
  const json = JSON.parse(raw) as { version?: unknown };
  if (json.version !== MANIFEST_VERSION) {
    throw new ManifestVersionError(`index format ${String(json.version)}, this version reads ${MANIFEST_VERSION}`);
  }
  return ManifestSchema.parse(json);
}

/** Write to a temporary file, then rename over the old one: readers see the old or the new, never half. */
export async function writeManifestAtomically(indexDir: string, manifest: Manifest): Promise<void> {
  const tmp = `${manifestPath(indexDir)}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, manifestPath(indexDir));
}
