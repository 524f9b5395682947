/**
 * Parses one corpus document into Passages: city headings, aligned zh/en pairs, kinds and speakers.
 * Tolerates what real files contain: a BOM, CRLF or CR line ends, blank lines, missing translations,
 * English before Chinese, several cities in one file, and headings written "Shenzhen 深圳".
 */
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";
import { alignParagraphs, type Aligned, type Paragraph } from "./align.js";
import { detectLanguage } from "./language.js";
import { detectChineseQuote, detectEnglishQuote } from "./speaker.js";

type City = { zh: string; en: string };

const ZH_FIRST = /^(\p{Script=Han}{1,12})[\s\u3000]+([A-Z][A-Za-z'’.\-]*(?:[\s-][A-Za-z][A-Za-z'’.\-]*){0,3})$/u;
const EN_FIRST = /^([A-Z][A-Za-z'’.\-]*(?:[\s-][A-Za-z][A-Za-z'’.\-]*){0,3})[\s\u3000]+(\p{Script=Han}{1,12})$/u;

/** A heading is a short line holding just a Chinese name and its English name. */
export function parseHeading(line: string): City | null {
  const text = line.replace(/^#+\s*/, "").trim();
  if (text.length > 48) return null;
  const zhFirst = ZH_FIRST.exec(text);
  if (zhFirst) return { zh: zhFirst[1]!, en: zhFirst[2]!.trim() };
  const enFirst = EN_FIRST.exec(text);
  if (enFirst) return { zh: enFirst[2]!, en: enFirst[1]!.trim() };
  return null;
}

/** Splits text into trimmed, non-empty lines whatever the line ends, without a BOM or zero-width junk. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\u200B\uFEFF]/g, "").trim())
    .filter((l) => l.length > 0);
}

/** URL-safe slug of a document name; non-ASCII names fall back to a hash so ids stay short and safe. */
export function docSlug(doc: string): string {
  const slug = doc
    .replace(/\.[^.]+$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || `doc-${hashString(doc).slice(0, 8)}`;
}

interface Section {
  city: City | null;
  paragraphs: Paragraph[];
}

function sections(lines: string[]): Section[] {
  const out: Section[] = [{ city: null, paragraphs: [] }];
  for (const line of lines) {
    const heading = parseHeading(line);
    if (heading) out.push({ city: heading, paragraphs: [] });
    else out.at(-1)!.paragraphs.push({ text: line, lang: detectLanguage(line) });
  }
  return out.filter((s) => s.paragraphs.length > 0);
}

function toPassage(doc: string, city: City | null, pair: Aligned): Omit<Passage, "id"> {
  const zhQuote = pair.zh ? detectChineseQuote(pair.zh) : { isQuote: false };
  const enQuote = pair.en ? detectEnglishQuote(pair.en) : { isQuote: false };
  const isQuote = city !== null && (zhQuote.isQuote || enQuote.isQuote);
  const base = { doc, city, zh: pair.zh, en: pair.en };
  if (!city) return { ...base, kind: "intro" };
  if (!isQuote) return { ...base, kind: "initiative" };
  const speaker: { zh?: string; en?: string } = {};
  if (zhQuote.name) speaker.zh = zhQuote.name;
  if (enQuote.name) speaker.en = enQuote.name;
  return { ...base, kind: "quote", ...(Object.keys(speaker).length ? { speaker } : {}) };
}

/** Parses one document. `doc` is its path relative to the corpus folder; ids derive from it and the text. */
export function parseDocument(doc: string, text: string): Passage[] {
  const slug = docSlug(doc);
  const seen = new Map<string, number>();
  const passages: Passage[] = [];
  for (const section of sections(splitLines(text))) {
    for (const pair of alignParagraphs(section.paragraphs)) {
      const passage = toPassage(doc, section.city, pair);
      // Content-derived ids stay stable when other passages change; a repeat in one doc gets a suffix.
      const base = `${slug}-${hashString(`${section.city?.en ?? ""}\n${pair.zh ?? ""}\n${pair.en ?? ""}`).slice(-10)}`;
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      passages.push({ id: count === 0 ? base : `${base}-${count + 1}`, ...passage });
    }
  }
  return passages;
}
