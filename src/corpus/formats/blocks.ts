/**
 * The one shape every document format is read into: headings and paragraphs, in reading order, as plain text.
 * Parsing into passages (cities, sections, alignment, chunking) then works the same whatever the format was.
 */
import { detectLanguage } from "../language.js";
import { parseHeading } from "../parse-heading.js";

export type Block = { kind: "heading"; level: number; text: string } | { kind: "paragraph"; text: string };

/** Collapses runs of white space (line breaks inside a paragraph, non-breaking spaces) to one space. */
export function cleanText(text: string): string {
  return text.replace(/[\u200B\uFEFF]/g, "").replace(/[\s\u00A0]+/g, " ").trim();
}

/**
 * A paragraph as written in Markdown, HTML or a PDF may hold several lines in different languages: the Chinese
 * original on one line and its translation on the next, with no blank line between. Lines of the same language
 * are one paragraph (joined with a space in English, directly in Chinese); a change of language starts another,
 * so the bilingual pairing downstream still sees the two versions apart. A "深圳 Shenzhen" line (the .txt city
 * heading, in a file written the .txt way) always stands alone, so it is still recognised as a heading.
 */
export function paragraphsOfLines(lines: string[]): Block[] {
  const out: Block[] = [];
  let current: { lang: string; text: string } | null = null;
  for (const raw of lines) {
    const line = cleanText(raw);
    if (!line) continue;
    if (parseHeading(line)) {
      if (current) out.push({ kind: "paragraph", text: current.text });
      out.push({ kind: "paragraph", text: line });
      current = null;
      continue;
    }
    const lang = detectLanguage(line);
    if (current && current.lang === lang) {
      current.text += lang === "zh" && !/[A-Za-z0-9,.;:]$/.test(current.text) ? line : ` ${line}`;
    } else {
      if (current) out.push({ kind: "paragraph", text: current.text });
      current = { lang, text: line };
    }
  }
  if (current) out.push({ kind: "paragraph", text: current.text });
  return out;
}

/** Whether a paragraph says anything: at least one letter (of any script) or figure, not just rules or symbols. */
export function isUsable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
