/**
 * Documents as people have them, written by the tests themselves (no binary blobs in the repository): a Word file
 * (docx), a PDF with Chinese text (pdfkit with Debian's WenQuanYi font), Markdown, a web page, GBK and UTF-16 text.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";

/** Debian's fonts-wqy-microhei (installed by .ci/run): pdfkit needs a font with Han glyphs for Chinese. */
export const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const CJK_FONT_NAME = "WenQuanYiMicroHei";

export type DocxPart = { heading: string; level?: 1 | 2 } | { text: string; bold?: string } | { table: string[][] };

/** A .docx written by the `docx` library: Word heading styles, paragraphs (with a bold run), a table. */
export async function makeDocx(parts: DocxPart[]): Promise<Buffer> {
  const children = parts.map((part) => {
    if ("heading" in part) return new Paragraph({ text: part.heading, heading: part.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 });
    if ("table" in part) {
      return new Table({
        rows: part.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      });
    }
    const runs = [new TextRun(part.text)];
    if (part.bold) runs.push(new TextRun({ text: part.bold, bold: true }));
    return new Paragraph({ children: runs });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A PDF written by pdfkit: each entry a paragraph (wrapped over lines by pdfkit), a blank line between them. */
export function makePdf(paragraphs: { text: string; size?: number }[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font(CJK_FONT, CJK_FONT_NAME);
    for (const p of paragraphs) {
      doc.fontSize(p.size ?? 11).text(p.text);
      doc.moveDown();
    }
    doc.end();
  });
}

export function gbk(text: string): Buffer {
  return iconv.encode(text, "gbk");
}

/** UTF-16 little-endian, with or without the BOM Windows Notepad writes. */
export function utf16le(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, "utf16le").swap16();
  return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
}
