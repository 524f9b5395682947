// DOM for the messages of the conversation: the user's bubble, the streaming answer, the final answer
// with its toolbar (copy, retry, feedback, timings), warnings and source cards.
import { t, applyI18n } from "./i18n.js";
import { renderMarkdown } from "./markdown.js";
import { sourceCard, sourceCards, cardLabels } from "./cards.js";

export const HTML_LANG = { zh: "zh-CN", en: "en" };

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** An element whose text follows the interface language. */
function label(tag, cls, key) {
  const e = el(tag, cls, t(key));
  e.dataset.i18n = key;
  return e;
}

// Icons as inline SVG paths (24x24, stroked): text glyphs like ⧉ or 👍 need fonts many systems lack.
const ICONS = {
  copy: ["M11 9h7a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-7a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2z", "M5 15V6a2 2 0 0 1 2-2h9"],
  retry: ["M3 12a9 9 0 1 0 2.6-6.4L3 8", "M3 3v5h5"],
  up: ["M7 11v10H4a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1h3l4-8a3 3 0 0 1 3 3v4h5.2a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 17.8 21H7"],
  down: ["M17 13V3h3a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-3l-4 8a3 3 0 0 1-3-3v-4H4.8a2 2 0 0 1-2-2.3l1.4-8A2 2 0 0 1 6.2 3H17"],
};
const SVG_NS = "http://www.w3.org/2000/svg";

function icon(name) {
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "16", height: "16", fill: "none", stroke: "currentColor",
    "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", class: "icon" })) {
    svg.setAttribute(k, v);
  }
  for (const d of ICONS[name]) {
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

function button(cls, key, ariaKey, iconName) {
  const b = el("button", `btn small ${cls}`);
  b.type = "button";
  if (iconName) b.append(icon(iconName));
  if (key) b.append(label("span", null, key));
  if (ariaKey) {
    b.dataset.i18nAria = ariaKey;
    b.setAttribute("aria-label", t(ariaKey));
  }
  return b;
}

export function guessLang(text, pref) {
  if (pref === "zh" || pref === "en") return pref;
  return /[\u3400-\u9fff]/.test(text) ? "zh" : "en";
}

export function userMessage(content) {
  const root = el("div", "msg user");
  root.append(label("span", "sr-only", "you"));
  const bubble = el("div", "bubble", content);
  bubble.lang = HTML_LANG[guessLang(content)];
  root.append(bubble);
  return root;
}

/** A streaming answer: a status line, then one text node that grows token by token. */
export function streamingMessage(lang) {
  const root = el("article", "msg assistant");
  root.dataset.state = "streaming";
  root.setAttribute("aria-busy", "true");
  const status = label("p", "status", "searching");
  const answer = el("div", "answer streaming");
  answer.lang = HTML_LANG[lang];
  const text = document.createTextNode("");
  answer.append(text);
  const slot = el("div", "sources-slot");
  root.append(label("span", "sr-only", "assistant"), status, answer, slot);
  return {
    root,
    token(s) {
      if (!text.length) {
        status.dataset.i18n = "writing";
        status.textContent = t("writing");
      }
      text.appendData(s);
    },
    text: () => text.data,
    /** Candidate passages, folded away while the answer is written: the final citations replace them. */
    candidates(list) {
      if (!Array.isArray(list) || !list.length) return;
      const d = el("details", "sources candidates");
      const sum = el("summary");
      sum.append(label("span", null, "candidates"), ` (${list.length})`);
      const cards = el("div", "cards");
      cards.append(...list.map((p) => sourceCard(p, lang, null)));
      d.append(sum, cards);
      slot.replaceChildren(d);
    },
  };
}

/** Plain text of an answer for the clipboard: the answer, then its sources. */
export function copyText(m) {
  const a = m.answer;
  if (!a) return m.partial || "";
  const lines = [a.answer.trim()];
  if (a.citations?.length) {
    lines.push("", a.lang === "zh" ? "出处：" : "Sources:");
    for (const c of a.citations) {
      const { city, kind } = cardLabels(c, a.lang);
      const text = c[a.lang] || c[a.lang === "zh" ? "en" : "zh"] || "";
      lines.push(`[${c.n}] ${[city, kind].filter(Boolean).join(" · ")} — ${text}`);
    }
  }
  return lines.join("\n");
}

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or an insecure context: the selection fallback.
    const ta = el("textarea", "sr-only");
    ta.value = text;
    document.body.append(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

function copyButton(m) {
  const b = button("copy", "copy", "copyAria", "copy");
  b.addEventListener("click", async () => {
    if (!(await writeClipboard(copyText(m)))) return;
    const span = b.querySelector("[data-i18n]");
    span.dataset.i18n = "copied";
    span.textContent = t("copied");
    b.classList.add("done");
    setTimeout(() => {
      span.dataset.i18n = "copy";
      span.textContent = t("copy");
      b.classList.remove("done");
    }, 1600);
  });
  return b;
}

function timings(a) {
  const d = el("details", "timings");
  d.append(label("summary", null, "timings"));
  const dl = el("dl");
  const row = (key, value) => {
    const wrap = el("div");
    wrap.append(label("dt", null, key), el("dd", null, value));
    dl.append(wrap);
  };
  const ms = (v) => `${Math.round(Number(v) || 0)} ms`;
  row("retrieval", ms(a.timings?.retrieveMs));
  row("generation", ms(a.timings?.generateMs));
  row("total", ms(a.timings?.totalMs));
  const mode = el("div");
  mode.append(label("dt", null, "mode"), label("dd", null, a.mode === "llm" ? "modeLlm" : "modeExtractive"));
  dl.append(mode);
  if (a.plan) dl.append(planRow(a));
  d.append(dl);
  return d;
}

/** How the question was understood: its intent and the cities it is about (in the answer's language). */
function planRow(a) {
  const wrap = el("div", "plan");
  const dd = el("dd");
  const cities = (a.plan.cities || []).map((c) => (a.lang === "zh" ? c.zh : c.en)).join(a.lang === "zh" ? "\u3001" : ", ");
  dd.append(label("span", "plan-intent", `intent_${a.plan.intent}`));
  if (cities) dd.append(el("span", "plan-cities", ` · ${cities}`));
  if (a.plan.followUp) dd.append(label("span", "plan-follow-up", "followUp"));
  wrap.append(label("dt", null, "plan"), dd);
  return wrap;
}

/** Questions the material can answer, as buttons that ask them (after a refusal, a greeting, an about answer). */
function suggestionButtons(a) {
  const wrap = el("div", "suggestions");
  wrap.setAttribute("role", "group");
  wrap.dataset.i18nAria = "suggestionsTitle";
  wrap.setAttribute("aria-label", t("suggestionsTitle"));
  wrap.append(label("p", "suggestions-title", "suggestionsTitle"));
  for (const q of a.suggestions) {
    const b = el("button", "example suggestion", q);
    b.type = "button";
    b.lang = HTML_LANG[a.lang];
    b.dataset.question = q;
    wrap.append(b);
  }
  return wrap;
}

/** Thumbs up/down; a choice opens an optional comment and a submit button; then a thank-you. */
function feedback(m, hooks) {
  const wrap = el("div", "feedback");
  if (m.fb?.sent) {
    wrap.append(label("p", "fb-thanks", "fbThanks"));
    return { thumbs: null, form: wrap };
  }
  const thumbs = el("div", "thumbs");
  thumbs.setAttribute("role", "group");
  thumbs.dataset.i18nAria = "helpful";
  thumbs.setAttribute("aria-label", t("helpful"));
  const up = button("fb-up", null, "fbUp", "up");
  const down = button("fb-down", null, "fbDown", "down");
  const form = el("form", "fb-form");
  form.hidden = true;
  const comment = el("textarea", "fb-comment");
  comment.rows = 2;
  comment.maxLength = 2000;
  comment.dataset.i18nPh = "fbComment";
  comment.placeholder = t("fbComment");
  comment.dataset.i18nAria = "fbComment";
  comment.setAttribute("aria-label", t("fbComment"));
  const submit = label("button", "btn small primary fb-submit", "fbSubmit");
  submit.type = "submit";
  const err = el("p", "fb-error");
  err.setAttribute("role", "alert");
  form.append(comment, submit, err);
  let rating = null;
  const choose = (r) => {
    rating = r;
    up.setAttribute("aria-pressed", String(r === "up"));
    down.setAttribute("aria-pressed", String(r === "down"));
    form.hidden = false;
    comment.focus();
  };
  up.setAttribute("aria-pressed", "false");
  down.setAttribute("aria-pressed", "false");
  up.addEventListener("click", () => choose("up"));
  down.addEventListener("click", () => choose("down"));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!rating) return;
    submit.disabled = true;
    err.textContent = "";
    try {
      await hooks.sendFeedback(m, rating, comment.value.trim());
      m.fb = { rating, sent: true };
      hooks.save();
      const thanks = label("p", "fb-thanks", "fbThanks");
      thanks.setAttribute("role", "status");
      thumbs.replaceWith(thanks);
      form.remove();
    } catch (ex) {
      err.textContent = t("fbFailed") + (ex?.message || "");
      submit.disabled = false;
    }
  });
  thumbs.append(up, down);
  return { thumbs, form };
}

/** Fill an assistant article from a finished message (done or error); used live and on restore. */
export function paintFinal(root, m, hooks, isLast) {
  const a = m.answer;
  root.dataset.state = m.state === "done" && a ? "done" : "error";
  root.removeAttribute("aria-busy");
  root.classList.toggle("refusal", !!a && a.answerable === false);
  const lang = a?.lang || guessLang(m.question, m.lang);
  const parts = [label("span", "sr-only", "assistant")];
  if (a && a.answerable === false) parts.push(label("p", "refusal-note", "refusal"));
  const answer = el("div", "answer");
  answer.lang = HTML_LANG[lang];
  const text = a ? a.answer : m.partial || "";
  answer.append(renderMarkdown(text, { unsupported: a?.unsupportedNumbers, unverifiedLabel: t("unverified") }));
  parts.push(answer);
  if (a?.suggestions?.length) parts.push(suggestionButtons(a));
  if (!a) {
    const err = el("p", "error-text");
    err.setAttribute("role", "alert");
    if (m.error?.key) {
      err.dataset.i18n = m.error.key;
      err.textContent = t(m.error.key);
    } else err.textContent = t("errorPrefix") + (m.error?.message || "");
    parts.push(err);
  }
  const bar = el("div", "toolbar");
  if (text) bar.append(copyButton(m));
  if (isLast) bar.append(button("retry", "retry", "retryAria", "retry"));
  let fbForm = null;
  if (a) {
    const fb = feedback(m, hooks);
    if (fb.thumbs) bar.append(fb.thumbs);
    fbForm = fb.form;
    bar.append(timings(a));
  }
  parts.push(bar);
  if (fbForm) parts.push(fbForm);
  if (a?.warnings?.length) {
    const w = el("ul", "warnings");
    w.dataset.i18nAria = "warnings";
    w.setAttribute("aria-label", t("warnings"));
    for (const s of a.warnings) w.append(el("li", null, s));
    parts.push(w);
  }
  const cited = a ? a.citations : m.sources;
  if (cited?.length) {
    const sec = el("section", "sources");
    sec.append(label("h3", "sources-title", a ? "sources" : "candidates"));
    const cards = el("div", "cards");
    cards.append(...sourceCards(cited, lang, text));
    sec.append(cards);
    parts.push(sec);
  }
  const known = new Set((cited || []).map((c) => String(c.n)));
  for (const chip of answer.querySelectorAll(".cite-chip")) chip.disabled = !known.has(chip.dataset.n);
  root.replaceChildren(...parts);
  applyI18n(root);
}
