/**
 * Near-identical passages are stored once. Copies that differ only in white space, punctuation width (，/,),
 * quotes, letter case or Chinese script (Traditional 深圳市電動車 vs Simplified 深圳市电动车) get the same key; the
 * first is kept, the rest merged into it. The script is folded by the same conversion that questions get
 * (src/text/script.ts), so a passage and a question agree on what "the same text" is.
 */
import type { Passage } from "../schemas.js";
import { toSimplifiedFast } from "../text/script.js";

/** Punctuation, symbols, separators and white space: what a key leaves out. */
const IGNORED = /^[\p{P}\p{S}\p{Z}\s]$/u;
/** Per BMP code unit: 0 not yet seen, 1 left out, 2 kept (a passage's characters are tested once, not per passage). */
const bmpIgnored = new Uint8Array(0x10000);

/** The text without punctuation, symbols, separators and white space (as `replace(/[\p{P}\p{S}\p{Z}\s]+/gu, "")`). */
export function withoutPunctuation(text: string): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let ignored: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character outside the BMP: two code units, tested whole.
      width = 2;
      ignored = IGNORED.test(text.slice(i, i + 2));
    } else {
      let known = bmpIgnored[c]!;
      if (known === 0) bmpIgnored[c] = known = IGNORED.test(String.fromCharCode(c)) ? 1 : 2;
      ignored = known === 1;
    }
    if (ignored) {
      if (i > kept) out += text.slice(kept, i);
      kept = i + width;
    }
    i += width - 1;
  }
  return kept === 0 ? text : kept < text.length ? out + text.slice(kept) : out;
}

/** The text with everything that does not change its meaning taken out. */
export function dedupeKey(text: string | null): string {
  if (!text) return "";
  return withoutPunctuation(toSimplifiedFast(text.normalize("NFKC")).toLowerCase());
}

function passageKey(p: Omit<Passage, "id">): string {
  return `${p.city?.en ?? ""}\u0000${p.kind}\u0000${dedupeKey(p.zh)}\u0000${dedupeKey(p.en)}`;
}

/** The passages without near-duplicates (first occurrence kept, order kept), and how many were merged. */
export function dedupePassages<P extends Omit<Passage, "id">>(passages: P[]): { passages: P[]; merged: number } {
  const seen = new Set<string>();
  const kept: P[] = [];
  for (const p of passages) {
    const key = passageKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(p);
  }
  return { passages: kept, merged: passages.length - kept.length };
}
