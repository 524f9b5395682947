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

export async function gatherList(retriever: HybridRetriever, searchText: string): Promise<{ retrieval: Retrieval; groups: PassageGroup[] }> {
  const retrieval = await retriever.retrieve(searchText, LIST_CANDIDATES);
  const best = new Map<string, ScoredPassage>();
  for (const p of retrieval.results) if (p.city && !best.has(p.city.en)) best.set(p.city.en, p);
  const top = retrieval.results.find((p) => p.city)?.score ?? 0;
  const groups = [...best.values()]
    .filter((p) => p.score >= top * LIST_CITY_RATIO)
    .map((p) => ({ city: p.city!, passages: [p] }));
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
