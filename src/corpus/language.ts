/** Language detection for paragraphs and questions: Chinese or English, by script counts. */
import type { Lang } from "../schemas.js";

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/**
 * "zh" when Han characters carry at least a quarter of the letters' weight.
 * A Han character holds about a word, a Latin letter about a fifth of one, so "Shenzhen 的超充站有多少座?" is
 * Chinese and "What did 盛阅春 say?" is English. Text with neither script falls back to `fallback`.
 */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  const han = countHan(text);
  const latin = text.match(LATIN)?.length ?? 0;
  if (han === 0 && latin === 0) return fallback;
  return han * 4 >= latin ? "zh" : "en";
}
