/**
 * Token counts for `usage` and `max_tokens`: an estimate, not a model's tokenizer (the answers come from this
 * service, not from one model, and a real BPE table would not fit the Worker). The rule follows what BPE tokenizers
 * do on average: one token per Chinese, Japanese or Korean character, one per run of up to four letters or three
 * digits (with the space before it), one per punctuation mark or symbol, one per run of spaces. The same units are
 * used to count and to cut, so a cut answer's `completion_tokens` never exceeds `max_tokens`.
 */

const TOKEN_UNIT = new RegExp(
  [
    "[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}]",
    "\\s?[^\\P{L}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}]{1,4}",
    "\\s?\\p{N}{1,3}",
    "\\s?[^\\s\\p{L}\\p{N}]",
    "\\s+",
  ].join("|"),
  "gu",
);

/** Estimated tokens in a text. */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN_UNIT.lastIndex = 0;
  while (TOKEN_UNIT.exec(text)) n++;
  return n;
}

/** The longest prefix of `text` holding at most `max` tokens. */
export function takeTokens(text: string, max: number): string {
  if (max <= 0) return "";
  let n = 0;
  for (const m of text.matchAll(TOKEN_UNIT)) {
    if (++n === max) return text.slice(0, m.index + m[0].length);
  }
  return text;
}

/** Per-message overhead in chat formats (role and separators), as OpenAI's own counting guide adds. */
const MESSAGE_OVERHEAD = 4;

/** Estimated prompt tokens of the messages an answer was built from. */
export function countPromptTokens(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, m) => sum + MESSAGE_OVERHEAD + countTokens(m.content), 0);
}
