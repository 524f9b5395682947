/**
 * PDF (.pdf) through pdfjs-dist (Mozilla's reader; the legacy build runs on Node 20). A PDF holds positioned runs of
 * text, not paragraphs: runs are joined into lines, and a new paragraph starts where the gap to the next line is
 * clearly wider than the line spacing, or where the language changes. Short lines holding a Chinese and an English
 * name are then city headings, as in a .txt file.
 */
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { paragraphsOfLines, type Block } from "./blocks.js";

interface Line {
  text: string;
  y: number;
  height: number;
}

/** A gap over this many line heights between two lines is a paragraph break. */
const PARAGRAPH_GAP = 1.6;

async function pageLines(page: { getTextContent(): Promise<{ items: unknown[] }> }): Promise<Line[]> {
  const { items } = await page.getTextContent();
  const lines: Line[] = [];
  let text = "";
  let y = 0;
  let height = 0;
  for (const raw of items) {
    const item = raw as TextItem;
    if (typeof item.str !== "string") continue;
    if (!text) {
      y = item.transform[5] ?? 0;
      height = item.height || Math.abs(item.transform[3] ?? 0) || 10;
    }
    text += item.str;
    if (item.hasEOL) {
      lines.push({ text, y, height });
      text = "";
    }
  }
  if (text) lines.push({ text, y, height });
  return lines;
}

export async function pdfBlocks(bytes: Uint8Array): Promise<Block[]> {
  // Loaded on first use: pdfjs is large and only ingest needs it.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  const out: Block[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      let paragraph: string[] = [];
      let last: Line | null = null;
      for (const line of await pageLines(page)) {
        const gap = last ? last.y - line.y : 0;
        if (last && (gap > PARAGRAPH_GAP * Math.max(last.height, line.height) || gap < 0)) {
          out.push(...paragraphsOfLines(paragraph));
          paragraph = [];
        }
        paragraph.push(line.text);
        last = line;
      }
      out.push(...paragraphsOfLines(paragraph));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return out;
}
