/** Language detection for paragraphs and questions: Chinese or English, by how many words each script carries. */
import type { Lang } from "../schemas.js";

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+/g;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
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
