/**
 * The offline answerer: picks the sentences of the best passages that answer the question, in the answer's
 * language, and cites each one. A question about a figure leads with the sentence holding it; a question about
 * someone's words leads with the quote's opening, which names the speaker.
 */
import type { Citation, Lang } from "../schemas.js";
import type { TermAnalyzer } from "../retrieval/terms.js";
import type { AnswerGenerator, AnswerInput, GeneratedAnswer, GenerateOptions } from "./generator.js";
import { attachMarker, splitSentences } from "./sentences.js";
import { streamText } from "./stream-text.js";

export interface ExtractiveDeps {
  terms: TermAnalyzer;
  /** Rarity of a term in the corpus: rarer terms say more about what a sentence is about. */
  idf: (term: string) => number;
}

/** A second passage joins the answer only when it is nearly as relevant as the first. */
const SECOND_SOURCE_RATIO = 0.85;
const MAX_SENTENCES = 3;
/** A sentence this relevant (share of the question's weighted terms it holds, plus bonuses) earns its place. */
const RELEVANT_SENTENCE = 0.25;
/** Past this many characters an answer stops adding context sentences. */
const CONTEXT_BUDGET = { zh: 260, en: 700 };
const HAS_FIGURE = /\d|[一二两三四五六七八九十百千万亿]+(?=[个座条项家年名次种批片位所辆层%])/u;

interface Pick {
  source: Citation;
  sentence: string;
  order: number;
  score: number;
}

export function createExtractiveGenerator(deps: ExtractiveDeps): AnswerGenerator {
  function topicWeights(text: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const { term, weight } of deps.terms(text)) {
      if (!term.startsWith("u:")) out.set(term, Math.max(out.get(term) ?? 0, weight * deps.idf(term)));
    }
    return out;
  }

  function sentenceScore(topic: Map<string, number>, sentence: string): number {
    const present = new Set(deps.terms(sentence).map((t) => t.term));
    let total = 0;
    let matched = 0;
    for (const [term, w] of topic) {
      total += w;
      if (present.has(term)) matched += w;
    }
    return total ? matched / total : 0;
  }

  function picksFrom(source: Citation, input: AnswerInput, topic: Map<string, number>): Pick[] {
    const text = textIn(source, input.lang);
    if (!text) return [];
    const sentences = splitSentences(text.body, text.lang);
    const picks = sentences.map((sentence, order) => {
      let score = sentenceScore(topic, sentence);
      if (input.analysis.asksForFigure && HAS_FIGURE.test(sentence)) score += 0.5;
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
      const kept = chooseSentences(picksFrom(first, input, topic), input);
      if (second && second.score >= first.score * SECOND_SOURCE_RATIO && kept.length < MAX_SENTENCES) {
        const best = picksFrom(second, input, topic)[0];
        if (best && best.score >= RELEVANT_SENTENCE) kept.push(best);
      }
      // Read in the passage's own order, so a quote opens with its speaker.
      kept.sort((a, b) => a.source.n - b.source.n || a.order - b.order);
      const lang = input.lang;
      const own = kept.filter((p) => hasLanguage(p.source, lang));
      const foreign = kept.filter((p) => !hasLanguage(p.source, lang));
      const parts = own.map((p) => {
        const sentence = p.source.kind === "quote" && p.order > 0 ? withSpeaker(p, lang) : p.sentence;
        return attachMarker(sentence, `[${p.source.n}]`, lang);
      });
      // A passage with no text in the answer's language is pointed to, not pasted: an extractive answer cannot
      // translate, and a paragraph in the other language is not an answer in the asker's language.
      const pointers = dedupeBySource(foreign).map((p) => foreignPointer(p, input.question, lang));
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

/** The passage in the answer's language, or in the other one when it has no translation. */
function textIn(source: Citation, lang: Lang): { body: string; lang: Lang } | null {
  const own = lang === "zh" ? source.zh : source.en;
  if (own) return { body: own, lang };
  const other = lang === "zh" ? source.en : source.zh;
  return other ? { body: other, lang: lang === "zh" ? "en" : "zh" } : null;
}

/** A later sentence of a quote, attributed, so it still says who spoke. */
function withSpeaker(pick: Pick, lang: Lang): string {
  const name = lang === "zh" ? pick.source.speaker?.zh : pick.source.speaker?.en;
  if (!name) return pick.sentence;
  const body = pick.sentence.replace(/^[“"‘]/u, "").replace(/[”"’]$/u, "");
  return lang === "zh" ? `${name}还指出:${body}` : `${name} adds: “${body}”`;
}

const hasLanguage = (source: Citation, lang: Lang) => Boolean(lang === "zh" ? source.zh : source.en);

function dedupeBySource(picks: Pick[]): Pick[] {
  return picks.filter((p, i) => picks.findIndex((q) => q.source.n === p.source.n) === i);
}

/**
 * Points the reader to a passage written only in the other language, in the reader's language, naming the names and
 * figures it shares with the question (they read the same in both languages).
 */
function foreignPointer(pick: Pick, question: string, lang: Lang): string {
  const shared = [...new Set(pick.sentence.match(/[A-Za-z]*\d[\w.,%]*|[A-Z][A-Za-z]+/g) ?? [])].filter((t) =>
    question.toLowerCase().includes(t.toLowerCase()),
  );
  const marker = `[${pick.source.n}]`;
  if (lang === "zh") {
    const mentions = shared.length ? `,其中提到${shared.join("、")}` : "";
    return `相关内容只有英文原文、没有中文译文${mentions},请查看来源${marker}的原文。`;
  }
  const mentions = shared.length ? `; it mentions ${shared.join(", ")}` : "";
  return `The relevant passage exists only in Chinese${mentions}: see the original text in source ${marker}.`;
}
