/**
 * A question's topic as units of meaning, and how much of it a passage covers (IDF-weighted, 0..1).
 *
 * A unit is one word of the question: an English stem, a number, or a Chinese word (its character bigrams), together
 * with the glossary concepts found in those words. A passage covers a unit when it holds the word or one of its
 * concepts, so "extreme heat" covers a question's "高温" and "protect" is not counted twice beside its concept.
 *
 * Chinese words come from the runtime's own word segmenter (ICU's dictionary, `Intl.Segmenter`, in Node and in
 * workerd alike): a question's bigrams that straddle two words ("市气" in "城市气候") are in no passage and would
 * otherwise weigh as the rarest terms of all, counting against every passage.
 */
import { oneLanguageCoverage } from "./one-language.js";
import type { ConceptSpan } from "./concepts.js";
import type { CandidatePassages, KeywordRanking, PassageFacts } from "./keyword-ranker.js";
import { ZH_STOP_CHARS } from "./stopwords.js";
import type { TermAnalyzer } from "./terms.js";
import type { Passage } from "../schemas.js";

export interface TopicWords {
  /** The question's content terms (no single Han characters), each with the analyzer's weight. */
  weights: Map<string, number>;
  /** Surface term -> the concept terms found in the words it came from. */
  alternates: Map<string, string[]>;
  /** The question's Chinese words, each as its bigram terms (only bigrams among `weights`). */
  zhWords: string[][];
  /**
   * A question term no passage uses -> its dictionary translations that passages do use, each as its terms (an
   * English stem's Chinese words as bigrams; a Chinese word's English senses as stems, under each of its bigrams).
   */
  bridged: Map<string, string[][]>;
}

/**
 * A translation found through the dictionary is weaker evidence than the word itself (a word has many senses, and
 * the dictionary lists them all), so it earns half of what the same words would. Set a priori, not tuned.
 */
export const BRIDGE_CREDIT = 0.5;

/** One unit of the topic: its terms (numbers in the keyword index, -1: in no passage) and its concepts. */
interface Unit {
  ids: number[];
  weight: number;
  /** Another way a passage can hold the unit: all of `ids` (a concept, or a translation's bigrams), worth `weight`. */
  alternates: { ids: number[]; weight: number }[];
  /** A surface unit of one script ("z:" Han, "e:" English) only counts for passages in it. */
  script: "zh" | "en" | null;
}

export interface Topic {
  size: number;
  units: Unit[];
}

let segmenter: Intl.Segmenter | null = null;
const HAN = /\p{Script=Han}/u;

/** Han words of a text by ICU's dictionary; runs of single non-function characters are read as one word ("节/能"). */
export function chineseWords(text: string): string[] {
  // No Han character, no Chinese word: English questions skip the segmenter (~0.1 ms).
  if (!HAN.test(text)) return [];
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  let run = "";
  const flush = () => {
    if (run.length >= 2) words.push(run);
    run = "";
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const han = isWordLike && /^\p{Script=Han}+$/u.test(segment);
    if (han && segment.length === 1 && !ZH_STOP_CHARS.has(segment)) {
      run += segment;
      continue;
    }
    flush();
    if (han && segment.length >= 2) words.push(segment);
  }
  flush();
  return words;
}

/** A Han word's character bigrams as terms ("z:…"). */
export function bigrams(word: string): string[] {
  const chars = Array.from(word);
  return chars.slice(1).map((c, i) => `z:${chars[i]}${c}`);
}

/** The surface terms a concept's words produce: English stems, or the Chinese term's bigrams. */
function spanTerms(span: ConceptSpan): string[] {
  return span.zh ? bigrams(span.zh) : span.stems.map((stem) => `e:${stem}`);
}

/**
 * `words`: the text's Chinese words when the caller has already cut them (chineseWords), so a question is segmented
 * once; `bridged`: the dictionary translations of its words no passage uses.
 */
export function topicWords(
  text: string,
  terms: TermAnalyzer,
  { words = chineseWords(text), bridged = new Map() }: { words?: string[]; bridged?: Map<string, string[][]> } = {},
): TopicWords {
  const weights = new Map<string, number>();
  for (const { term, weight } of terms(text)) {
    if (term.startsWith("u:")) continue; // single characters match too easily to show coverage
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  const alternates = new Map<string, string[]>();
  for (const span of terms.conceptSpans?.(text) ?? []) {
    const concept = `c:${span.id}`;
    for (const surface of spanTerms(span)) {
      if (!weights.has(surface)) continue;
      const list = alternates.get(surface) ?? [];
      if (!list.includes(concept)) list.push(concept);
      alternates.set(surface, list);
    }
  }
  const zhWords = words
    .map((word) => bigrams(word).filter((b) => weights.has(b)))
    .filter((list) => list.length > 0);
  return { weights, alternates, zhWords, bridged };
}

/** The topic's units, weighted by rarity in the corpus (a Chinese word: the mean of its bigrams' weights). */
export function topicUnits({ weights, alternates, zhWords, bridged }: TopicWords, keyword: KeywordRanking): Topic {
  const weightOf = (term: string) => (weights.get(term) ?? 0) * keyword.idfOf(term);
  const meanIdf = (terms: string[]) => terms.reduce((sum, t) => sum + keyword.idfOf(t), 0) / terms.length;
  const conceptsOf = (surfaces: string[]) => {
    const out: Unit["alternates"] = [];
    for (const concept of new Set(surfaces.flatMap((s) => alternates.get(s) ?? []))) {
      const id = keyword.termId(concept);
      if (id >= 0) out.push({ ids: [id], weight: weightOf(concept) });
    }
    // Translations stand in for a word no passage uses, and only for such a word (each translation once).
    const seen = new Set<string>();
    for (const surface of surfaces) {
      if (keyword.termId(surface) >= 0) continue;
      for (const translation of bridged.get(surface) ?? []) {
        const key = translation.join(" ");
        if (seen.has(key)) continue;
        seen.add(key);
        const ids = translation.map((t) => keyword.termId(t));
        if (ids.every((id) => id >= 0)) out.push({ ids, weight: BRIDGE_CREDIT * meanIdf(translation) });
      }
    }
    return out;
  };
  const units: Unit[] = [];
  const standsIn = new Set<string>();
  const add = (surfaces: string[], script: Unit["script"]) => {
    for (const s of surfaces) for (const c of alternates.get(s) ?? []) standsIn.add(c);
    const weight = surfaces.reduce((sum, s) => sum + weightOf(s), 0) / surfaces.length;
    units.push({ ids: surfaces.map((s) => keyword.termId(s)), weight, alternates: conceptsOf(surfaces), script });
  };
  for (const word of zhWords) add(word, "zh");
  for (const term of weights.keys()) {
    if (term.startsWith("z:") || term.startsWith("c:")) continue;
    add([term], term.startsWith("e:") ? "en" : null);
  }
  // A concept found in words that are no unit of their own (function words, a bigram across two words).
  for (const term of weights.keys()) {
    if (term.startsWith("c:") && !standsIn.has(term)) add([term], null);
  }
  return { size: units.length, units };
}

/**
 * IDF-weighted share of the topic's units that the passage holds, in 0..1. A Chinese word counts by the share of its
 * bigrams the passage holds; a concept match is worth what the concept's own rarity says, at most the word's ("大力"
 * matched only through a concept as common as "promote" proves little). Surface units of a language the passage is
 * not written in cannot match, so they do not count against it, unless one of their concepts or translations matches.
 */
export function topicCoverage(topic: Topic, passage: Pick<PassageFacts, "hasZh" | "hasEn">, index: number, keyword: CandidatePassages): number {
  if (topic.size === 0) return 0;
  // The keyword index was built from these passages' search text with the same analyzer, so its postings say
  // which terms a passage holds without analyzing the passage again on every query.
  let total = 0;
  let matched = 0;
  let all = 0;
  for (const unit of topic.units) {
    all += unit.weight;
    let byConcept = 0;
    for (const alt of unit.alternates) {
      if (alt.weight > byConcept && alt.ids.every((id) => keyword.containsId(id, index))) byConcept = Math.min(unit.weight, alt.weight);
    }
    if (!byConcept && ((unit.script === "zh" && !passage.hasZh) || (unit.script === "en" && !passage.hasEn))) continue;
    total += unit.weight;
    let held = 0;
    for (const id of unit.ids) if (keyword.containsId(id, index)) held++;
    matched += Math.max(byConcept, (unit.weight * held) / unit.ids.length);
  }
  return total > 0 ? oneLanguageCoverage(matched / total, total / all) : 0;
}
