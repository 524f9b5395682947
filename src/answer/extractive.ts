/**
 * The offline answerer: picks the sentences of the best passages that answer the question, in the answer's
 * language, and cites each one. A question about a figure leads with the sentence holding it; a question about
 * someone's words leads with the quote's opening, which names the speaker.
 */
import type { Citation, Lang } from "../schemas.js";
import type { TermAnalyzer } from "../retrieval/terms.js";
import type { AnswerGenerator, AnswerInput, GeneratedAnswer, GenerateOptions } from "./generator.js";
import { attachMarker, splitSentences } from "./sentences.js";
import { askedQuantities, statesQuantity, type QuantityKind } from "./quantity.js";
import { toSimplified } from "../text/script.js";
import { streamText } from "./stream-text.js";
import { HAS_FIGURE, createTopicScorer, labelledOriginal, textIn, type RankerDeps } from "./sentence-ranker.js";

export type ExtractiveDeps = RankerDeps;

/** A second passage joins the answer only when it is nearly as relevant as the first. */
const SECOND_SOURCE_RATIO = 0.85;
const MAX_SENTENCES = 3;
/** A sentence this relevant (share of the question's weighted terms it holds, plus bonuses) earns its place. */
const RELEVANT_SENTENCE = 0.25;
/** Past this many characters an answer stops adding context sentences. */
const CONTEXT_BUDGET = { zh: 260, en: 700 };

interface Pick {
  source: Citation;
  sentence: string;
  order: number;
  score: number;
}

export function createExtractiveGenerator(deps: ExtractiveDeps): AnswerGenerator {
  const scorer = createTopicScorer(deps);
  const topicWeights = scorer.weights;
  const sentenceScore = scorer.score;

  function picksFrom(source: Citation, input: AnswerInput, topic: Map<string, number>, kinds: QuantityKind[]): Pick[] {
    const text = textIn(source, input.lang);
    if (!text) return [];
    const sentences = splitSentences(text.body, text.lang);
    const picks = sentences.map((sentence, order) => {
      let score = sentenceScore(topic, sentence);
      if (input.analysis.asksForFigure && HAS_FIGURE.test(sentence)) score += 0.5;
      // The figure of the kind asked for ("how long" -> kilometres, not hectares) outranks other figures and the
      // topic's words: a sentence that states a length answers "how long" even when it repeats none of its words.
      if (statesQuantity(sentence, kinds)) score += 1;
      // The opening of a quote names the speaker and the gist; a question about words starts there.
      if (source.kind === "quote" && order === 0) score += input.analysis.asksForQuote ? 1 : 0.2;
      return { source, sentence, order, score };
    });
    return picks.sort((a, b) => b.score - a.score);
  }

  return {
    name: "extractive",
    async generate(input: AnswerInput, options: GenerateOptions = {}): Promise<GeneratedAnswer> {
      const [first, second] = input.sources;
      if (!first) return { text: "", mode: "extractive", warnings: [] };
      const topic = topicWeights(input.analysis.topicText || input.question);
      // The kind of quantity asked for, worked out once for every source.
      const kinds = input.analysis.asksForFigure ? askedQuantities(toSimplified(input.question)) : [];
      const kept = chooseSentences(picksFrom(first, input, topic, kinds), input);
      if (second && second.score >= first.score * SECOND_SOURCE_RATIO && kept.length < MAX_SENTENCES) {
        const best = picksFrom(second, input, topic, kinds)[0];
        if (best && best.score >= RELEVANT_SENTENCE) kept.push(best);
      }
      // Read in the passage's own order, so a quote opens with its speaker; but a figure question leads with the
      // sentence that best holds its figure (a reader checking a number finds it first).
      const lead = input.analysis.asksForFigure && kept[0] && HAS_FIGURE.test(kept[0].sentence) ? kept[0] : undefined;
      kept.sort((a, b) => a.source.n - b.source.n || a.order - b.order);
      if (lead) kept.splice(0, kept.length, lead, ...kept.filter((p) => p !== lead));
      const lang = input.lang;
      const own = kept.filter((p) => hasLanguage(p.source, lang));
      const foreign = kept.filter((p) => !hasLanguage(p.source, lang));
      const parts = own.map((p) => {
        const sentence = p.source.kind === "quote" && p.order > 0 ? withSpeaker(p, lang) : p.sentence;
        return attachMarker(sentence, `[${p.source.n}]`, lang);
      });
      // A passage with no text in the answer's language is still used: an extractive answer cannot translate, so
      // its best sentence is quoted in the original, labelled as such in the asker's language.
      const pointers = dedupeBySource(foreign).map((p) => attachMarker(labelledOriginal(bestClause(p.sentence, (c) => sentenceScore(topic, c)), lang), `[${p.source.n}]`, lang));
      const text = [...parts, ...pointers].join(lang === "zh" ? "" : " ");
      await streamText(text, options);
      return { text, mode: "extractive", warnings: [] };
    },
  };
}

/**
 * The best sentence always; more sentences that are relevant in their own right; and for a question that asks how
 * or what (not for a figure or a quote), the passage's neighbouring sentences as context, within a length budget.
 */
function chooseSentences(ranked: Pick[], input: AnswerInput): Pick[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  const kept = [best, ...rest.filter((p) => p.score >= RELEVANT_SENTENCE)].slice(0, MAX_SENTENCES - 1);
  // A leader's words are read whole when they fit; a how/what question gets its passage's context.
  const wantsContext = best.source.kind === "quote" || (!input.analysis.asksForFigure && !input.analysis.asksForQuote);
  if (wantsContext) {
    const budget = CONTEXT_BUDGET[input.lang];
    const length = () => kept.reduce((n, p) => n + p.sentence.length, 0);
    for (const p of [...rest].sort((a, b) => a.order - b.order)) {
      if (kept.length >= MAX_SENTENCES || length() + p.sentence.length > budget) break;
      if (!kept.includes(p)) kept.push(p);
    }
  }
  return kept;
}

/** A later sentence of a quote, attributed, so it still says who spoke. */
function withSpeaker(pick: Pick, lang: Lang): string {
  const name = lang === "zh" ? pick.source.speaker?.zh : pick.source.speaker?.en;
  if (!name) return pick.sentence;
  const body = pick.sentence.replace(/^[“"‘]/u, "").replace(/[”"’]$/u, "");
  return lang === "zh" ? `${name}还指出:${body}` : `${name} adds: “${body}”`;
}

/** Clauses this short say too little to quote on their own. */
const MIN_CLAUSE_WORDS = 5;

/**
 * The clause of a foreign sentence that holds most of the topic: the quoted original stays short, so the answer
 * remains in the asker's language around it.
 */
function bestClause(sentence: string, score: (clause: string) => number): string {
  const clauses = sentence.split(/(?<=[,;:，；：])\s*/u).filter((c) => c.split(/\s+/).length >= MIN_CLAUSE_WORDS || /\p{Script=Han}{6,}/u.test(c));
  if (clauses.length < 2) return sentence;
  const best = clauses.reduce((a, b) => (score(b) > score(a) ? b : a));
  return best === sentence ? sentence : `${best.replace(/[,;:，；：]$/u, "")}…`;
}

const hasLanguage = (source: Citation, lang: Lang) => Boolean(lang === "zh" ? source.zh : source.en);

function dedupeBySource(picks: Pick[]): Pick[] {
  return picks.filter((p, i) => picks.findIndex((q) => q.source.n === p.source.n) === i);
}

