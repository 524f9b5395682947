/**
 * The material described from its own catalogue, in the asker's language: the scope sentence of refusals, the
 * welcome, and the questions it can answer (suggestions). Nothing here names a topic or a city of its own: every
 * name comes from the catalogue, so a different corpus is described as what it is.
 * Chinese punctuation is written as escapes (full-width comma, full stop, colon, enumeration comma, question mark).
 */
import type { Lang } from "../schemas.js";
import type { Catalogue, CatalogueCity } from "./catalogue.js";

export const ZH = { comma: "\uFF0C", stop: "\u3002", colon: "\uFF1A", dun: "\u3001", ask: "\uFF1F", open: "\uFF08", close: "\uFF09" };
const MAX_TITLES = 3;

export const cityName = (c: CatalogueCity, lang: Lang) => (lang === "zh" ? c.name.zh : c.name.en);

export function joinNames(names: string[], lang: Lang): string {
  if (lang === "zh") return names.join(ZH.dun);
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function titles(catalogue: Catalogue, lang: Lang): string {
  const shown = catalogue.documents.slice(0, MAX_TITLES);
  const more = catalogue.documents.length - shown.length;
  if (lang === "zh") return shown.join(ZH.dun) + (more > 0 ? `等${catalogue.documents.length}份文档` : "");
  return shown.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/** "The material (doc) covers 6 cities: A, B…" — what the corpus is, from its headings and file names. */
export function scopeSentence(catalogue: Catalogue, lang: Lang): string {
  const names = catalogue.cities.map((c) => cityName(c, lang));
  if (lang === "zh") {
    const source = catalogue.documents.length ? `现有资料${ZH.open}${titles(catalogue, lang)}${ZH.close}` : "现有资料";
    return names.length ? `${source}涵盖${names.length}个城市${ZH.colon}${joinNames(names, lang)}${ZH.stop}` : `${source}共有${catalogue.passages}段内容${ZH.stop}`;
  }
  const source = catalogue.documents.length ? `The material (${titles(catalogue, lang)})` : "The material";
  return names.length ? `${source} covers ${names.length} ${names.length === 1 ? "city" : "cities"}: ${joinNames(names, lang)}.` : `${source} has ${catalogue.passages} passages.`;
}

/** Who is quoted, with their city: "XU Shuhai (Zhenjiang)". */
export function speakerList(catalogue: Catalogue, lang: Lang): string[] {
  return catalogue.cities.flatMap((c) =>
    c.speakers.map((s) => {
      const name = (lang === "zh" ? s.zh ?? s.en : s.en ?? s.zh) ?? "";
      return lang === "zh" ? `${name}${ZH.open}${c.name.zh}${ZH.close}` : `${name} (${c.name.en})`;
    }),
  );
}

/**
 * Two or three questions the material can answer, in the asker's language. About one city: its overview, its
 * leader's words and a comparison with the next city; otherwise the same about the first cities of the catalogue.
 */
export function suggestions(catalogue: Catalogue, lang: Lang, focus?: string): string[] {
  const cities = catalogue.cities;
  if (!cities.length) return [];
  const at = Math.max(0, cities.findIndex((c) => c.name.en === focus));
  const city = cities[at]!;
  const other = cities[(at + 1) % cities.length]!;
  const speaker = city.speakers[0];
  const name = (c: CatalogueCity) => cityName(c, lang);
  const out: string[] = [];
  if (lang === "zh") {
    out.push(`介绍一下${name(city)}的工作${ZH.stop}`);
    if (speaker) out.push(`${speaker.zh ?? speaker.en}说了什么${ZH.ask}`);
    if (other !== city) out.push(`比较一下${name(city)}和${name(other)}${ZH.stop}`);
  } else {
    out.push(`Give me an overview of ${name(city)}.`);
    if (speaker) out.push(`What did ${speaker.en ?? speaker.zh} say?`);
    if (other !== city) out.push(`Compare ${name(city)} and ${name(other)}.`);
  }
  if (out.length < 3) out.push(lang === "zh" ? `资料里有哪些城市${ZH.ask}` : "Which cities does the material cover?");
  return out.slice(0, 3);
}

/** The reply to a greeting or thanks: what the material is and what to ask. */
export function welcomeText(catalogue: Catalogue, lang: Lang, kind: "hello" | "thanks"): string {
  const scope = scopeSentence(catalogue, lang);
  if (lang === "zh") {
    const open = kind === "thanks" ? `不客气${ZH.stop}` : `你好${ZH.stop}`;
    return `${open}我根据资料回答问题${ZH.comma}每个回答都注明出处${ZH.stop}${scope}可以试试下面的问题${ZH.colon}`;
  }
  const open = kind === "thanks" ? "You're welcome." : "Hello.";
  return `${open} I answer from the material, citing a source for every claim. ${scope} You could ask:`;
}
