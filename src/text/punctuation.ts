/**
 * Every character class that means punctuation, in one place, for every user: sentence splitting, citation markers,
 * speaker detection, marker placement and the web page (src/web/static/punctuation.js mirrors these strings; a test
 * proves the two agree). Full-width characters are written as \u escapes because an editor or a formatter folds
 * "，" to "," without anyone noticing, which is how the old classes lost them. Each constant is a string of
 * characters, meant to go inside a regular-expression character class (none of them needs escaping there except
 * the ones escaped below).
 */

/** Chinese sentence ends: 。！？； (U+3002, U+FF01, U+FF1F, U+FF1B) and the ASCII ! ? ; written inside Chinese. */
export const ZH_SENTENCE_END = "\u3002\uFF01\uFF1F\uFF1B!?;";
/** Full stops that end a sentence but also mark decimals in English: handled by the English splitter. */
export const EN_SENTENCE_END = ".!?;";
/** Closing quotes and brackets that stay with the sentence they close: ” ’ 」 』 " ) ）. */
export const CLOSING_QUOTES = "\u201D\u2019\u300D\u300F\"";
/** Separators between numbers in one citation marker: , ， 、 (ASCII comma, U+FF0C, U+3001). */
export const LIST_SEPARATORS = ",\uFF0C\u3001";
/** What follows a speech verb before the words: : ： , ， (U+FF1A, U+FF0C). */
export const SPEECH_PUNCT = ":\uFF1A,\uFF0C";
/** Opening and closing brackets of a citation marker: [ 【 (U+3010) and ] 】 (U+3011). */
export const MARKER_OPEN = "[\u3010";
export const MARKER_CLOSE = "]\u3011";
/** Punctuation a citation marker goes before at the end of a sentence: the sentence ends, "…" and colons. */
export const TRAILING_PUNCT = `${ZH_SENTENCE_END}.\u2026:\uFF1A`;
/** Punctuation a space before which is dropped when markers are removed: ASCII and full-width , ; : . ! ? 。 */
export const SPACE_BEFORE_PUNCT = ".,;:!?\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\u3001";

/** A character class (for a RegExp source) from one or more of the strings above; escapes what a class needs. */
export function charClass(...sets: string[]): string {
  return `[${sets.join("").replace(/[\]\\^-]/g, "\\$&")}]`;
}

const cls = charClass;

/** [1], [1, 2], [1，2], [1][2] (one group each), 【1】, [^1]: every way models write a numbered citation. */
export const MARKER_GROUP_SOURCE =
  `${cls(MARKER_OPEN)}\\^?\\s*(\\d{1,3}(?:\\s*${cls(LIST_SEPARATORS)}\\s*\\^?\\d{1,3})*)\\s*${cls(MARKER_CLOSE)}`;
export const markerGroupRe = () => new RegExp(MARKER_GROUP_SOURCE, "gu");
/** Splits the inside of a marker group into its numbers. */
export const MARKER_LIST_SPLIT = new RegExp(`[${LIST_SEPARATORS}^\\s]+`, "u");
/** The start of a marker whose closing bracket has not arrived yet (streaming). */
export const OPEN_MARKER = new RegExp(`^${cls(MARKER_OPEN)}\\^?[\\d\\s${LIST_SEPARATORS}^]*$`, "u");

/** A Chinese sentence: text up to and including its run of sentence ends and a closing quote. */
export const zhSentenceRe = () => new RegExp(`[^${ZH_SENTENCE_END}]+[${ZH_SENTENCE_END}]*${cls(CLOSING_QUOTES)}?`, "gu");
/** An English sentence boundary: after . ! ? ; (and a closing quote or bracket), before a capital, quote or digit. */
export const EN_SENTENCE_SPLIT = new RegExp(
  `(?<=${cls(EN_SENTENCE_END)}[\\u201D\\u2019"')\\]]?)\\s+(?=[A-Z\\u201C\\u2018"(\\d])`,
  "u",
);
/** The punctuation (and closing quote) at the end of a sentence, where a marker goes before it. */
export const SENTENCE_TAIL = new RegExp(`(${cls(TRAILING_PUNCT)}*${cls(CLOSING_QUOTES)}?)$`, "u");
export const ENDS_WITH_CLOSING_QUOTE = new RegExp(`${cls(CLOSING_QUOTES)}$`, "u");
/**
 * A sentence of an answer, with its markers after it: for checking each sentence's figures. The body is lazy, so
 * it ends at the first sentence end (a greedy one ran to the last full stop and made an English paragraph one sentence).
 */
export const ANSWER_SENTENCE = new RegExp(
  `[^${ZH_SENTENCE_END}\\n]+?(?:[${ZH_SENTENCE_END}]+|\\.(?=\\s|$)|\\n|$)${cls(CLOSING_QUOTES)}?`,
  "gu",
);
/** A space before punctuation, left where a removed marker stood. */
export const SPACE_BEFORE_PUNCT_RE = new RegExp(`[ \\t]+(${cls(SPACE_BEFORE_PUNCT)})`, "gu");
