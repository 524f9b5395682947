/**
 * Web pages (.html, .htm) through node-html-parser: the main text only. Scripts, styles, navigation, headers,
 * footers, sidebars and forms are dropped; <main> or <article> is read when the page has one, else <body>. Headings
 * stay headings; paragraphs, list items, table rows, quotes and captions become paragraphs of plain text.
 */
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { cleanText, paragraphsOfLines, type Block } from "./blocks.js";

/** Chrome around the content, and elements that hold no prose. */
const DROPPED = "script, style, noscript, template, svg, nav, header, footer, aside, form, button, iframe, head";
const HEADING = /^h([1-6])$/;
/** Elements whose text is one paragraph when they hold no further blocks. */
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
  "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br",
  "address", "details", "summary",
]);

const ELEMENT = 1;
const tagOf = (n: Node) => (n.nodeType === ELEMENT ? (n as HTMLElement).rawTagName?.toLowerCase() ?? "" : "");

function hasBlockChild(el: HTMLElement): boolean {
  return el.childNodes.some((c) => BLOCK_TAGS.has(tagOf(c)));
}

/** A table row read as "header: cell; …" when the table has a header row, like Markdown tables. */
function rowText(row: HTMLElement, headers: string[]): string {
  const cells = row.querySelectorAll("td, th").map((c) => cleanText(c.textContent));
  // A two-column table without a header row is a list of names and values.
  if (!headers.length && cells.length === 2 && cells[0] && cells[1]) return `${cells[0]}: ${cells[1]}`;
  return cells.map((v, i) => (headers[i] && headers[i] !== v ? `${headers[i]}: ${v}` : v)).filter(Boolean).join("; ");
}

function tableBlocks(table: HTMLElement, out: Block[]): void {
  const rows = table.querySelectorAll("tr");
  const first = rows[0];
  const headers = first && first.querySelectorAll("th").length > 0 ? first.querySelectorAll("th").map((c) => cleanText(c.textContent)) : [];
  for (const row of headers.length ? rows.slice(1) : rows) {
    const text = rowText(row, headers);
    if (text) out.push({ kind: "paragraph", text });
  }
}

function walk(el: HTMLElement, out: Block[]): void {
  // Inline content between blocks (text directly in a <div> beside a <p>) is a paragraph of its own.
  let inline: string[] = [];
  const flush = () => {
    if (inline.length) out.push(...paragraphsOfLines(inline.join("").split("\n")));
    inline = [];
  };
  for (const child of el.childNodes) {
    const tag = tagOf(child);
    if (child.nodeType !== ELEMENT) {
      inline.push(child.textContent.replace(/\s+/g, " "));
      continue;
    }
    const node = child as HTMLElement;
    const heading = HEADING.exec(tag);
    if (tag === "br") inline.push("\n");
    else if (!BLOCK_TAGS.has(tag)) inline.push(node.textContent.replace(/\s+/g, " "));
    else {
      flush();
      if (heading) out.push({ kind: "heading", level: Number(heading[1]), text: cleanText(node.textContent) });
      else if (tag === "table") tableBlocks(node, out);
      else if (tag === "pre") out.push(...paragraphsOfLines(node.textContent.split("\n")));
      else if (hasBlockChild(node)) walk(node, out);
      else out.push(...paragraphsOfLines(node.innerHTML.split(/<br\s*\/?>/i).map((part) => parse(part).textContent)));
    }
  }
  flush();
}

export function htmlBlocks(html: string): Block[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  const main = root.querySelector("main") ?? root.querySelector("article") ?? root.querySelector("[role=main]") ?? root.querySelector("body") ?? root;
  const out: Block[] = [];
  walk(main, out);
  return out.filter((b) => b.text.length > 0);
}
