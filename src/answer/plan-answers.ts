/**
 * Extractive answers shaped by the question's intent: compare and list answers give one or two cited sentences
 * per city, a summary leads with what the city did and the figure that shows it and then its leader's words, and
 * a covered city with nothing on the asked topic gets what the material does have on it. Sentences come from the
 * passages; a passage with no text in the asker's language is quoted in the original, labelled.
 */
import type { Citation, Lang } from "../schemas.js";
import { ZH, joinNames } from "../catalogue/describe.js";
import type { Name } from "../catalogue/catalogue.js";
import { attachMarker } from "./sentences.js";
import { HAS_FIGURE, createTopicScorer, labelledOriginal, rankSentences, type RankerDeps, type RankedSentence } from "./sentence-ranker.js";

export interface CityGroup {
  city: Name;
  sources: Citation[];
}

/** A second sentence of a city's passage joins only when it is nearly as much on the topic as the first. */
const SECOND_SENTENCE_RATIO = 0.8;
const MIN_SECOND_SCORE = 0.2;

export function createPlanAnswers(deps: RankerDeps) {
  const scorer = createTopicScorer(deps);

  function cite(source: Citation, picked: RankedSentence[], lang: Lang): string {
    const ordered = [...picked].sort((a, b) => a.order - b.order);
    const parts = ordered.map((p) => (p.lang === lang ? p.sentence : labelledOriginal(p.sentence, lang)));
    const last = parts.length - 1;
    return parts.map((s, i) => (i === last ? attachMarker(s, `[${source.n}]`, lang) : s)).join(lang === "zh" ? "" : " ");
  }

  /** The best one or two sentences of a passage for the topic. */
  function bestOf(source: Citation, lang: Lang, topicText: string, preferFigure: boolean): string {
    const ranked = rankSentences(scorer, source, lang, scorer.weights(topicText), preferFigure);
    const [first, second] = ranked;
    if (!first) return "";
    const both = second && second.score >= MIN_SECOND_SCORE && second.score >= first.score * SECOND_SENTENCE_RATIO;
    return cite(source, both ? [first, second] : [first], lang);
  }

  /** What a passage opens with, plus its first sentence holding a figure when that is another one. */
  function leadWithFigure(source: Citation, lang: Lang): string {
    const sentences = rankSentences(scorer, source, lang, new Map()).sort((a, b) => a.order - b.order);
    const [first] = sentences;
    if (!first) return "";
    const figure = HAS_FIGURE.test(first.sentence) ? undefined : sentences.find((s) => HAS_FIGURE.test(s.sentence));
    return cite(source, figure ? [first, figure] : [first], lang);
  }

  function perCity(groups: CityGroup[], lang: Lang, topicText: string, preferFigure: boolean): string[] {
    return groups.map((g) => {
      const name = lang === "zh" ? g.city.zh : g.city.en;
      const body = g.sources.map((s) => bestOf(s, lang, topicText, preferFigure)).filter(Boolean).join(lang === "zh" ? "" : " ");
      return lang === "zh" ? `- ${name}${ZH.colon}${body}` : `- ${name}: ${body}`;
    });
  }

  return {
    compare(groups: CityGroup[], lang: Lang, topicText: string, preferFigure: boolean): string {
      const names = joinNames(groups.map((g) => (lang === "zh" ? g.city.zh : g.city.en)), lang);
      const head = lang === "zh" ? `资料中${names}的相关内容分别是${ZH.colon}` : `What the material has on ${names}, city by city:`;
      return [head, ...perCity(groups, lang, topicText, preferFigure)].join("\n");
    },

    list(groups: CityGroup[], lang: Lang, topicText: string, preferFigure: boolean): string {
      const names = joinNames(groups.map((g) => (lang === "zh" ? g.city.zh : g.city.en)), lang);
      const head =
        lang === "zh"
          ? `资料中与此相关的城市有${groups.length}个${ZH.colon}${names}${ZH.stop}`
          : `${groups.length === 1 ? "One city" : `${groups.length} cities`} in the material: ${names}.`;
      return [head, ...perCity(groups, lang, topicText, preferFigure)].join("\n");
    },

    /** Each city's leader's opening words (which name the speaker), city by city. */
    quotes(groups: CityGroup[], lang: Lang): string {
      const head = lang === "zh" ? `资料中各城市领导的讲话${ZH.colon}` : "What each city's leader says in the material:";
      const lines = groups.map((g) => {
        const name = lang === "zh" ? g.city.zh : g.city.en;
        const body = g.sources.map((s) => leadWithFigure(s, lang)).filter(Boolean).join(lang === "zh" ? "" : " ");
        return lang === "zh" ? `- ${name}${ZH.colon}${body}` : `- ${name}: ${body}`;
      });
      return [head, ...lines].join("\n");
    },

    /** The city's initiative first (what it did and its figure), then its leader's opening words. */
    summary(initiative: Citation | undefined, quote: Citation | undefined, lang: Lang): string {
      const parts: string[] = [];
      if (initiative) parts.push(leadWithFigure(initiative, lang));
      if (quote) parts.push(leadWithFigure(quote, lang));
      return parts.filter(Boolean).join(lang === "zh" ? "" : " ");
    },

    /** The material has nothing on the topic for a city it covers: say so, then what it has on the city. */
    nothingOnTopic(city: Name, lead: Citation | undefined, lang: Lang): string {
      const name = lang === "zh" ? city.zh : city.en;
      const has = lead ? leadWithFigure(lead, lang) : "";
      if (lang === "zh") {
        const head = `资料中没有${name}在这方面的内容${ZH.stop}`;
        return has ? `${head}关于${name}${ZH.comma}资料中有${ZH.colon}${has}` : head;
      }
      const head = `The material has nothing on this for ${name}.`;
      return has ? `${head} What it has on ${name}: ${has}` : head;
    },

    leadWithFigure,
  };
}

export type PlanAnswers = ReturnType<typeof createPlanAnswers>;
