/**
 * Which Chinese script a text is written in, and its Simplified form. The corpus, the glossary and the indexes are
 * Simplified, so a Traditional question ("廣州為什麼要建通風廊道?") is understood as its Simplified form. OpenCC's
 * Traditional-to-Simplified tables (opencc-js/t2cn, ~52 KB gzipped) are small enough for the Worker.
 * Character tables only (Taiwan and Hong Kong variants), no phrase rewriting: the phrase tables also rewrite words
 * of Simplified text ("智慧" -> "智能"), which would change what a mixed or Simplified question matches.
 */
import { Converter } from "opencc-js/t2cn";

export type Script = "hans" | "hant";

const fromTaiwan = Converter({ from: "tw", to: "cn" });
const fromHongKong = Converter({ from: "hk", to: "cn" });

/** The text in Simplified script; Simplified text (and any non-Chinese text) comes back unchanged. */
export function toSimplified(text: string): string {
  return fromTaiwan(fromHongKong(text));
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
