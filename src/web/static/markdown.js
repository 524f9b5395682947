// A deliberately tiny markdown renderer that builds DOM nodes only (createElement / text nodes).
// Model and corpus text never goes through innerHTML, so nothing in it can become markup.
// Supports: paragraphs, line breaks, - / 1. lists, # headings (as bold lines), ``` code blocks,
// `code`, **bold** / __bold__, *italic*, and [n] / [n, m] citation markers, which become .cite-chip buttons.

import { LIST_SEPARATORS, MARKER_CLOSE, MARKER_OPEN, charClass } from "./punctuation.js";

// [1], [1, 2], [1，2], 【1】: brackets and separators from punctuation.js (the server's classes).
const CITE_SOURCE = `${charClass(MARKER_OPEN)}(\\d{1,3}(?:\\s*${charClass(LIST_SEPARATORS)}\\s*\\d{1,3})*)${charClass(MARKER_CLOSE)}`;
export const CITE_RE = new RegExp(CITE_SOURCE, "g");

// No lookbehind anywhere: Safari before 16.4 would refuse to load the module.
const INLINE_RE = new RegExp(
  "`([^`\\n]+)`|\\*\\*([^\\s*](?:[^\\n]*?\\S)?)\\*\\*|__([^\\s_](?:[^\\n]*?\\S)?)__|\\*([^\\s*](?:[^*\\n]*?[^\\s*])?)\\*|" + CITE_SOURCE,
  "gu",
);

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

export function citeNumbers(inner) {
  return inner.split(new RegExp(charClass(LIST_SEPARATORS))).map((s) => Number(s.trim())).filter((n) => n > 0);
}

export function makeChip(n) {
  const b = el("button", "cite-chip", String(n));
  b.type = "button";
  b.dataset.n = String(n);
  b.dataset.i18nAria = "sourceAria";
  b.dataset.i18nN = String(n);
  return b;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A matcher for the figures the server could not verify; matches only whole numbers, not a part of a longer one. */
export function unsupportedMatcher(list) {
  const items = (list || []).map((s) => String(s).trim()).filter(Boolean);
  if (!items.length) return null;
  items.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${items.map(escapeRe).join("|")})(?!\\d)`, "g");
}

/** Plain text, with unverified figures wrapped in a dotted-underline span. */
function textNodes(text, ctx, out) {
  const re = ctx.unsupported;
  if (!re) {
    out.push(document.createTextNode(text));
    return;
  }
  re.lastIndex = 0;
  let last = 0;
  for (let m; (m = re.exec(text)); ) {
    // Not the tail of a longer number ("75.5%" inside "175.5%").
    if (!m[0] || (m.index > 0 && /[\d.,]/.test(text[m.index - 1]))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const span = el("span", "unverified", m[0]);
    span.dataset.i18nTitle = "unverified";
    span.title = ctx.label;
    out.push(span);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
}

export function inline(text, ctx) {
  const out = [];
  let last = 0;
  INLINE_RE.lastIndex = 0;
  for (let m; (m = INLINE_RE.exec(text)); ) {
    if (m[3] != null && (WORD_CHAR.test(text[m.index - 1] || "") || WORD_CHAR.test(text[m.index + m[0].length] || ""))) {
      // "__" touching a word (snake__case, window.__name) is not bold, as in CommonMark: it stays text.
      INLINE_RE.lastIndex = m.index + 2;
      continue;
    }
    if (m.index > last) textNodes(text.slice(last, m.index), ctx, out);
    last = m.index + m[0].length;
    const re = INLINE_RE.lastIndex;
    if (m[1] != null) {
      out.push(el("code", null, m[1]));
    } else if (m[2] != null || m[3] != null) {
      const b = el("strong");
      b.append(...inline(m[2] ?? m[3], ctx));
      out.push(b);
    } else if (m[4] != null) {
      const i = el("em");
      i.append(...inline(m[4], ctx));
      out.push(i);
    } else if (m[5] != null) {
      for (const n of citeNumbers(m[5])) out.push(makeChip(n));
    }
    INLINE_RE.lastIndex = re; // recursion shares the global regex
  }
  if (last < text.length) textNodes(text.slice(last), ctx, out);
  return out;
}

function appendLines(parent, lines, ctx) {
  lines.forEach((line, i) => {
    if (i) parent.append(el("br"));
    parent.append(...inline(line, ctx));
  });
}

const UL_RE = /^\s*[-*+•]\s+(.*)$/;
const OL_RE = /^\s*(\d{1,9})[.)、]\s+(.*)$/;
const H_RE = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const FENCE_RE = /^\s*```/;

/**
 * Render markdown text as a DocumentFragment.
 * @param {string} text
 * @param {{ unsupported?: string[], unverifiedLabel?: string }} [opts]
 */
export function renderMarkdown(text, opts = {}) {
  const ctx = { unsupported: unsupportedMatcher(opts.unsupported), label: opts.unverifiedLabel || "" };
  const frag = document.createDocumentFragment();
  const lines = String(text || "").replace(/\r\n?/g, "\n").split("\n");
  let para = null; // lines of the open paragraph
  let list = null; // { el, kind, last }
  const flushPara = () => {
    if (para) {
      const p = el("p");
      appendLines(p, para, ctx);
      frag.append(p);
      para = null;
    }
  };
  const closeList = () => {
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE_RE.test(line)) {
      flushPara();
      closeList();
      const body = [];
      for (i++; i < lines.length && !FENCE_RE.test(lines[i]); i++) body.push(lines[i]);
      const pre = el("pre");
      pre.append(el("code", null, body.join("\n")));
      frag.append(pre);
      continue;
    }
    if (!line.trim()) {
      flushPara();
      closeList();
      continue;
    }
    const h = H_RE.exec(line);
    if (h) {
      flushPara();
      closeList();
      const p = el("p", "md-h");
      const s = el("strong");
      s.append(...inline(h[1], ctx));
      p.append(s);
      frag.append(p);
      continue;
    }
    const ul = UL_RE.exec(line);
    const ol = ul ? null : OL_RE.exec(line);
    if (ul || ol) {
      flushPara();
      const kind = ul ? "ul" : "ol";
      if (!list || list.kind !== kind) {
        list = { el: el(kind), kind, last: null };
        if (ol && ol[1] !== "1") list.el.start = Number(ol[1]);
        frag.append(list.el);
      }
      const li = el("li");
      li.append(...inline(ul ? ul[1] : ol[2], ctx));
      list.el.append(li);
      list.last = li;
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.last.append(el("br"), ...inline(line.trim(), ctx));
      continue;
    }
    closeList();
    (para ||= []).push(line);
  }
  flushPara();
  return frag;
}
