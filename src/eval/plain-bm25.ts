/**
 * The baseline every ranking change is measured against: plain BM25 (MiniSearch) over the same passages, with no
 * glossary, no vectors, no city rules: Han text as unigrams and bigrams, English as lowercase words with a crude
 * suffix stemmer, numbers as they are. Its few parameters (BM25 k1 and b, the city field's boost) are tuned on the
 * tuning questions only (`tunePlainBm25`), like our own thresholds, and then reported on every part.
 */
import MiniSearch from "minisearch";
import type { Passage } from "../schemas.js";

export interface PlainBm25Params {
  k: number;
  b: number;
  cityBoost: number;
}

export const DEFAULT_PLAIN_BM25: PlainBm25Params = { k: 1.2, b: 0.7, cityBoost: 1 };

const crudeStem = (w: string) => w.replace(/(ies|es|s|ing|ed|ly)$/, "") || w;

export function plainTokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/(\p{Script=Han}+)|([a-z]+)|(\d+(?:[.,]\d+)*)/gu)) {
    if (m[1]) {
      const chars = Array.from(m[1]);
      for (let i = 0; i < chars.length; i++) {
        out.push(chars[i]!);
        if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
      }
    } else if (m[2]) out.push(crudeStem(m[2]));
    else if (m[3]) out.push(m[3].replace(/,/g, ""));
  }
  return out;
}

export interface PlainBm25 {
  /** Passage indexes, best first (the parameters are search-time options: one index serves the whole grid). */
  search(question: string, k: number, params?: PlainBm25Params): number[];
}

export function createPlainBm25(passages: Passage[]): PlainBm25 {
  const mini = new MiniSearch<{ id: number; text: string; city: string }>({ fields: ["text", "city"], tokenize: plainTokenize });
  mini.addAll(
    passages.map((p, id) => ({
      id,
      text: [p.speaker?.zh, p.speaker?.en, p.zh, p.en].filter(Boolean).join("\n"),
      city: p.city ? `${p.city.zh} ${p.city.en}` : "",
    })),
  );
  return {
    search: (question, k, params = DEFAULT_PLAIN_BM25) =>
      mini
        .search(question, { boost: { city: params.cityBoost }, bm25: { k: params.k, b: params.b, d: 0.5 } })
        .slice(0, k)
        .map((r) => r.id as number),
  };
}

/** City hit@1 of the baseline on questions with an expected city. */
export function plainCityHit1(
  bm25: PlainBm25,
  passages: Passage[],
  questions: { question: string; city: string | null }[],
  params: PlainBm25Params = DEFAULT_PLAIN_BM25,
): number {
  const withCity = questions.filter((q) => q.city);
  if (!withCity.length) return 1;
  const hits = withCity.filter((q) => passages[bm25.search(q.question, 1, params)[0] ?? -1]?.city?.en === q.city).length;
  return hits / withCity.length;
}

/** The parameters with the best city hit@1 on the tuning questions (a small grid; ties to the earlier). */
export function tunePlainBm25(bm25: PlainBm25, passages: Passage[], tuning: { question: string; city: string | null }[]): PlainBm25Params {
  let best = { params: DEFAULT_PLAIN_BM25, hit: -1 };
  for (const k of [0.9, 1.2, 1.6]) {
    for (const b of [0.4, 0.7, 0.9]) {
      for (const cityBoost of [1, 2, 4]) {
        const params = { k, b, cityBoost };
        const hit = plainCityHit1(bm25, passages, tuning, params);
        if (hit > best.hit) best = { params, hit };
      }
    }
  }
  return best.params;
}
