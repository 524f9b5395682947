/**
 * Reads a corpus folder (Node only): every document under it (.txt, .md, .html, .docx, .pdf), in a stable order.
 * A file that cannot be used (unreadable, empty, binary, in an unknown encoding, without a usable paragraph, or a
 * byte-for-byte copy of an earlier document) is skipped with a warning naming it and the reason; the rest is ingested.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { hashString } from "../util/hash.js";
import { DOCUMENT_EXTENSIONS, readDocument, type Block } from "./formats/index.js";
import { parseBlocks, type ParsedDocument } from "./parse.js";
import { textBlocks } from "./formats/text.js";

export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes. */
  doc: string;
  /** The text of a plain-text document ("" for other formats, and for a document reused unread). */
  text: string;
  hash: string;
  /** Headings and paragraphs of a Markdown, HTML, Word or PDF document. */
  blocks?: Block[];
}

export interface SkippedFile {
  doc: string;
  reason: string;
}

export interface CorpusReadResult {
  files: CorpusFile[];
  /** One line per skipped file: "Skipped DOC: REASON". */
  warnings: string[];
  skipped: SkippedFile[];
}

const CORPUS_EXTENSIONS = DOCUMENT_EXTENSIONS;

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
  const reading = streamCorpusDir(dir, reuse);
  const files: CorpusFile[] = [];
  for await (const file of reading.files) files.push(file);
  return corpusReadResult(files, reading.skipped);
}

/** The result of reading a corpus: its documents and the files skipped, with a warning line for each. */
export function corpusReadResult(files: CorpusFile[], skipped: SkippedFile[]): CorpusReadResult {
  return { files, skipped, warnings: skipped.map((s) => `Skipped ${s.doc}: ${s.reason}`) };
}

/** What readCorpusDir reads, a document at a time: a build can start on the first documents while the rest are read. */
export interface CorpusStream {
  /** The documents readCorpusDir would list, in its order. */
  files: AsyncIterable<CorpusFile>;
  /** Files skipped so far (all of them once `files` is done), in path order. */
  skipped: SkippedFile[];
  /** Corpus files found (kept or skipped), known once the first document is asked for. */
  listed: () => number;
}

export function streamCorpusDir(dir: string, reuse?: (doc: string) => CorpusFile | null): CorpusStream {
  const skipped: SkippedFile[] = [];
  let listed = 0;
  async function* files(): AsyncGenerator<CorpusFile> {
    // Whole-document copies (the same file saved twice) are read once: the first by path order is kept.
    const byHash = new Map<string, string>();
    const paths = await listFiles(dir);
    listed = paths.length;
    for (const path of paths) {
      const doc = relative(dir, path).split(sep).join("/");
      let file: CorpusFile | null = reuse?.(doc) ?? null;
      if (!file) {
        try {
          const read = await readDocument(doc, await readFile(path));
          if (!read.ok) skipped.push({ doc, reason: read.reason });
          else if (read.blocks) file = { doc, text: "", blocks: read.blocks, hash: hashString(JSON.stringify(read.blocks)) };
          else file = { doc, text: read.text ?? "", hash: hashString(read.text ?? "") };
        } catch (err) {
          skipped.push({ doc, reason: err instanceof Error ? err.message : String(err) });
        }
      }
      if (!file) continue;
      const first = byHash.get(file.hash);
      if (first !== undefined) {
        skipped.push({ doc: file.doc, reason: `same content as ${first}` });
        continue;
      }
      byHash.set(file.hash, file.doc);
      yield file;
    }
  }
  return { files: files(), skipped, listed: () => listed };
}

/** One hash over every document's name and content: the index is stale when it changes. */
export function corpusHash(files: CorpusFile[]): string {
  return hashString(files.map((f) => `${f.doc}\u0000${f.hash}`).join("\n"));
}

/** The passages of a file read by readCorpusDir, whatever its format. */
export function parseCorpusFile(file: CorpusFile): ParsedDocument {
  return parseBlocks(file.doc, file.blocks ?? textBlocks(file.text));
}
