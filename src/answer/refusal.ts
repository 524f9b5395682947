/** The answer when the material does not cover a question, in the question's language, naming what it does cover. */
import type { Lang } from "../schemas.js";
import type { City } from "../retrieval/query-analysis.js";

export function refusalText(lang: Lang, cities: City[], uncoveredPlaces: string[] = []): string {
  const covered = cities.map((c) => (lang === "zh" ? c.zh : c.en));
  if (lang === "zh") {
    const about = uncoveredPlaces.length ? `资料中没有关于${uncoveredPlaces.join("、")}的内容,` : "";
    const scope = covered.length ? `现有资料涵盖${covered.join("、")}等城市的气候行动。` : "";
    return `抱歉,${about}现有资料无法回答这个问题。${scope}`;
  }
  const about = uncoveredPlaces.length ? ` has nothing on ${uncoveredPlaces.join(", ")} and` : "";
  const scope = covered.length ? ` It covers climate action in ${covered.join(", ")}.` : "";
  return `Sorry, the material${about} does not cover this question.${scope}`;
}
