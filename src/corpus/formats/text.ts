/** Plain text (.txt): one paragraph a line, as the shipped corpus is written; headings are recognised later by form. */
import type { Block } from "./blocks.js";

export function textBlocks(text: string): Block[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\u200B\uFEFF]/g, "").trim())
    .filter((l) => l.length > 0)
    .map((text) => ({ kind: "paragraph" as const, text }));
}
