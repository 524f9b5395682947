/**
 * Word documents (.docx) through mammoth, which maps Word's structure to HTML (Heading 1–6 styles to <h1>–<h6>,
 * lists, tables) and drops formatting; the HTML reader then gives headings and paragraphs like a web page.
 */
import mammoth from "mammoth";
import type { Block } from "./blocks.js";
import { htmlBlocks } from "./html.js";

export async function docxBlocks(bytes: Uint8Array): Promise<Block[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return htmlBlocks(`<body>${value}</body>`);
}
