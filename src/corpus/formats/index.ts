/**
 * Reads one corpus file by its extension into blocks (headings and paragraphs), or says why it cannot be used.
 * Node only (ingest): mammoth and pdfjs are loaded on first use and never reach the Worker bundle.
 */
import { decodeText } from "../decode.js";
import { isUsable, type Block } from "./blocks.js";
import { htmlBlocks } from "./html.js";
import { markdownBlocks } from "./markdown.js";
import { textBlocks } from "./text.js";

export type { Block } from "./blocks.js";

/** The extensions read as documents; anything else in the corpus folder is not looked at. */
export const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|html?|docx|pdf)$/i;

/** Files over this are skipped: a larger one is almost surely not prose (a dump, a scan, a log). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type ReadDocument =
  | { ok: true; format: string; encoding?: string; text?: string; blocks?: Block[] }
  | { ok: false; reason: string };

const extensionOf = (doc: string) => /\.([^.]+)$/.exec(doc)?.[1]?.toLowerCase() ?? "";

async function toBlocks(ext: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (ext === "docx") {
    const { docxBlocks } = await import("./docx.js");
    return { ok: true, format: "docx", blocks: await docxBlocks(bytes) };
  }
  if (ext === "pdf") {
    const { pdfBlocks } = await import("./pdf.js");
    return { ok: true, format: "pdf", blocks: await pdfBlocks(bytes) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded;
  if (ext === "md" || ext === "markdown") return { ok: true, format: "markdown", encoding, blocks: markdownBlocks(text) };
  if (ext === "html" || ext === "htm") return { ok: true, format: "html", encoding, blocks: htmlBlocks(text) };
  // Plain text keeps its text: the parser reads it line by line, as it always has.
  return { ok: true, format: "text", encoding, text };
}

/** The document's content, or the reason it is skipped (empty, binary, unknown encoding, unreadable, nothing usable). */
export async function readDocument(doc: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` };
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  let read: ReadDocument;
  try {
    read = await toBlocks(extensionOf(doc), bytes);
  } catch (err) {
    // A damaged .docx or .pdf: the library's message says what is wrong with it.
    return { ok: false, reason: `cannot be read as ${extensionOf(doc)} (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!read.ok) return read;
  const blocks = read.blocks ?? textBlocks(read.text ?? "");
  if (!blocks.some((b) => b.kind === "paragraph" && isUsable(b.text))) return { ok: false, reason: "no usable paragraph (no words or figures)" };
  return read;
}
