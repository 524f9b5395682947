/**
 * What a question is about before retrieval: its language, the places it names (covered by the corpus or not),
 * and whether it asks for someone's words or for a figure. Places come from the corpus's own headings plus a
 * gazetteer, so a question about a city the corpus does not cover can be refused instead of answered off-topic.
 */
import type { Lang, Passage } from "../schemas.js";
import { detectLanguage } from "../corpus/language.js";
import { editDistance } from "../util/edit-distance.js";
import { PLACES } from "./gazetteer.js";

export type City = { zh: string; en: string };

export interface QueryAnalysis {
  lang: Lang;
  /** Corpus cities the question names, by English name. */
  cities: string[];
  /** Places the question names that the corpus has no section for. */
  uncoveredPlaces: string[];
  asksForQuote: boolean;
  asksForFigure: boolean;
  /** The question with place names blanked out: what it asks about them. */
  topicText: string;
}

const QUOTE_EN =
  /\b(say|says|said|saying|quote[sd]?|quotation|words?|remarks?|statements?|stated|views?|position|stance|think|thinks|believe|mayor|secretary|leader|leadership|official|who)\b/i;
const QUOTE_ZH = /说|讲话|讲了|指出|表示|观点|看法|怎么看|认为|市长|书记|领导|谁|原话|表态|强调/u;
const FIGURE_EN =
  /\bhow (many|much|long|large|big|far|high)\b|\b(what|which) (share|percentage|proportion|number|amount|capacity|figure)\b|\bnumber of\b|\bpercent|%|\bhow fast\b/i;
const FIGURE_ZH = /多少|几[个座条项家处年]?|多大|多长|多高|多远|比例|占比|百分|规模|数量|渗透率|面积/u;

interface PlaceEntry {
  key: string;
  en: string;
  covered: boolean;
  /** Latin names match as whole words; Han names as substrings. */
  pattern: RegExp | null;
}

export interface QueryAnalyzer {
  analyze(question: string, fallbackLang?: Lang): QueryAnalysis;
  /** The corpus cities named in a text (for carrying a subject over to a follow-up). */
  citiesIn(text: string): string[];
  readonly cities: City[];
}

export function corpusCities(passages: Passage[]): City[] {
  const byEn = new Map<string, City>();
  for (const p of passages) if (p.city && !byEn.has(p.city.en)) byEn.set(p.city.en, p.city);
  return [...byEn.values()];
}

/**
 * `mentionedInCorpus` tells whether a place name occurs in the corpus text at all (say "Yangtze" or "China"):
 * such a place is not a reason to refuse, even without a section of its own.
 */
export function createQueryAnalyzer(
  passages: Passage[],
  mentionedInCorpus: (name: string) => boolean = () => false,
): QueryAnalyzer {
  return createQueryAnalyzerForCities(corpusCities(passages), mentionedInCorpus);
}

/** `createQueryAnalyzer` from the corpus's cities themselves (a loaded build's columns, or D1's catalogue). */
export function createQueryAnalyzerForCities(cities: City[], mentionedInCorpus: (name: string) => boolean = () => false): QueryAnalyzer {
  const covered = new Set(cities.map((c) => c.en.toLowerCase()));
  const entries: PlaceEntry[] = [];
  const push = (key: string, en: string, isCovered: boolean) => {
    const k = key.trim().toLowerCase();
    if (!k) return;
    const pattern = /^[a-z]/.test(k) ? new RegExp(`(^|[^a-z])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`) : null;
    entries.push({ key: k, en, covered: isCovered, pattern });
  };
  for (const c of cities) {
    push(c.en, c.en, true);
    push(c.zh, c.en, true);
    // "深圳市" and "深圳" both name Shenzhen; a heading may carry either.
    if (c.zh.length > 2 && /[市区县]$/u.test(c.zh)) push(c.zh.slice(0, -1), c.en, true);
  }
  for (const p of PLACES) {
    const hasSection = covered.has(p.en.toLowerCase());
    const isCovered = hasSection || mentionedInCorpus(p.en) || mentionedInCorpus(p.zh);
    const en = hasSection ? cities.find((c) => c.en.toLowerCase() === p.en.toLowerCase())!.en : p.en;
    push(p.en, en, isCovered);
    push(p.zh, en, isCovered);
    for (const alias of p.aliases ?? []) push(alias, en, isCovered);
  }
  // Longest names first, so "Inner Mongolia" is matched before "Mongolia" and "呼和浩特" before "呼和".
  entries.sort((a, b) => b.key.length - a.key.length);
  const index = new PlaceIndex(entries.map((e) => e.key));

  function placesIn(text: string): { covered: string[]; uncovered: string[]; rest: string } {
    let rest = text.toLowerCase();
    const found = { covered: new Set<string>(), uncovered: new Set<string>() };
    // Only names that occur in the text can match (blanking removes text, it adds none): a handful of entries
    // instead of the ~1,500 of the gazetteer, tried in the same longest-first order.
    for (const position of index.occurring(rest)) {
      const e = entries[position]!;
      const hit = e.pattern ? e.pattern.test(rest) : rest.includes(e.key);
      if (!hit) continue;
      // Covered-but-sectionless places (mentioned in passing) are neither a subject nor a reason to refuse.
      if (e.covered) {
        if (cities.some((c) => c.en === e.en)) found.covered.add(e.en);
      } else found.uncovered.add(e.en);
      // Blank the match so a shorter name inside it is not found again.
      rest = rest.replaceAll(e.key, " ".repeat(e.key.length));
    }
    // A misspelt covered city ("Shenzen", "Qindao") still names it: one edit, or two in a long name.
    if (!found.covered.size) {
      for (const word of rest.match(/[a-z]{5,}/g) ?? []) {
        const city = cities.find((c) => {
          const name = c.en.toLowerCase();
          return name.length >= 6 && editDistance(word, name, 2) <= (name.length >= 9 ? 2 : 1);
        });
        if (city) {
          found.covered.add(city.en);
          rest = rest.replace(word, " ".repeat(word.length));
        }
      }
    }
    return { covered: [...found.covered], uncovered: [...found.uncovered], rest };
  }

  return {
    cities,
    citiesIn: (text) => placesIn(text).covered,
    analyze(question, fallbackLang = "en") {
      const places = placesIn(question);
      return {
        lang: detectLanguage(question, fallbackLang),
        cities: places.covered,
        uncoveredPlaces: places.uncovered,
        asksForQuote: QUOTE_EN.test(question) || QUOTE_ZH.test(question),
        asksForFigure: FIGURE_EN.test(question) || FIGURE_ZH.test(question),
        topicText: places.rest,
      };
    },
  };
}

/**
 * Which of a list of names occur in a text, found from the text's side: names are filed under their first two
 * characters (one-character names under their only one), so a question costs a lookup per character plus a
 * comparison per name that starts there, however long the list.
 */
class PlaceIndex {
  private readonly byPair = new Map<number, number[]>();
  private readonly byChar = new Map<number, number[]>();

  constructor(private readonly keys: string[]) {
    keys.forEach((key, position) => {
      const map = key.length >= 2 ? this.byPair : this.byChar;
      const code = key.length >= 2 ? pairCode(key, 0) : key.charCodeAt(0);
      const list = map.get(code);
      if (list) list.push(position);
      else map.set(code, [position]);
    });
  }

  /** Positions (in the list) of the names found in `text`, ascending. */
  occurring(text: string): number[] {
    const found = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      for (const position of this.byChar.get(text.charCodeAt(i)) ?? NONE) found.add(position);
      if (i + 1 >= text.length) break;
      for (const position of this.byPair.get(pairCode(text, i)) ?? NONE) {
        if (!found.has(position) && text.startsWith(this.keys[position]!, i)) found.add(position);
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

const NONE: readonly number[] = [];
const pairCode = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
