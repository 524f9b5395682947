// The page's copy of src/text/punctuation.ts (the server's single source of punctuation classes): the same strings,
// written as \u escapes so an editor cannot fold them to ASCII. tests/unit/punctuation.test.ts fails if they differ.

export const ZH_SENTENCE_END = "\u3002\uFF01\uFF1F\uFF1B!?;";
export const EN_SENTENCE_END = ".!?;";
export const CLOSING_QUOTES = "\u201D\u2019\u300D\u300F\"";
export const LIST_SEPARATORS = ",\uFF0C\u3001";
export const SPEECH_PUNCT = ":\uFF1A,\uFF0C";
export const MARKER_OPEN = "[\u3010";
export const MARKER_CLOSE = "]\u3011";
export const TRAILING_PUNCT = `${ZH_SENTENCE_END}.\u2026:\uFF1A`;
export const SPACE_BEFORE_PUNCT = ".,;:!?\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\u3001";

/** A character class (for a RegExp source) from one or more of the strings above. */
export function charClass(...sets) {
  return `[${sets.join("").replace(/[\]\\^-]/g, "\\$&")}]`;
}
