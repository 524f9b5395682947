/**
 * The question plan: what kind of answer a question wants (intent) and what it is about (covered cities in any
 * script or spelling, places the material does not cover, speakers, topic), read with the conversation so far.
 * A follow-up that only names a new place ("And Dalian?", "那武汉呢?") asks the previous question about it, so it
 * inherits the previous intent and topic; one that points back ("what did its mayor say?") keeps the city.
 */
import type { Catalogue, Name } from "../catalogue/catalogue.js";
import type { QueryAnalyzer } from "../retrieval/query-analysis.js";
import type { AnswerPlan } from "../schemas.js";
import { isBareFollowUp, listSearchText, quoteSearchText, readPhrasing, type AboutFocus, type Intent } from "./intent.js";
import { detectLanguage } from "../corpus/language.js";

export type { Intent, AboutFocus } from "./intent.js";

export interface QuestionPlan {
  intent: Intent;
  cities: Name[];
  uncoveredPlaces: string[];
  /** Quoted people the question names, in the catalogue's spelling. */
  speakers: string[];
  /** What the question asks about the places: the question with place names blanked out. */
  topic: string;
  /** The question was read with the conversation (inherited intent and topic, or a city pointed back to). */
  followUp: boolean;
  about?: AboutFocus;
  greeting?: "hello" | "thanks";
  /** The standalone question retrieval searches for: the question, or the previous one about the new place. */
  searchText: string;
  /**
   * How searchText was made: "inherit" (the previous question about a new place), "pointer" (the conversation's
   * place prefixed to a question pointing back to it), "reframe" (a cityless quote or list question searched for its
   * topic, without the words that frame it).
   */
  rewrite?: "inherit" | "pointer" | "reframe";
  /** With "inherit": the places of the previous question that the new ones replace ("Dalian" in "… And Qingdao?"). */
  replaced?: Name[];
}

/** Words that point back to a place named earlier. */
const POINTS_BACK = /\b(it|its|their|they|them|there|that city|this city|the city|he|his|she|her|the mayor|the leader)\b|该市|那里|这里的|那儿|当地|这座城市|这个城市|那座城市|它|他|她|其/iu;
const MAX_DEPTH = 4;
/** "these cities", "the cities", "这些城市": all of them, when a comparison asks about them together. */
const ALL_THE_CITIES = /\b(these|the|those) cities\b|这些城市|这几个城市|各城市|几个城市/iu;

export interface Planner {
  plan(question: string, earlierQuestions: string[]): QuestionPlan;
}

export function createPlanner(analyzer: QueryAnalyzer, catalogue: Catalogue): Planner {
  const byEn = new Map(catalogue.cities.map((c) => [c.name.en, c.name]));
  const speakers = catalogue.cities.flatMap((c) =>
    c.speakers.map((s) => ({ city: c.name.en, label: s.en ?? s.zh ?? "", names: [s.en, s.zh].filter((x): x is string => Boolean(x)) })),
  );
  const names = (ens: string[]) => ens.map((en) => byEn.get(en)).filter((c): c is Name => Boolean(c));

  function speakersIn(question: string) {
    const lower = question.toLowerCase();
    return speakers.filter((s) =>
      s.names.some((n) => {
        const parts = n.toLowerCase().split(/\s+/);
        return lower.includes(n.toLowerCase()) || (parts.length > 1 && lower.includes([...parts].reverse().join(" ")));
      }),
    );
  }

  function plan(question: string, earlier: string[], depth: number): QuestionPlan {
    const analysis = analyzer.analyze(question);
    const phrasing = readPhrasing(question, analysis.topicText);
    const named = speakersIn(question);
    // In the order the question names them, so a comparison reads in the asker's order.
    const at = (en: string) => {
      const c = byEn.get(en);
      const found = [c?.en.toLowerCase(), c?.zh].map((n) => (n ? question.toLowerCase().indexOf(n.toLowerCase()) : -1)).filter((i) => i >= 0);
      return found.length ? Math.min(...found) : Number.MAX_SAFE_INTEGER;
    };
    let cityEns = analysis.cities.length ? [...analysis.cities].sort((a, b) => at(a) - at(b)) : [...new Set(named.map((s) => s.city))];
    const base = {
      uncoveredPlaces: analysis.uncoveredPlaces,
      speakers: named.map((s) => s.label),
      topic: analysis.topicText.replace(/\s+/g, " ").trim(),
      followUp: false,
      searchText: question,
    };
    const nothingNamed = !cityEns.length && !analysis.uncoveredPlaces.length;
    if (phrasing.greeting && nothingNamed) return { ...base, intent: "greeting", cities: [], greeting: phrasing.greeting };
    if (phrasing.about && nothingNamed) return { ...base, intent: "about", cities: [], about: phrasing.about };
    // "What did each city's leader say?", "各个城市的领导人都说了什么？": every city's leader in turn.
    if (nothingNamed && phrasing.wholeMaterial && phrasing.quoteOnly && analysis.asksForQuote) {
      return { ...base, intent: "quote", cities: [...byEn.values()] };
    }
    // "An overview of all the cities", "列出每个城市的主要举措": a summary of every city the material covers.
    if (nothingNamed && phrasing.summaryOnly && (phrasing.wholeMaterial || phrasing.listsWords)) {
      return { ...base, intent: "summary", cities: [...byEn.values()] };
    }
    // After those two: "What do these cities have in common?", "比较所有城市的做法": a comparison of every city the material covers.
    if (nothingNamed && phrasing.comparesWords && (phrasing.wholeMaterial || ALL_THE_CITIES.test(question))) {
      return { ...base, intent: "compare", cities: [...byEn.values()] };
    }

    if (earlier.length && depth < MAX_DEPTH) {
      // "And Dalian?": the previous question, asked about the new place.
      if (analysis.cities.length && isBareFollowUp(analysis.topicText)) {
        const previous = plan(earlier.at(-1)!, earlier.slice(0, -1), depth + 1);
        if (!["greeting", "about", "out_of_scope"].includes(previous.intent)) {
          const cities = names(analysis.cities);
          const intent: Intent = previous.intent === "compare" || previous.intent === "list" ? (previous.topic ? "fact" : "summary") : previous.intent;
          const searchText = previous.cities.length
            ? swapCities(previous.searchText, previous.cities, cities)
            : `${cities.map((c) => `${c.en} ${c.zh}`).join(" ")} ${previous.topic}`.trim();
          const replaced = previous.cities.filter((p) => !cities.some((c) => c.en === p.en));
          return { ...base, intent, cities, topic: previous.topic, followUp: true, searchText, rewrite: "inherit", replaced };
        }
      }
      // "What did its mayor say?": the place of the conversation.
      if (nothingNamed && POINTS_BACK.test(question)) {
        const previous = [...earlier].reverse().map((q) => plan(q, [], MAX_DEPTH)).find((p) => p.cities.length);
        if (previous) {
          cityEns = previous.cities.map((c) => c.en);
          const lead = previous.cities.map((c) => `${c.en} ${c.zh}`).join(" ");
          return { ...base, intent: intentFor(phrasing, cityEns.length, analysis.asksForQuote), cities: previous.cities, followUp: true, searchText: `${lead} ${question}`, rewrite: "pointer" };
        }
      }
    }
    if (analysis.uncoveredPlaces.length && !cityEns.length) return { ...base, intent: "out_of_scope", cities: [] };
    if (!cityEns.length && phrasing.summaryOnly && !phrasing.listsWords && !earlier.length) return { ...base, intent: "about", cities: [], about: "topics" };
    const intent = intentFor(phrasing, cityEns.length, analysis.asksForQuote);
    // "Which leader talked about X?": searched for X and a speech verb, not for the words asking who.
    // "Which cities mention X?": searched for X, not for the verb that frames the list.
    const unplaced = !cityEns.length && !analysis.uncoveredPlaces.length;
    const searchText =
      intent === "quote" && unplaced ? quoteSearchText(question, detectLanguage(question)) : intent === "list" && unplaced ? listSearchText(question) : question;
    return { ...base, intent, cities: names(cityEns), searchText, ...(searchText !== question ? { rewrite: "reframe" as const } : {}) };
  }

  // The phrasing patterns are large Unicode regexes that V8 compiles on first use (tens of ms): compile them at
  // start-up, not in the first user's request.
  plan("what did its mayor say \u4ED6\u8BF4\u4E86\u4EC0\u4E48", ["warm-up"], 0);
  return { plan: (question, earlierQuestions) => plan(question, earlierQuestions, 0) };
}

/** The plan as the API returns it (CONTRACT "Additions": ChatAnswer.plan). */
export function toWirePlan(plan: QuestionPlan): AnswerPlan {
  const { intent, cities, uncoveredPlaces, speakers, topic, followUp, about } = plan;
  return { intent, cities, uncoveredPlaces, speakers, topic, followUp, ...(about ? { about } : {}) };
}

function intentFor(phrasing: ReturnType<typeof readPhrasing>, cityCount: number, asksForQuote: boolean): Intent {
  if (cityCount >= 2) return "compare";
  if (cityCount === 0 && phrasing.listsWords) return "list";
  if (cityCount === 1 && phrasing.summaryOnly) return "summary";
  return asksForQuote ? "quote" : "fact";
}

/** The previous question with its places replaced by the new ones (both scripts, any case). */
function swapCities(text: string, from: Name[], to: Name[]): string {
  let out = text;
  const target = to.map((c) => c.en).join(" and ");
  const targetZh = to.map((c) => c.zh).join("和");
  from.forEach((c, i) => {
    const en = i === 0 ? target : "";
    const zh = i === 0 ? targetZh : "";
    out = out.replace(new RegExp(escapeRe(c.en), "gi"), en).replace(new RegExp(escapeRe(c.zh), "g"), zh);
  });
  return out.replace(/\s+/g, " ").trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
