/**
 * Near-identical passages are stored once. Copies that differ only in white space, punctuation width (，/,),
 * quotes, letter case or Chinese script (Traditional 深圳市電動車 vs Simplified 深圳市电动车) get the same key; the
 * first is kept, the rest merged into it. The script is folded by the same conversion that questions get
 * (src/text/script.ts), so a passage and a question agree on what "the same text" is.
 */
import type { Passage } from "../schemas.js";
import { toSimplified } from "../text/script.js";

/** The text with everything that does not change its meaning taken out. */
export function dedupeKey(text: string | null): string {
  if (!text) return "";
  return toSimplified(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, "");
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
