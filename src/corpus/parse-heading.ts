/** City headings written as a line: a short line holding just a Chinese name and its English name, either order. */

type City = { zh: string; en: string };

const ZH_FIRST = /^(\p{Script=Han}{1,12})[\s\u3000]+([A-Z][A-Za-z'’.\-]*(?:[\s-][A-Za-z][A-Za-z'’.\-]*){0,3})$/u;
const EN_FIRST = /^([A-Z][A-Za-z'’.\-]*(?:[\s-][A-Za-z][A-Za-z'’.\-]*){0,3})[\s\u3000]+(\p{Script=Han}{1,12})$/u;

/** A heading is a short line holding just a Chinese name and its English name. */
export function parseHeading(line: string): City | null {
  const text = line.replace(/^#+\s*/, "").trim();
  if (text.length > 48) return null;
  const zhFirst = ZH_FIRST.exec(text);
  if (zhFirst) return { zh: zhFirst[1]!, en: zhFirst[2]!.trim() };
  const enFirst = EN_FIRST.exec(text);
  if (enFirst) return { zh: enFirst[2]!, en: enFirst[1]!.trim() };
  return null;
}
