// Which sentence of a cited passage supports the answer sentence that cites it.
// Pure functions (no DOM): character bigrams for Chinese, content words for English, set overlap.

import { CLOSING_QUOTES, LIST_SEPARATORS, ZH_SENTENCE_END, charClass } from "./punctuation.js";

const CLOSERS = `${CLOSING_QUOTES}'\uFF09)]\u300B`;
const MARKERS_RE = new RegExp(`^(?:\\s*\\[\\d{1,3}(?:\\s*${charClass(LIST_SEPARATORS)}\\s*\\d{1,3})*\\])+`);

/**
 * Split text into sentences, keeping every character (the parts concatenate back to the text).
 * A sentence ends at a Chinese sentence mark (punctuation.js: 。！？； and ASCII !?;) or at a period before a space / end / "[", then takes closing quotes
 * and any [n] markers that follow, so "…stations.[1] Next" keeps [1] with its sentence.
 */
export function splitSentences(text) {
  const s = String(text || "");
  const out = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1];
    const end =
      c === "\n" ||
      ZH_SENTENCE_END.includes(c) ||
      (c === "." && (next === undefined || /\s|\[/.test(next)));
    if (!end) continue;
    let j = i + 1;
    while (j < s.length && (ZH_SENTENCE_END.includes(s[j]) || s[j] === ".")) j++;
    while (j < s.length && CLOSERS.includes(s[j])) j++;
    const m = MARKERS_RE.exec(s.slice(j));
    if (m) j += m[0].length;
    while (j < s.length && /[ \t\n]/.test(s[j])) j++;
    out.push(s.slice(start, j));
    start = j;
    i = j - 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out.filter((x) => x.length);
}

const STOP = new Set(
  "a an the and or of to in on at by for with from as is are was were be been being it its this that these those has have had will would can could should may might do does did not no but if than then so such which who whom what when where how why there their they them we our you your he she his her i me my us also into over under about more most other some any each all both per via".split(
    " ",
  ),
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Features of a sentence: bigrams of Chinese runs, plus lowercase words / numbers (commas inside numbers dropped). */
export function features(text) {
  const f = new Set();
  const s = String(text || "")
    .replace(/\[\d[^\]]*\]/g, " ")
    .replace(/(\d),(?=\d{3})/g, "$1")
    .toLowerCase();
  let run = "";
  const flush = () => {
    if (run.length === 1) f.add(run);
    for (let i = 0; i + 1 < run.length; i++) f.add(run.slice(i, i + 2));
    run = "";
  };
  for (const ch of s) {
    if (CJK.test(ch)) run += ch;
    else flush();
  }
  flush();
  for (const w of s.match(/[a-z0-9][a-z0-9.%'-]*/g) || []) {
    const word = w.replace(/[.'-]+$/, "");
    if (!word || STOP.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    f.add(word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
  }
  return f;
}

export function overlap(a, b) {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
}

/** For each cited n: the answer sentences that carry [n], stripped of markers. */
export function citingSentences(answer) {
  const map = new Map();
  for (const sentence of splitSentences(answer)) {
    const plain = sentence.replace(new RegExp(`\\[[\\d\\s${LIST_SEPARATORS}]+\\]`, "g"), " ").replace(/[*_`#>]/g, "");
    for (const m of sentence.matchAll(new RegExp(`\\[(\\d{1,3}(?:\\s*${charClass(LIST_SEPARATORS)}\\s*\\d{1,3})*)\\]`, "g"))) {
      for (const part of m[1].split(new RegExp(charClass(LIST_SEPARATORS)))) {
        const n = Number(part.trim());
        if (!n) continue;
        if (!map.has(n)) map.set(n, []);
        if (!map.get(n).includes(plain)) map.get(n).push(plain);
      }
    }
  }
  return map;
}

/** Indices of the passage sentences that best match each citing sentence (at most one per citing sentence). */
export function bestSentences(passageSentences, citing, minScore = 0.12) {
  const feats = passageSentences.map(features);
  const hits = new Set();
  for (const c of citing) {
    const cf = features(c);
    let best = -1;
    let bestScore = minScore;
    feats.forEach((pf, i) => {
      const sc = overlap(cf, pf);
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    });
    if (best >= 0) hits.add(best);
  }
  return hits;
}

/**
 * Sentences to mark in a passage, per language. The answer's language is matched directly; the other
 * language borrows the same indices when both texts split into the same number of sentences.
 * @returns {{ zh: {parts: string[], marks: Set<number>}|null, en: {parts: string[], marks: Set<number>}|null }}
 */
export function passageMarks(passage, citing, answerLang) {
  const other = answerLang === "zh" ? "en" : "zh";
  const res = { zh: null, en: null };
  for (const l of ["zh", "en"]) if (passage[l]) res[l] = { parts: splitSentences(passage[l]), marks: new Set() };
  if (!citing || !citing.length) return res;
  const primary = res[answerLang] ? answerLang : other;
  const p = res[primary];
  if (!p) return res;
  p.marks = bestSentences(p.parts, citing);
  const q = res[primary === "zh" ? "en" : "zh"];
  if (q && q.parts.length === p.parts.length) q.marks = new Set(p.marks);
  return res;
}
