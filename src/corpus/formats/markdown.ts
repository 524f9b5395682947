/**
 * Markdown (.md) through marked's lexer: headings become headings, paragraphs, list items, table rows, block quotes
 * and code blocks become paragraphs of plain text. Emphasis, links, code spans and escapes keep their words and lose
 * their syntax, so no "**", "|", "- " or "#" ever reaches a passage or an answer.
 */
import { marked, type Token, type Tokens } from "marked";
import { parse as parseHtml } from "node-html-parser";
import { cleanText, paragraphsOfLines, type Block } from "./blocks.js";

/** marked leaves entities (&amp;) and inline HTML in text; the HTML parser decodes them to their characters. */
function decodeEntities(text: string): string {
  return /[&<]/.test(text) ? parseHtml(text).textContent : text;
}

/** The plain words of inline tokens: emphasis, links and code spans keep their text, line breaks stay line breaks. */
function inlineText(tokens: Token[] | undefined, fallback = ""): string {
  if (!tokens) return decodeEntities(fallback);
  let out = "";
  for (const t of tokens) {
    if (t.type === "br") out += "\n";
    else if (t.type === "image") out += (t as Tokens.Image).text;
    else if (t.type === "html") out += decodeEntities((t as Tokens.HTML).text);
    else if ("tokens" in t && Array.isArray(t.tokens)) out += inlineText(t.tokens);
    else if ("text" in t && typeof t.text === "string") out += decodeEntities(t.text);
  }
  return out;
}

function lines(text: string): string[] {
  return text.split("\n");
}

/** A table row read as "header: cell; header: cell", so the row keeps its meaning without the grid. */
function tableRows(table: Tokens.Table): Block[] {
  const headers = table.header.map((h) => cleanText(inlineText(h.tokens, h.text)));
  return table.rows.map((row) => {
    const cells = row.map((cell, i) => {
      const value = cleanText(inlineText(cell.tokens, cell.text));
      return headers[i] ? `${headers[i]}: ${value}` : value;
    });
    return { kind: "paragraph" as const, text: cells.filter((c) => c.trim() !== "").join("; ") };
  });
}

function blocksOf(tokens: Token[], out: Block[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case "heading":
        out.push({ kind: "heading", level: (t as Tokens.Heading).depth, text: cleanText(inlineText(t.tokens, t.text)) });
        break;
      case "paragraph":
      case "text":
        out.push(...paragraphsOfLines(lines(inlineText(t.tokens, t.text))));
        break;
      case "list":
        for (const item of (t as Tokens.List).items) blocksOf(item.tokens, out);
        break;
      case "table":
        out.push(...tableRows(t as Tokens.Table));
        break;
      case "blockquote":
        blocksOf((t as Tokens.Blockquote).tokens, out);
        break;
      case "code":
        out.push(...paragraphsOfLines(lines((t as Tokens.Code).text)));
        break;
      case "html":
        out.push(...paragraphsOfLines(lines(parseHtml((t as Tokens.HTML).text).structuredText)));
        break;
      default:
        // space, hr, def: structure without words.
        break;
    }
  }
}

/** YAML front matter (`---` … `---` at the top), which static-site tools put before the text: metadata, not prose. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/;

export function markdownBlocks(text: string): Block[] {
  const out: Block[] = [];
  blocksOf(marked.lexer(text.replace(/^\uFEFF/, "").replace(FRONT_MATTER, "")), out);
  return out.filter((b) => b.text.length > 0);
}
