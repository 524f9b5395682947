/**
 * Whether a heading of a structured document (Markdown, HTML, Word) names a place, and so opens a city's section,
 * or names a topic ("储能 Energy storage", "Background"), which must never be reported as a city. A place is a name
 * the gazetteer knows, in either language, or a Chinese name paired with a romanised (pinyin) English one.
 */
import { PLACES } from "../retrieval/gazetteer.js";
import { parseHeading } from "./parse-heading.js";

type City = { zh: string; en: string };

const byZh = new Map<string, City>();
const byEn = new Map<string, City>();
for (const p of PLACES) {
  const city = { zh: p.zh.replace(/市$/, ""), en: p.en };
  byZh.set(city.zh, city);
  byEn.set(p.en.toLowerCase(), city);
  for (const alias of p.aliases ?? []) byEn.set(alias.toLowerCase(), city);
}

/** A pinyin syllable: optional initial, then a final. Names are written as runs of them ("Zhenjiang", "Xi'an"). */
const SYLLABLE = "(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)";
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`);

export function isPinyinName(name: string): boolean {
  const words = name.toLowerCase().replace(/['’]/g, "").split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => PINYIN_WORD.test(w));
}

function known(zhOrEn: string): City | null {
  const text = zhOrEn.trim();
  return byZh.get(text.replace(/市$/, "")) ?? byEn.get(text.toLowerCase().replace(/\s+city$/, "")) ?? null;
}

/** The city a heading names, or null when it names something else (a section). */
export function placeHeading(text: string): City | null {
  const pair = parseHeading(text);
  if (pair) return known(pair.zh) || known(pair.en) || isPinyinName(pair.en) ? pair : null;
  return known(text);
}
