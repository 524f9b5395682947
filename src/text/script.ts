/**
 * Which Chinese script a text is written in, and its Simplified form. The corpus, the glossary and the indexes are
 * Simplified, so a Traditional question ("廣州為什麼要建通風廊道?") is understood as its Simplified form. OpenCC's
 * Traditional-to-Simplified tables (opencc-js/t2cn, ~52 KB gzipped) are small enough for the Worker.
 * Character tables only (Taiwan and Hong Kong variants), no phrase rewriting: the phrase tables also rewrite words
 * of Simplified text ("智慧" -> "智能"), which would change what a mixed or Simplified question matches.
 *
 * Most text (every English passage, most Simplified ones) holds nothing the tables can change, and OpenCC walks its
 * tries at every character all the same. `mayConvert` tells such text apart in one pass over a bitmap, so
 * `toSimplifiedFast` gives it back as it is without the conversion (an ingest folds every passage for de-duplication).
 */
import { Converter, Locale } from "opencc-js/t2cn";

export type Script = "hans" | "hant";

const FROM = [
  { from: "hk", config: "hk2s" },
  { from: "tw", config: "tw2s" },
] as const;

const fromTaiwan = Converter({ from: "tw", to: "cn" });
const fromHongKong = Converter({ from: "hk", to: "cn" });

/** The conversion, always run (what `toSimplified` does; `toSimplifiedFast` must agree with it, tests compare them). */
export function toSimplifiedFull(text: string): string {
  return fromTaiwan(fromHongKong(text));
}

type Dict = string | readonly (readonly [string, string])[];

/** The entries of one dictionary, in order, as OpenCC reads them ("key value|key value" or [key, value] pairs). */
function entriesOf(dict: Dict): (readonly [string, string])[] {
  if (typeof dict !== "string") return [...dict];
  return dict.split("|").map((entry) => {
    const [key, value] = entry.split(" ");
    return [key ?? "", value ?? ""] as const;
  });
}

/**
 * Code points a conversion can start from (bitmap over the BMP, a set beyond it). OpenCC changes text only where a
 * key of one of its tables (variants, phrases, characters; every step of both converters) occurs with a replacement
 * other than itself. Such a key of one character is in the set; a longer one that holds none of those characters has
 * one of its characters added (greedily, the one most such keys share). Text with none of these code points holds
 * no key that changes anything, so every step returns it unchanged. Ideographic description characters
 * (U+2FF0–U+2FFF), which OpenCC reads as one unit with what follows, are in the set too. Each table is read as
 * OpenCC's Trie.loadDictGroup reads it (the first dictionary of a group wins, within one the last entry), into a
 * plain map, once, on the first use.
 */
function convertibleCodePoints(): { bmp: Uint8Array; astral: Set<number>; lowest: number } {
  const configs = (Locale as unknown as { configs: Record<string, { normalizationChain?: Dict[][]; conversionChain: Dict[][] }> }).configs;
  const changing: string[][] = [];
  for (const { config } of FROM) {
    const c = configs[config]!;
    for (const group of [...(c.normalizationChain ?? []), ...c.conversionChain]) {
      const table = new Map<string, string>();
      for (const dict of [...group].reverse()) for (const [key, value] of entriesOf(dict)) table.set(key, value);
      for (const [key, value] of table) if (key !== "" && key !== value) changing.push(Array.from(key));
    }
  }
  const chosen = new Set<string>();
  for (const key of changing) if (key.length === 1) chosen.add(key[0]!);
  let rest = changing.filter((key) => !key.some((ch) => chosen.has(ch)));
  while (rest.length > 0) {
    const shared = new Map<string, number>();
    for (const key of rest) for (const ch of new Set(key)) shared.set(ch, (shared.get(ch) ?? 0) + 1);
    let best = "";
    let most = 0;
    for (const [ch, n] of shared) if (n > most || (n === most && ch < best)) [best, most] = [ch, n];
    chosen.add(best);
    rest = rest.filter((key) => !key.includes(best));
  }
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  let lowest = 0x2ff0;
  for (let cp = 0x2ff0; cp <= 0x2fff; cp++) bmp[cp] = 1;
  for (const ch of chosen) {
    const cp = ch.codePointAt(0)!;
    lowest = Math.min(lowest, cp);
    if (cp < 0x10000) bmp[cp] = 1;
    else astral.add(cp);
  }
  return { bmp, astral, lowest };
}

let convertible: ReturnType<typeof convertibleCodePoints> | null = null;

/** Whether the conversion could change the text: false means `toSimplified(text) === text` for sure. */
export function mayConvert(text: string): boolean {
  const { bmp, astral, lowest } = (convertible ??= convertibleCodePoints());
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Below the lowest such code point (U+2E80 and up today): Latin, digits and most punctuation skip the lookup.
    if (c < lowest) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (astral.has(cp)) return true;
        i++;
        continue;
      }
    }
    if (bmp[c] === 1) return true;
  }
  return false;
}

/** Text of ASCII characters only, which no table of the conversion has a key for (tests check it against the tables). */
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * The text in Simplified script; Simplified text (and any non-Chinese text) comes back unchanged. ASCII text (most
 * English questions) is given back without walking OpenCC's tries at every character (~0.1 ms a question).
 */
export function toSimplified(text: string): string {
  return ASCII.test(text) ? text : toSimplifiedFull(text);
}

/**
 * `toSimplified`, skipping the conversion for text `mayConvert` clears: for an ingest, which folds every passage.
 * Questions keep the plain conversion: a question is short, and the table behind `mayConvert` (built on first use,
 * tens of milliseconds) has no place in a Worker's first request.
 */
export function toSimplifiedFast(text: string): string {
  return mayConvert(text) ? toSimplifiedFull(text) : text;
}

/**
 * "hant" when any character of the text has a different Simplified form. The conversion leaves Simplified text as it
 * is (the whole seed corpus converts to itself), so one Traditional character is enough to tell.
 */
export function detectScript(text: string): Script {
  return toSimplified(text) === text ? "hans" : "hant";
}

/** The Simplified form and the script of a question, in one conversion. */
export function normalizeScript(text: string): { text: string; script: Script } {
  const simplified = toSimplified(text);
  return { text: simplified, script: simplified === text ? "hans" : "hant" };
}
