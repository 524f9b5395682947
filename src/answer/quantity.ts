/**
 * The kind of quantity a question asks for ("how long" -> a length or a duration, "多大面积" -> an area, "how much
 * CO2" -> a mass), and whether a sentence states one: a number followed by a unit of that kind. A figure question
 * is answered from the sentence that holds the asked kind of figure, not merely any figure ("How long is the river
 * beach?" wants "7.5 kilometers", not "95.83 hectares"). Both languages; the units are the SI and common ones a
 * report writes.
 */

export type QuantityKind = "length" | "area" | "mass" | "duration" | "people" | "power" | "money" | "share";

const N = String.raw`\d[\d,.]*\s*`;
const ZN = String.raw`[\d.]+\s*(?:万|亿|千|百)?\s*`;

const ASKED: [QuantityKind, RegExp][] = [
  ["length", /\bhow (long|far)\b|\b(length|distance|range|stretch(es)?|spans?)\b|多长|多远|长度|距离|续航|绵延/iu],
  ["area", /\b(area|hectares?|square|acres?)\b|\bhow (big|large) (is|are|was|were) the (park|area|space|green)|面积|多大|公顷/iu],
  ["mass", /\bhow much (co2|carbon|oxygen|waste|food|emissions?|coal)\b|\b(tons?|tonnes?)\b|多少吨|吨|碳汇|氧气|排放量/iu],
  ["duration", /\bhow (long|fast|quickly|soon)\b|\b(minutes?|hours?)\b|多久|多长时间|几分钟|多快/iu],
  ["people", /\bhow many (people|residents|inhabitants|citizens|visitors)\b|\bpopulation\b|人口|多少人|居民/iu],
  ["power", /\b(capacity|kilowatts?|megawatts?|gigawatts?)\b|装机|千瓦|兆瓦/iu],
  ["money", /\b(yuan|rmb|output value|worth|cost|investment|revenue)\b|产值|亿元|投资|多少钱/iu],
  ["share", /\b(share|percentage|proportion|percent|penetration|rate)\b|占比|比例|百分|渗透率|比重/iu],
];

const STATED: Record<QuantityKind, RegExp> = {
  length: new RegExp(`${N}(km|kilomet(er|re)s?|met(er|re)s?|miles?)\\b|${ZN}(公里|千米|米)`, "iu"),
  area: new RegExp(`${N}(hectares?|ha|square (kilomet|met)\\w*|km2|km²|acres?)\\b|${ZN}(公顷|平方)`, "iu"),
  mass: new RegExp(`${N}(million\\s*|thousand\\s*)?(tons?|tonnes?|kg|kilograms?)\\b|${ZN}(吨|千克|公斤)`, "iu"),
  duration: new RegExp(`${N}(minutes?|hours?|days?|years?|seconds?)\\b|${ZN}(分钟|小时|天|年)`, "iu"),
  people: new RegExp(`${N}(million\\s*|thousand\\s*)?(people|residents|inhabitants|visitors)\\b|${ZN}(人|名)`, "iu"),
  power: new RegExp(`${N}(million\\s*)?(kw|kilowatts?|mw|megawatts?|gw|gigawatts?)\\b|${ZN}(千瓦|兆瓦)`, "iu"),
  money: new RegExp(`${N}(billion\\s*|million\\s*)?(yuan|rmb|dollars?)\\b|${ZN}元`, "iu"),
  share: new RegExp(`${N}(%|percent)|\\d\\s*％|百分之`, "iu"),
};

/** The kinds of quantity a question asks for (none when it asks for none in particular). */
export function askedQuantities(question: string): QuantityKind[] {
  return ASKED.filter(([, re]) => re.test(question)).map(([kind]) => kind);
}

/** Whether the sentence states a quantity of one of these kinds. */
export function statesQuantity(sentence: string, kinds: readonly QuantityKind[]): boolean {
  return kinds.some((kind) => STATED[kind].test(sentence));
}
