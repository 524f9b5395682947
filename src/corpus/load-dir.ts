/**
 * Reads a corpus folder (Node only): every *.txt under it, in a stable order. A file that cannot be read or
 * decoded is skipped with a warning naming it; the rest is still ingested.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { hashString } from "../util/hash.js";

export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes. */
  doc: string;
  text: string;
  hash: string;
}

export interface CorpusReadResult {
  files: CorpusFile[];
  warnings: string[];
}

const CORPUS_EXTENSIONS = /\.(txt|md)$/i;

/** Every corpus file under `dir` (absolute paths, sorted): the files readCorpusDir reads. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    // Symlinked documents count too; a dangling link then fails to read and is skipped with a warning naming it.
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && CORPUS_EXTENSIONS.test(e.name) && !e.name.startsWith("."))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/**
 * `reuse` lets a caller supply a document it already knows unchanged (say, by its size and time) without reading
 * it: it returns the CorpusFile to use, or null to read the file as usual.
 */
export async function readCorpusDir(
  dir: string,
  reuse?: (doc: string) => CorpusFile | null,
): Promise<CorpusReadResult> {
  const files: CorpusFile[] = [];
  const warnings: string[] = [];
  for (const path of await listFiles(dir)) {
    const doc = relative(dir, path).split(sep).join("/");
    const known = reuse?.(doc);
    if (known) {
      files.push(known);
      continue;
    }
    try {
      const bytes = await readFile(path);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      files.push({ doc, text, hash: hashString(text) });
    } catch (err) {
      warnings.push(`Skipped ${doc}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { files, warnings };
}

/** One hash over every document's name and content: the index is stale when it changes. */
export function corpusHash(files: CorpusFile[]): string {
  return hashString(files.map((f) => `${f.doc}\u0000${f.hash}`).join("\n"));
}
