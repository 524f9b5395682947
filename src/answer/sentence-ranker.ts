/**
 * How well a sentence answers a topic: the IDF-weighted share of the topic's terms it holds. Shared by the
 * fact answerer (extractive.ts) and the per-city answers of compare, list and summary (plan-answers.ts).
 */
import type { Citation, Lang } from "../schemas.js";
import type { TermAnalyzer } from "../retrieval/terms.js";
import { splitSentences } from "./sentences.js";

export interface RankerDeps {
  terms: TermAnalyzer;
  /** Rarity of a term in the corpus: rarer terms say more about what a sentence is about. */
  idf: (term: string) => number;
}

export type TopicWeights = Map<string, number>;

/** A figure: digits, a Chinese numeral before a measure word, or an English number word ("six corridors"; not "one"). */
export const HAS_FIGURE =
  /\d|[一二两三四五六七八九十百千万亿]+(?=[个座条项家年名次种批片位所辆层%])|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/iu;

export function createTopicScorer(deps: RankerDeps) {
  return {
    weights(text: string): TopicWeights {
      const out: TopicWeights = new Map();
      for (const { term, weight } of deps.terms(text)) {
        if (!term.startsWith("u:")) out.set(term, Math.max(out.get(term) ?? 0, weight * deps.idf(term)));
      }
      return out;
    },
    score(topic: TopicWeights, sentence: string): number {
      const present = new Set(deps.terms(sentence).map((t) => t.term));
      let total = 0;
      let matched = 0;
      for (const [term, w] of topic) {
        total += w;
        if (present.has(term)) matched += w;
      }
      return total ? matched / total : 0;
    },
  };
}

/** The passage in the answer's language, or in the other one when it has no translation. */
export function textIn(source: Citation, lang: Lang): { body: string; lang: Lang } | null {
  const own = lang === "zh" ? source.zh : source.en;
  if (own) return { body: own, lang };
  const other = lang === "zh" ? source.en : source.zh;
  return other ? { body: other, lang: lang === "zh" ? "en" : "zh" } : null;
}

export interface RankedSentence {
  sentence: string;
  order: number;
  score: number;
  /** The language the sentence is written in (the other one when the passage has no translation). */
  lang: Lang;
}

/** The passage's sentences, best for the topic first; a figure breaks ties when asked for. */
export function rankSentences(
  scorer: ReturnType<typeof createTopicScorer>,
  source: Citation,
  lang: Lang,
  topic: TopicWeights,
  preferFigure = false,
): RankedSentence[] {
  const text = textIn(source, lang);
  if (!text) return [];
  return splitSentences(text.body, text.lang)
    .map((sentence, order) => ({
      sentence,
      order,
      lang: text.lang,
      score: scorer.score(topic, sentence) + (preferFigure && HAS_FIGURE.test(sentence) ? 0.5 : 0),
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
}

/** A sentence quoted in its original language, labelled in the asker's ("英文原文" / "Chinese original"). */
export function labelledOriginal(sentence: string, lang: Lang): string {
  // Said in the asker's language: the passage exists only in the other one, and this is its original wording.
  return lang === "zh"
    ? `资料中的这段内容只有英文原文${"\uFF0C"}没有中文译文${"\uFF0C"}摘录原文如下${"\uFF08"}英文原文${"\uFF09\uFF1A"}${sentence}`
    : `The passage exists only in Chinese; in the original (Chinese original): ${sentence}`;
}
