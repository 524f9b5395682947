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
 * What is not language: a URL, an e-mail address, code, a number with its unit, an identifier. Their Latin letters
 * would otherwise count as English words, so a Chinese question citing a web page by its address came back in
 * English. Each is replaced by a space. The URL and address forms stop at Han text and CJK punctuation, which often
 * follow an address without a space.
 */
const NOT_LANGUAGE = [
  /```[\s\S]*?```|`[^`\n]*`/g,
  /\b(?:https?|ftp|file):\/\/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef"<>]*/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov|edu|int|io|hk|tw|mo|info|html?|php|pdf)\b(?:\/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef"<>]*)?/giu,
  // A number and its unit, as in "1.5 GW", "10km", "75.5 %", "30 km/h", "2,000 m²".
  /\d[\d.,]*\s?(?:%|‰|°c|k?m[²³23]?|cm|mm|kg|t|[kmgt]wh?|w|wh|ha|mu|l|ppm|co2e?|yuan|rmb|usd|km\/h|m\/s)(?![a-z])/giu,
  // Identifiers: a Latin word joined to digits or underscores ("content_5644613", "id42", "snake_case").
  /\b[a-z]*(?:_[a-z0-9]*|\d[a-z0-9_]*)[a-z]+[a-z0-9_]*\b|\b[a-z]+_[a-z0-9_]*\b/giu,
];
/** A quick test: text without these characters holds nothing to strip (most corpus paragraphs). */
const MAYBE_NOT_LANGUAGE = /[/@`_]|\d|\.[a-z]/i;

/** The text with URLs, addresses, code, figures with units and identifiers blanked out. */
export function languageText(text: string): string {
  if (!MAYBE_NOT_LANGUAGE.test(text)) return text;
  let out = text;
  for (const re of NOT_LANGUAGE) out = out.replace(re, " ");
  return out;
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
  if (zhWords >= enWords) return "zh";
  // No Han at all: blanking (which removes only Latin words) leaves none either, so the answer is English, or the
  // fallback when no word survives; with the usual fallback that is "en" either way, and the blanking is skipped.
  if (zhWords === 0 && fallback === "en") return "en";
  // English leads: see whether it still does without URLs, addresses, code and units (blanking only removes Latin
  // words, so a Chinese lead needs no second look, and most corpus paragraphs are decided without it).
  const clean = languageText(text);
  const cleanEn = clean.match(LATIN_WORD)?.length ?? 0;
  const cleanZh = countHan(clean) / 2;
  if (cleanZh === 0 && cleanEn === 0) return fallback;
  return cleanZh >= cleanEn ? "zh" : "en";
}
