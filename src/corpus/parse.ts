/**
 * Parses one corpus document into Passages: city headings, sections, aligned zh/en pairs, kinds and speakers.
 * Tolerates what real files contain: a BOM, CRLF or CR line ends, blank lines, missing translations,
 * English before Chinese, several cities in one file, and headings written "Shenzhen 深圳". Every format is first
 * read into blocks (src/corpus/formats); over-long paragraphs are cut into passages at sentence boundaries and
 * near-identical passages are kept once.
 */
import type { Passage } from "../schemas.js";
import { hashString } from "../util/hash.js";
import { alignParagraphs, type Aligned, type Paragraph } from "./align.js";
import { chunkPair } from "./chunk.js";
import { dedupePassages } from "./dedupe.js";
import { isUsable, type Block } from "./formats/blocks.js";
import { textBlocks } from "./formats/text.js";
import { detectLanguage } from "./language.js";
import { parseHeading } from "./parse-heading.js";
import { placeHeading } from "./place-heading.js";
import { detectChineseQuote, detectEnglishQuote } from "./speaker.js";

export { parseHeading } from "./parse-heading.js";

type City = { zh: string; en: string };

/** Splits text into trimmed, non-empty lines whatever the line ends, without a BOM or zero-width junk. */
export function splitLines(text: string): string[] {
  return textBlocks(text).map((b) => b.text);
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
  /** The topic heading the paragraphs sit under, when it is not a place. */
  section?: string;
  paragraphs: Paragraph[];
}

/**
 * Groups blocks under headings. A paragraph that is a "深圳 Shenzhen" line is a city heading, as in .txt files. An
 * explicit heading naming a place opens that city; any other heading is a section: under a city when it is deeper
 * than the city's heading, else it closes the city (its paragraphs belong to no city).
 */
function sections(blocks: Block[]): Section[] {
  const out: Section[] = [{ city: null, paragraphs: [] }];
  let cityLevel = 0;
  for (const block of blocks) {
    const current = out.at(-1)!;
    if (block.kind === "heading") {
      const place = placeHeading(block.text);
      if (place) {
        out.push({ city: place, paragraphs: [] });
        cityLevel = block.level;
      } else {
        const keepsCity = current.city !== null && block.level > cityLevel;
        out.push({ city: keepsCity ? current.city : null, section: block.text, paragraphs: [] });
      }
      continue;
    }
    const heading = parseHeading(block.text);
    if (heading) {
      out.push({ city: heading, paragraphs: [] });
      cityLevel = 0;
    } else if (isUsable(block.text)) current.paragraphs.push({ text: block.text, lang: detectLanguage(block.text) });
  }
  return out.filter((s) => s.paragraphs.length > 0);
}

function toPassage(doc: string, section: Section, pair: Aligned): Omit<Passage, "id"> {
  const { city } = section;
  const zhQuote = pair.zh ? detectChineseQuote(pair.zh) : { isQuote: false };
  const enQuote = pair.en ? detectEnglishQuote(pair.en) : { isQuote: false };
  const isQuote = city !== null && (zhQuote.isQuote || enQuote.isQuote);
  const base = { doc, city, zh: pair.zh, en: pair.en, ...(section.section ? { section: section.section } : {}) };
  if (!city) return { ...base, kind: "intro" };
  if (!isQuote) return { ...base, kind: "initiative" };
  const speaker: { zh?: string; en?: string } = {};
  if (zhQuote.name) speaker.zh = zhQuote.name;
  if (enQuote.name) speaker.en = enQuote.name;
  return { ...base, kind: "quote", ...(Object.keys(speaker).length ? { speaker } : {}) };
}

export interface ParsedDocument {
  passages: Passage[];
  /** Near-identical passages merged into an earlier one of the same document. */
  merged: number;
}

/** Parses a document read into blocks. `doc` is its path relative to the corpus folder; ids derive from it and the text. */
export function parseBlocks(doc: string, blocks: Block[]): ParsedDocument {
  const slug = docSlug(doc);
  const drafts: Omit<Passage, "id">[] = [];
  for (const section of sections(blocks)) {
    for (const pair of alignParagraphs(section.paragraphs)) {
      // Kind and speaker are read from the whole paragraph: a long quote's later pieces are still the quote.
      const whole = toPassage(doc, section, pair);
      for (const piece of chunkPair(pair)) drafts.push({ ...whole, zh: piece.zh, en: piece.en });
    }
  }
  const { passages: unique, merged } = dedupePassages(drafts);
  const seen = new Map<string, number>();
  const passages = unique.map((p) => {
    // Content-derived ids stay stable when other passages change; a repeat in one doc gets a suffix.
    const base = `${slug}-${hashString(`${p.city?.en ?? ""}\n${p.zh ?? ""}\n${p.en ?? ""}`).slice(-10)}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { id: count === 0 ? base : `${base}-${count + 1}`, ...p };
  });
  return { passages, merged };
}

/** Parses one plain-text document. */
export function parseDocument(doc: string, text: string): Passage[] {
  return parseBlocks(doc, textBlocks(text)).passages;
}
