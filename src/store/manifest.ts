/**
 * The index manifest: what a built index was made from. `npm start` compares it with the corpus and the embedder
 * to decide whether to rebuild. It is written last and atomically, so it only ever points at a complete build.
 */
import { rename, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

export const MANIFEST_VERSION = 1;

export const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  /** Folder inside the index folder that holds this build. */
  build: z.string().regex(/^build-[A-Za-z0-9-]+$/),
  corpusHash: z.string(),
  embedder: z.string(),
  dimensions: z.number().int().positive(),
  passages: z.number().int().nonnegative(),
  builtAt: z.string(),
  /** Per document: its content hash, so a re-ingest can tell which documents changed. */
  documents: z.record(z.string(), z.string()),
  /** Per passage id: hash of its embedded text, so unchanged passages keep their vectors. */
  passageHashes: z.record(z.string(), z.string()).optional(),
  warnings: z.array(z.string()).default([]),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const manifestPath = (indexDir: string) => join(indexDir, "manifest.json");

export async function readManifest(indexDir: string): Promise<Manifest | null> {
  let raw: string;
  try {
    raw = await readFile(manifestPath(indexDir), "utf8");
  } catch {
    return null;
  }
  return ManifestSchema.parse(JSON.parse(raw));
}

/** Write to a temporary file, then rename over the old one: readers see the old or the new, never half. */
export async function writeManifestAtomically(indexDir: string, manifest: Manifest): Promise<void> {
  const tmp = `${manifestPath(indexDir)}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, manifestPath(indexDir));
}
