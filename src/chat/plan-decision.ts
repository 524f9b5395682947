/**
 * Answerability and answer shape by plan. Greetings and questions about the material are answered from the
 * catalogue; compare, list and summary gather passages per city and are composed per intent (or written by the
 * model from sources grouped per city); facts and quotes go through retrieval as before. A question about a place
 * the material lacks, or a topic it has nothing on, is refused with suggestions; a covered city with nothing on
 * the topic gets what the material has on it. A borderline question reaches the model with an instruction to say
 * when the material does not cover it.
 */
import type { AnswerPlan, Citation, Lang, ScoredPassage } from "../schemas.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import { findCity } from "../catalogue/catalogue.js";
import { suggestions, welcomeText } from "../catalogue/describe.js";
import { aboutAnswer } from "../answer/about-answer.js";
import type { CityGroup, PlanAnswers } from "../answer/plan-answers.js";
import { refusalText } from "../answer/refusal.js";
import { RELEVANCE, type HybridRetriever, type Retrieval } from "../retrieval/hybrid.js";
import type { QueryAnalysis, QueryAnalyzer } from "../retrieval/query-analysis.js";
import { toWirePlan, type QuestionPlan } from "../plan/plan.js";
import type { Condensed } from "./condense.js";
import { gatherCompare, gatherList, gatherQuotes, gatherSummary, type PassageGroup } from "./plan-retrieval.js";

/** Below its bar by at most this share, a question is borderline: a model may still find the answer. */
export const BORDERLINE_SHARE = 0.25;

export interface DecisionContext {
  retriever: HybridRetriever;
  analyzer: QueryAnalyzer;
  catalogue: Catalogue;
  answers: PlanAnswers;
  /** A model writes the answers (else they are extractive). */
  usesModel: boolean;
}

export interface DecisionInput {
  plan: QuestionPlan;
  lang: Lang;
  condensed: Condensed;
  k: number;
  /** The question as asked. */
  original: string;
}

export interface Decision {
  plan: AnswerPlan;
  sources: Citation[];
  /** The finished answer, or undefined when the generator (model or extractive fact answerer) writes it. */
  text?: string;
  /** The standalone question the generator answers. */
  question: string;
  analysis: QueryAnalysis;
  answerable: boolean;
  suggestions?: string[];
}

export async function decideByPlan(ctx: DecisionContext, input: DecisionInput): Promise<Decision> {
  const { plan, lang, condensed } = input;
  const { catalogue, answers } = ctx;
  // The question the answer is written for, and the text retrieval searches: a place inherited by a bare
  // follow-up is the planner's; a pointer follow-up takes a condenser's rewrite when there is one (a model's).
  const rewritten = condensed.question !== input.original;
  const question = plan.rewrite === "inherit" || (plan.rewrite === "pointer" && !rewritten) ? plan.searchText : condensed.question;
  const searchText = plan.rewrite === "reframe" ? plan.searchText : question;
  const analysis = ctx.analyzer.analyze(question, lang);
  const wire = toWirePlan(plan);
  const base = { plan: wire, question, analysis };
  const fixed = (text: string, sources: Citation[], answerable: boolean, suggested?: string[]): Decision => ({
    ...base,
    text,
    sources,
    answerable,
    ...(suggested ? { suggestions: suggested } : {}),
  });
  const refuse = (uncovered: string[]): Decision => ({
    ...fixed(refusalText(lang, catalogue, uncovered), [], false, suggestions(catalogue, lang)),
    plan: { ...wire, intent: "out_of_scope" },
  });

  switch (plan.intent) {
    case "greeting": {
      const suggested = suggestions(catalogue, lang);
      const text = [welcomeText(catalogue, lang, plan.greeting ?? "hello"), ...suggested.map((s) => `- ${s}`)].join("\n");
      return fixed(text, [], true, suggested);
    }
    case "about": {
      const about = aboutAnswer(catalogue, plan.about ?? "topics", lang, answers);
      return fixed(about.text, about.sources, true, suggestions(catalogue, lang));
    }
    case "compare":
    case "summary": {
      const groups =
        plan.intent === "compare"
          ? await gatherCompare(ctx.retriever, catalogue, plan, analysis.asksForQuote)
          : await gatherSummary(ctx.retriever, catalogue, plan);
      return composed(groups);
    }
    case "quote": {
      if (plan.cities.length > 1) return composed(gatherQuotes(catalogue, plan));
      break;
    }
    case "list": {
      const { retrieval, groups } = await gatherList(ctx.retriever, searchText);
      if (!retrieval.answerable || !groups.length) return refuse(retrieval.analysis.uncoveredPlaces);
      return composed(groups);
    }
    default:
      break;
  }

  const contextCities = plan.followUp ? plan.cities.map((c) => c.en) : condensed.contextCities;
  const retrieval = await ctx.retriever.retrieve(searchText, input.k, { contextCities });
  // A question about one city whose best passage is another city's (despite the named city's promotion): the
  // material has the topic, but not for that city. Answering from the other city would put words in its mouth.
  const named = plan.cities.length === 1 ? plan.cities[0]! : null;
  const top = retrieval.results[0];
  // A follow-up that swaps the city ("… And Qingdao?") searches the previous question's words, which the previous
  // city's passage holds best: that passage outranking the new city's says nothing about the new city, so the
  // new city's own best passage decides, by the bar for a question that names a city.
  const replaced = new Set((plan.replaced ?? []).map((c) => c.en));
  const own = named ? retrieval.results.findIndex((r) => r.city?.en === named.en) : -1;
  if (named && top?.city && replaced.has(top.city.en) && own >= 0) {
    const bar = RELEVANCE.withCity;
    if (retrieval.results[own]!.score >= bar.minScore && (retrieval.coverages[own] ?? 0) >= bar.minCoverage) {
      return { ...base, analysis: retrieval.analysis, sources: numbered(onlyCity(retrieval.results, named.en)), answerable: true };
    }
  }
  const elsewhere = named !== null && top?.city != null && top.city.en !== named.en;
  if (retrieval.answerable && !elsewhere) {
    // A question about one city is answered from that city's passages (and the series' introduction), never
    // with another city's figures beside them.
    const sources = named ? onlyCity(retrieval.results, named.en) : retrieval.results;
    return { ...base, analysis: retrieval.analysis, sources: numbered(sources), answerable: true };
  }
  const uncovered = retrieval.analysis.uncoveredPlaces;
  if (ctx.usesModel && !uncovered.length && isBorderline(retrieval)) {
    return { ...base, analysis: retrieval.analysis, plan: { ...wire, borderline: true }, sources: numbered(retrieval.results), answerable: true };
  }
  const city = named && !uncovered.length ? named : null;
  if (!city) return refuse(uncovered);
  // A covered city with nothing on the topic: say so, say what the material has on it, offer what it can answer.
  const entry = findCity(catalogue, city.en);
  const lead = entry?.initiatives[0] ?? entry?.quotes[0];
  const sources = lead ? numbered([{ ...lead, score: 0 }]) : [];
  return fixed(answers.nothingOnTopic(city, sources[0], lang), sources, false, suggestions(catalogue, lang, city.en));

  function composed(groups: PassageGroup[]): Decision {
    const sources: Citation[] = [];
    const cited: CityGroup[] = groups
      .filter((g) => g.passages.length)
      .map((g) => ({ city: g.city, sources: g.passages.map((p) => push(sources, p)) }));
    if (!sources.length) return refuse([]);
    if (ctx.usesModel) return { ...base, sources, answerable: true };
    const topic = plan.topic;
    const text =
      plan.intent === "summary"
        ? cited.map((g) => answers.summary(g.sources.find((s) => s.kind !== "quote"), g.sources.find((s) => s.kind === "quote"), lang)).join("\n")
        : plan.intent === "quote"
          ? answers.quotes(cited, lang)
          : plan.intent === "compare"
          ? answers.compare(cited, lang, topic, analysis.asksForFigure)
          : answers.list(cited, lang, topic, analysis.asksForFigure);
    return fixed(text, sources, true);
  }
}

/** Close under its bar, with no uncovered place: worth a model's reading, with the instruction to say so if not. */
function isBorderline(retrieval: Retrieval): boolean {
  if (retrieval.reason !== "low_relevance") return false;
  const bar = retrieval.analysis.cities.length ? RELEVANCE.withCity : RELEVANCE.withoutCity;
  return retrieval.signals.score >= bar.minScore * (1 - BORDERLINE_SHARE);
}

function push(sources: Citation[], p: ScoredPassage): Citation {
  const c = { ...p, n: sources.length + 1 };
  sources.push(c);
  return c;
}

/** The passages of one city, and those of no city (an introduction), in their order. */
function onlyCity(passages: ScoredPassage[], city: string): ScoredPassage[] {
  return passages.filter((p) => !p.city || p.city.en === city);
}

function numbered(passages: ScoredPassage[]): Citation[] {
  return passages.map((p, i) => ({ ...p, n: i + 1 }));
}
