/** Language detection for paragraphs and questions: Chinese or English, by how many words each script carries. */
import type { Lang } from "../schemas.js";

const HAN_CHAR = /^\p{Script=Han}$/u;
const LATIN_WORD = /[A-Za-z]+/g;
/** Below U+2E80 (CJK radicals) no character is Han: Latin, digits and punctuation are decided without a lookup. */
const FIRST_HAN_BLOCK = 0x2e80;
/** Per BMP code unit: 0 not yet seen, 1 Han, 2 not Han. The alignment counts Han characters many times per paragraph. */
const bmpHan = new Uint8Array(0x10000);

/** Han characters in the text (what /\p{Script=Han}/gu matches), without building an array of matches. */
export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_HAN_BLOCK) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP (CJK extensions B and on): two code units, tested whole.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (HAN_CHAR.test(text.slice(i, i + 2))) count++;
        i++;
        continue;
      }
    }
    let known = bmpHan[c]!;
    if (known === 0) bmpHan[c] = known = HAN_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 1) count++;
  }
  return count;
}

/**
 * A Chinese word averages about two characters, so Han characters / 2 approximates Chinese words. The language with
 * more words wins; a tie goes to Chinese, since Chinese grammar around a Latin name ("Shenzhen 的超充站有多少座?")
 * is the usual mixed case. "What is the 海绵江滩 in Wuhan?" is English; text with neither script falls back.
 */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  const zhWords = countHan(text) / 2;
  const enWords = text.match(LATIN_WORD)?.length ?? 0;
  if (zhWords === 0 && enWords === 0) return fallback;
  return zhWords >= enWords ? "zh" : "en";
}
