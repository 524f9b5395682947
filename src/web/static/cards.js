// Source cards: one per cited passage, with the cited sentence marked and a language toggle.
import { CARD, t } from "./i18n.js";
import { citingSentences, passageMarks } from "./highlight.js";

const HTML_LANG = { zh: "zh-CN", en: "en" };

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function pick(names, lang) {
  if (!names) return "";
  return names[lang] || names[lang === "zh" ? "en" : "zh"] || "";
}

/** "深圳" / "Shenzhen", and "举措" or "引述 · 徐曙海" — in the answer's language. */
export function cardLabels(p, lang) {
  const words = CARD[lang] || CARD.en;
  const city = p.city ? pick(p.city, lang) : p.kind === "intro" ? words.intro : words.none;
  let kind = p.kind === "intro" ? "" : words[p.kind] || p.kind;
  const speaker = p.kind === "quote" ? pick(p.speaker, lang) : "";
  if (speaker) kind += ` · ${speaker}`;
  return { city, kind };
}

/** The passage text as nodes, with the marked sentences wrapped in <mark>. */
function textNodes(part) {
  const nodes = [];
  part.parts.forEach((s, i) => {
    if (!part.marks.has(i)) {
      nodes.push(document.createTextNode(s));
      return;
    }
    const body = s.replace(/\s+$/, "");
    nodes.push(el("mark", null, body));
    if (body.length < s.length) nodes.push(document.createTextNode(s.slice(body.length)));
  });
  return nodes;
}

/**
 * One card. The primary text (.passage-text) starts in the answer's language; .passage-alt holds the
 * other language, shown beside it on wide screens. The toggle swaps the two.
 */
export function sourceCard(p, lang, citing) {
  const card = el("article", "source-card");
  card.dataset.n = String(p.n);
  card.dataset.id = p.id;
  card.tabIndex = -1;
  const { city, kind } = cardLabels(p, lang);
  const head = el("header", "card-head");
  const num = el("span", "card-n", String(p.n));
  num.setAttribute("aria-hidden", "true");
  head.append(num, el("span", "card-city", city));
  if (kind) head.append(el("span", "card-kind", kind));
  card.setAttribute("aria-label", `[${p.n}] ${city}${kind ? ` · ${kind}` : ""}`);

  // A card converted to Traditional script keeps the passage as written in `original`: one click shows it.
  const converted = p.original ? passageMarks(p, citing, lang) : null;
  const original = p.original ? passageMarks({ ...p, ...p.original }, citing, lang) : null;
  let texts = converted ?? passageMarks(p, citing, lang);
  let shown = texts[lang] ? lang : lang === "zh" ? "en" : "zh";
  const body = el("div", "card-body");
  const main = el("p", "passage-text");
  const alt = el("p", "passage-alt");
  body.append(main);
  const paint = () => {
    const other = shown === "zh" ? "en" : "zh";
    main.lang = HTML_LANG[shown];
    main.replaceChildren(...(texts[shown] ? textNodes(texts[shown]) : []));
    if (texts[other]) {
      alt.lang = HTML_LANG[other];
      alt.replaceChildren(...textNodes(texts[other]));
    }
  };
  if (texts.zh && texts.en) {
    body.append(alt);
    body.classList.add("bilingual");
    const toggle = el("button", "toggle-lang");
    toggle.type = "button";
    const label = () => {
      toggle.dataset.i18n = shown === "zh" ? "showEn" : "showZh";
      toggle.textContent = t(toggle.dataset.i18n);
    };
    toggle.addEventListener("click", () => {
      shown = shown === "zh" ? "en" : "zh";
      paint();
      label();
    });
    label();
    head.append(toggle);
  }
  if (original) {
    const script = el("button", "toggle-script");
    script.type = "button";
    const label = () => {
      script.dataset.i18n = texts === original ? "showHant" : "showOriginal";
      script.textContent = t(script.dataset.i18n);
    };
    script.addEventListener("click", () => {
      texts = texts === original ? converted : original;
      paint();
      label();
    });
    label();
    head.append(script);
  }
  paint();
  card.append(head, body);
  return card;
}

/** Cards for the final citations, with sentences marked from the answer text. */
export function sourceCards(citations, lang, answer) {
  const citing = citingSentences(answer || "");
  return citations.map((c) => sourceCard(c, lang, citing.get(c.n)));
}
