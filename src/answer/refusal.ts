/**
 * The answer when the material does not cover a question, in the question's language, describing what the
 * material does cover from its own catalogue. Only places the material lacks are named as missing, never a city
 * the question asked about that the material has.
 */
import type { Lang } from "../schemas.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import { ZH, joinNames, scopeSentence } from "../catalogue/describe.js";
import { PLACES } from "../retrieval/gazetteer.js";

const ZH_NAME = new Map(PLACES.map((p) => [p.en, p.zh]));
/** A place as the gazetteer names it in the answer's language (the analysis reports English names). */
const placeName = (name: string, lang: Lang) => (lang === "zh" ? ZH_NAME.get(name) ?? name : name);

export function refusalText(lang: Lang, catalogue: Catalogue, uncovered: string[] = []): string {
  const uncoveredPlaces = uncovered.map((name) => placeName(name, lang));
  const scope = scopeSentence(catalogue, lang);
  if (lang === "zh") {
    const about = uncoveredPlaces.length ? `资料中没有关于${joinNames(uncoveredPlaces, lang)}的内容${ZH.comma}` : "";
    return `抱歉${ZH.comma}${about}现有资料无法回答这个问题${ZH.stop}${scope}`;
  }
  const about = uncoveredPlaces.length ? ` has nothing on ${joinNames(uncoveredPlaces, lang)} and` : "";
  return `Sorry, the material${about} does not cover this question. ${scope}`;
}
