/** Splits passage text into sentences in either language, keeping closing quotes with their sentence. */
import { ENDS_WITH_CLOSING_QUOTE, EN_SENTENCE_SPLIT, SENTENCE_TAIL, zhSentenceRe } from "../text/punctuation.js";

/** Chinese ends at 。！？； and their ASCII forms (src/text/punctuation.ts); English at . ! ? ; before a capital. */
const ZH_END = zhSentenceRe();
const EN_SPLIT = EN_SENTENCE_SPLIT;

export function splitSentences(text: string, lang: "zh" | "en"): string[] {
  const parts = lang === "zh" ? (text.match(ZH_END) ?? []) : text.split(EN_SPLIT);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Puts a citation marker before a sentence's final punctuation: "… 75.5% [2]." / "…133万辆[2]。" */
export function attachMarker(sentence: string, marker: string, lang: "zh" | "en"): string {
  const m = SENTENCE_TAIL.exec(sentence);
  const tail = m?.[1] ?? "";
  // Keep a closing quote's punctuation inside the quote; the marker goes after the quote.
  if (ENDS_WITH_CLOSING_QUOTE.test(tail)) return `${sentence}${lang === "en" ? " " : ""}${marker}`;
  const body = sentence.slice(0, sentence.length - tail.length);
  return `${body}${lang === "en" ? " " : ""}${marker}${tail || (lang === "zh" ? "\u3002" : ".")}`;
}
