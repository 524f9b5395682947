/**
 * Numeric grounding for bilingual cited answers.
 *
 * Every figure in an answer sentence must appear in a cited passage, in either language, so
 * "1,055"/"1055座", "1.33 million"/"133万", "six"/"六条", "75.5%"/"百分之75.5" normalise alike.
 *
 * Design choices (see tests/unit/numbers.test.ts):
 * - One hand-written left-to-right scanner, no backtracking regexes: linear time on any input.
 * - Answers are read CONSERVATIVELY (`extractNumbers`): a Chinese numeral counts only before a
 *   measure word (六条, 三个, 五分钟), never as bare 一 ("a"), after 第 (ordinal), or as a word
 *   like 一体化/统一/万物/一流/十分/首批/百年; English "one" counts only with a multiplier.
 *   Sources are read LENIENTLY (no measure word needed, bare 一/one allowed), because a number we
 *   fail to see in a source becomes a false alarm, while an extra source number is harmless.
 *   Both modes tokenise identically, so a text always supports its own numbers.
 * - Percent and plain values match each other ("penetration reached 75.5" vs "75.5%"): the
 *   check is about the figure, and flagging a dropped % sign would be a false alarm.
 * - Digits glued to Latin letters (COP30, bge-m3, PM2.5, COVID-19) are identifiers, not figures.
 *   Ordinals (1st, 14th, 第3, 第一) are not figures either.
 * - Citation markers [1], [1, 2], 【3】 are blanked out (same length, so offsets stay valid).
 * - Fullwidth ASCII (１２％．) is folded 1:1 to ASCII, except the fullwidth comma "，", which is
 *   a Chinese list separator ("5，300" = 5 and 300), never a thousands separator.
 * - Pure code, no Node APIs: runs in Cloudflare Workers. Never throws on any string.
 */
import { LIST_SEPARATORS, MARKER_CLOSE, MARKER_OPEN, charClass } from "../text/punctuation.js";

/** `index` is the UTF-16 offset of `raw` in the original (un-normalised) text. */
export interface NumberMention { raw: string; value: number; unit: "percent" | "plain"; index: number }

const REL_TOL = 1e-9;
/** Prototype-free lookup table, so keys like "constructor" can never hit Object.prototype. */
const dict = (o: Record<string, number>): Record<string, number> => Object.assign(Object.create(null), o);

const CN_DIGIT = dict({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 });
const CN_SMALL = dict({ 十: 10, 百: 100, 千: 1000 });
const CN_BIG = dict({ 万: 1e4, 亿: 1e8 });
/** Chinese multipliers allowed directly after Arabic digits (1800万, 610亿, 3千, 1.5万亿). */
const CN_MULT = dict({ 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8 });
/** 千 before these is the metric prefix kilo- (千瓦 kW, 千米 km, 千克 kg, 千伏 kV…), not "thousand". */
const KILO_UNITS = new Set(["瓦", "米", "克", "伏", "帕", "焦", "卡", "兆"]);
/** Measure words / units that make a Chinese numeral a real quantity (两个, 六条, 五分钟, 一百万千瓦). */
const CLASSIFIERS = ("平方 公里 公顷 公斤 千瓦 千米 千克 分钟 小时 个月 条 个 座 家 项 年 名 次 种 批 片 位 所 辆 层 " +
  "天 吨 米 亩 元 人 户 台 倍 件 处 类 场 届 轮 栋 艘 周 岁").split(" ");
const EN_WORDS = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
});
/** "m" is deliberately absent: "1.5m" is as likely metres as million. */
const EN_MULT = dict({ hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 });
/** Thousands separators: comma, space, no-break space, thin space, narrow no-break space. */
const GROUP_SEPS = new Set([",", " ", "\u00A0", "\u2009", "\u202F"]);
const GAP = new Set([" ", "\u00A0", "\u2009", "\u202F"]);

/** [1], [12], [1, 2], [1，2], [1-3], 【4】 (brackets and separators from src/text/punctuation.ts). Linear to match. */
const CITATION_RE = new RegExp(
  `${charClass(MARKER_OPEN)}\\d+(?:${charClass(LIST_SEPARATORS, " -")}+\\d+)*${charClass(MARKER_CLOSE)}`,
  "g",
);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
/** ASCII and Latin-1/Extended letters (not CJK: Chinese characters never "glue" to digits). */
const isLatin = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]$/.test(c);

/** Same-length normalisation: fold fullwidth ASCII (not "，"), blank citation markers. */
function normalise(text: string): string {
  return text
    .replace(/[\uFF01-\uFF0B\uFF0D-\uFF5E\uFE6A]/g, (c) => (c === "\uFE6A" ? "%" : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(CITATION_RE, (m) => " ".repeat(m.length));
}

/** Lower-cased Latin word starting at k, or "" if none or longer than `max` (bounds lookahead). */
function wordAt(s: string, k: number, max = 9): string {
  let j = k;
  while (j < s.length && isLatin(s[j])) if (++j - k > max) return "";
  return s.slice(k, j).toLowerCase();
}

/** Multipliers after a number: 万/亿/千/百 (glued) or million/billion/bn (≤3 spaces away). */
function applyMultipliers(s: string, j: number): { mult: number; end: number } {
  let mult = 1;
  for (let n = 0; n < 4; n++) {
    const c = s[j];
    const cm = c === undefined ? undefined : CN_MULT[c];
    if (cm && !(c === "千" && KILO_UNITS.has(s[j + 1] ?? "")) && !(c === "百" && s[j + 1] === "分")) {
      mult *= cm; // 百分 is "percent", not "hundred"
      j++;
      continue;
    }
    let k = j;
    while (k < j + 3 && GAP.has(s[k] ?? "")) k++;
    const w = wordAt(s, k);
    if (!EN_MULT[w]) break;
    mult *= EN_MULT[w]!;
    j = k + w.length;
  }
  return { mult, end: j };
}

/** End offset of a following "%", "percent" or "per cent", else 0. */
function percentEnd(s: string, j: number): number {
  let k = j;
  while (k < j + 3 && GAP.has(s[k] ?? "")) k++;
  if (s[k] === "%") return k + 1;
  const w = wordAt(s, k);
  if (w === "percent") return k + 7;
  if (w === "per" && GAP.has(s[k + 3] ?? "") && wordAt(s, k + 4) === "cent") return k + 8;
  return 0;
}

/** Integer part of a Chinese numeral: 二十五, 一百零五, 两千万, 三万亿, or positional 二〇三〇. */
function parseCnInt(t: string): number {
  if (t === "") return 0;
  if ([...t].every((c) => c in CN_DIGIT)) {
    if (t.length === 1) return CN_DIGIT[t]!;
    // 二〇三〇 is a year; 三四 / 一两 ("three or four") are approximations, not numbers.
    if (t.length < 4 || t.includes("两")) return NaN;
    return Number([...t].map((c) => CN_DIGIT[c]).join(""));
  }
  let total = 0, section = 0, num = 0, prevDigit = false;
  for (const c of t) {
    const d = CN_DIGIT[c];
    if (d !== undefined && prevDigit && num !== 0) return NaN; // 十四五 (a plan name) is not a number
    prevDigit = d !== undefined;
    if (d !== undefined) { num = d; continue; }
    const small = CN_SMALL[c];
    if (small) section += (num || 1) * small; // 十五 = 15
    else if (c === "亿") total = (total + section + num) * 1e8; // 三万亿 = 3e12
    else total += (section + num) * 1e4;
    if (!small) section = 0;
    num = 0;
  }
  return total + section + num;
}

/** Chinese numeral with optional decimal: 七十五点五, 一点五万. */
function parseChinese(run: string): number {
  const dot = run.indexOf("点");
  if (dot < 0) return parseCnInt(run);
  let k = dot + 1, digits = "", scale = 1;
  while (k < run.length && run[k]! in CN_DIGIT) digits += CN_DIGIT[run[k++]!];
  for (; k < run.length; k++) scale *= CN_BIG[run[k]!] ?? NaN;
  return (parseCnInt(run.slice(0, dot)) + Number("0." + digits)) * scale;
}

type Push = (start: number, end: number, value: number, percent: boolean) => void;
const precededBy = (s: string, i: number, w: string): boolean => i >= w.length && s.startsWith(w, i - w.length);

function scanArabic(s: string, i: number, push: Push): number {
  let j = i;
  while (isDigit(s[j])) j++;
  let digits = s.slice(i, j);
  const sep = s[j];
  if (j - i <= 3 && sep !== undefined && GROUP_SEPS.has(sep)) {
    // 1,055 / 1 055: every group exactly three digits, one consistent separator.
    for (; s[j] === sep && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4]); j += 4) {
      digits += s.slice(j + 1, j + 4);
    }
  }
  if (s[j] === "." && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    digits += s.slice(j, k);
    j = k;
    if (s[j] === "." && isDigit(s[j + 1])) {
      while (isDigit(s[j]) || (s[j] === "." && isDigit(s[j + 1]))) j++;
      return j; // 3.11.6 is a version, not a figure
    }
  }
  const p = s[i - 1];
  if (isLatin(p) || p === "_" || (p === "-" && isLatin(s[i - 2])) || p === "第") return j;
  if (/^(st|nd|rd|th)$/i.test(s.slice(j, j + 2)) && !isLatin(s[j + 2])) return j;
  const m = applyMultipliers(s, j);
  const end = percentEnd(s, m.end) || m.end;
  const prefixed = precededBy(s, i, "百分之");
  push(prefixed ? i - 3 : i, end, Number(digits) * m.mult, prefixed || end > m.end);
  return end;
}

function scanChinese(s: string, i: number, lenient: boolean, push: Push): number {
  let j = i;
  while (j < s.length) {
    const c = s[j]!;
    if (c === "千" && KILO_UNITS.has(s[j + 1] ?? "")) break;
    if (c === "点" && j > i && (s[j + 1] ?? "") in CN_DIGIT) { j++; continue; }
    if (!(c in CN_DIGIT || c in CN_SMALL || c in CN_BIG)) break;
    j++;
  }
  if (j === i) return i + 1; // e.g. the 千 of 千瓦
  const run = s.slice(i, j);
  const pct = precededBy(s, i, "百分之"); // 百分之七十五点五, 百分之百
  if (s[i - 1] === "第") return j; // 第一: ordinal
  if (!pct && !(run[0]! in CN_DIGIT || run[0] === "十")) return j; // 百年, 千万, 万物: idioms
  let k = j;
  if (s[k] === "多" || s[k] === "余") k++; // 二十多个 ≈ "over 20"
  const classified = CLASSIFIERS.some((w) => s.startsWith(w, k));
  if (!lenient && !pct && (!classified || run === "一")) return j;
  push(pct ? i - 3 : i, j, parseChinese(run), pct);
  return j;
}

function scanWord(s: string, i: number, lenient: boolean, push: Push): number {
  let j = i;
  while (isLatin(s[j])) j++;
  if (j - i > 9 || isDigit(s[j])) return j; // long word, or COP30 (digits rejected in scanArabic)
  const w = s.slice(i, j).toLowerCase();
  let value = EN_WORDS[w];
  if (value === undefined) return j;
  if (value >= 20 && s[j] === "-") {
    const u = wordAt(s, j + 1);
    const uv = EN_WORDS[u];
    if (uv !== undefined && uv < 10) { value += uv; j += 1 + u.length; } // twenty-five
  }
  const m = applyMultipliers(s, j);
  const pe = percentEnd(s, m.end);
  const end = pe || m.end;
  if (w === "one" && !lenient && m.mult === 1 && !pe) return end; // "one of the…", "no one"
  push(i, end, value * m.mult, pe > 0);
  return end;
}

function scan(text: unknown, lenient: boolean): NumberMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const s = normalise(text);
  const out: NumberMention[] = [];
  const push: Push = (start, end, value, percent) => {
    if (Number.isFinite(value)) out.push({ raw: text.slice(start, end), value, unit: percent ? "percent" : "plain", index: start });
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    let next = i + 1;
    if (isDigit(c)) next = scanArabic(s, i, push);
    else if (isLatin(c) && !isLatin(s[i - 1]) && !isDigit(s[i - 1])) next = scanWord(s, i, lenient, push);
    else if (c in CN_DIGIT || c in CN_SMALL || c in CN_BIG) next = scanChinese(s, i, lenient, push);
    i = Math.max(next, i + 1); // always advances: termination + linearity
  }
  return out;
}

const sameValue = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= REL_TOL * Math.max(Math.abs(a), Math.abs(b));

/** All numeric mentions in a text (Chinese, English or mixed), read conservatively. */
export function extractNumbers(text: string): NumberMention[] {
  return scan(text, false);
}

/** True when a source (read leniently) has the mention's value within relative 1e-9; % ≡ plain. */
export function isSupported(mention: NumberMention, sources: string[]): boolean {
  if (!mention || typeof mention.value !== "number" || !Array.isArray(sources)) return false;
  return sources.some((src) => scan(src, true).some((m) => sameValue(m.value, mention.value)));
}

/** Raw strings of the answer's numbers that no source supports, deduplicated, in order. */
export function findUnsupportedNumbers(answerText: string, sources: string[]): string[] {
  // Sorted pool + binary search keeps this O((n + m) log m) for large answers/sources.
  const pool = (Array.isArray(sources) ? sources : [])
    .flatMap((src) => scan(src, true).map((m) => m.value))
    .sort((a, b) => a - b);
  const has = (v: number): boolean => {
    const lo = v - 2 * REL_TOL * Math.abs(v);
    let a = 0, b = pool.length;
    while (a < b) { const mid = (a + b) >> 1; if (pool[mid]! < lo) a = mid + 1; else b = mid; }
    for (let k = a; k < pool.length && pool[k]! <= v + 2 * REL_TOL * Math.abs(v); k++) if (sameValue(pool[k]!, v)) return true;
    return false;
  };
  const seen = new Set<string>();
  for (const m of extractNumbers(answerText)) if (!seen.has(m.raw) && !has(m.value)) seen.add(m.raw);
  return [...seen]; // Set keeps insertion order
}
