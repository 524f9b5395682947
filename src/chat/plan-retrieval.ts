/**
 * Retrieval shaped by the question plan. Compare: the best passage of each named city for the topic (never only
 * the strongest city). List: the best passage per city across the material, for every city close enough to the
 * best match (diversified, not several passages of one city). Summary: the city's initiative and its leader's words.
 * Each search goes through the hybrid retriever (and its cache), restricted to a city by naming it.
 */
import type { Catalogue, Name } from "../catalogue/catalogue.js";
import { findCity } from "../catalogue/catalogue.js";
import type { HybridRetriever, Retrieval } from "../retrieval/hybrid.js";
import type { Passage, ScoredPassage } from "../schemas.js";
import type { QuestionPlan } from "../plan/plan.js";

export interface PassageGroup {
  city: Name;
  passages: ScoredPassage[];
}

/**
 * A city joins a list answer when its best passage scores at least this share of the best city's. Set on the
 * tuning part of tests/eval/conversation-questions.json (tests/eval/calibrate-plan.ts prints the ratios): just
 * under the weakest expected city there (0.65). It favours naming every city that should be named over leaving
 * out ones that should not (unexpected cities reach 0.72 on that part, one flat question 0.99).
 */
export const LIST_CITY_RATIO = 0.6;
/**
 * ... and when its passage covers at least this share of the question's topic that the best city's passage covers:
 * a city whose passage scores well on broad words ("city", "development") but holds little of the topic is not
 * named. Set on the same tuning part (calibrate-plan.ts prints each passage's coverage): midway between the
 * strongest unexpected city's share (0.41) and the weakest expected one's (0.475); one unexpected city ties that
 * weakest expected one and stays in.
 */
export const LIST_COVERAGE_RATIO = 0.44;
/** How deep a list question searches for cities beyond the first. */
const LIST_CANDIDATES = 40;
const PER_CITY_K = 3;

const scored = (p: Passage, score = 0): ScoredPassage => ({ ...p, score });

export async function gatherCompare(retriever: HybridRetriever, catalogue: Catalogue, plan: QuestionPlan, asksForQuote: boolean): Promise<PassageGroup[]> {
  return Promise.all(
    plan.cities.map(async (city) => {
      const retrieval = await retriever.retrieve(`${city.en} ${city.zh} ${plan.topic}`, PER_CITY_K, { contextCities: [city.en] });
      const own = retrieval.results.find((p) => p.city?.en === city.en);
      if (own && retrieval.answerable) return { city, passages: [own] };
      // No topic of its own ("compare A and B"): what the city did, or its leader's words when those are asked for.
      const entry = findCity(catalogue, city.en);
      const fallback = asksForQuote ? entry?.quotes[0] ?? entry?.initiatives[0] : entry?.initiatives[0] ?? entry?.quotes[0];
      return { city, passages: fallback ? [scored(fallback, own?.score ?? 0)] : [] };
    }),
  );
}

/** Each city's leader's words, from the catalogue (a quote question about every city, with no topic). */
export function gatherQuotes(catalogue: Catalogue, plan: QuestionPlan): PassageGroup[] {
  return plan.cities.map((city) => {
    const quote = findCity(catalogue, city.en)?.quotes[0];
    return { city, passages: quote ? [scored(quote, 0)] : [] };
  });
}

/** Each city's best passage in a retrieval, best city first, with that passage's topic coverage. */
export function bestPerCity(retrieval: Retrieval): { passage: ScoredPassage; coverage: number }[] {
  const best = new Map<string, { passage: ScoredPassage; coverage: number }>();
  retrieval.results.forEach((p, i) => {
    if (p.city && !best.has(p.city.en)) best.set(p.city.en, { passage: p, coverage: retrieval.coverages[i] ?? 0 });
  });
  return [...best.values()];
}

export async function gatherList(retriever: HybridRetriever, searchText: string): Promise<{ retrieval: Retrieval; groups: PassageGroup[] }> {
  const retrieval = await retriever.retrieve(searchText, LIST_CANDIDATES);
  const cities = bestPerCity(retrieval);
  const topScore = cities[0]?.passage.score ?? 0;
  const topCoverage = cities[0]?.coverage ?? 0;
  const groups = cities
    .filter((b) => b.passage.score >= topScore * LIST_CITY_RATIO && b.coverage >= topCoverage * LIST_COVERAGE_RATIO)
    .map((b) => ({ city: b.passage.city!, passages: [b.passage] }));
  return { retrieval, groups };
}

export async function gatherSummary(retriever: HybridRetriever, catalogue: Catalogue, plan: QuestionPlan): Promise<PassageGroup[]> {
  return Promise.all(
    plan.cities.map(async (city) => {
      const entry = findCity(catalogue, city.en);
      const retrieval = await retriever.retrieve(plan.searchText, PER_CITY_K * 2, { contextCities: [city.en] });
      const scoreOf = (p: Passage | undefined) => retrieval.results.find((r) => r.id === p?.id)?.score ?? 0;
      const initiative = retrieval.results.find((p) => p.city?.en === city.en && p.kind === "initiative") ?? entry?.initiatives[0];
      const quote = entry?.quotes[0];
      const passages = [initiative, quote].filter((p): p is Passage => Boolean(p)).map((p) => scored(p, scoreOf(p)));
      return { city, passages };
    }),
  );
}
