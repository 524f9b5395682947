/**
 * Hybrid retrieval: vector neighbours and BM25 keyword hits, fused by reciprocal rank, then scored in 0..1 from
 * what a reader would call relevance: how close the meaning is (cosine), how much of the question's topic the
 * passage covers (IDF-weighted term coverage), and where the two rankers agree (RRF). A question that names a
 * city promotes that city's passages; one that asks for someone's words promotes quotes.
 * `answerable` comes from the same figures against calibrated thresholds.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Passage, ScoredPassage } from "../schemas.js";
import type { KeywordIndex } from "./keyword-index.js";
import { factsOf, MemoryKeywordRanker, type CandidatePassages, type KeywordRanker, type KeywordRanking } from "./keyword-ranker.js";
import type { QueryAnalysis, QueryAnalyzer } from "./query-analysis.js";
import { isTermEmbedder } from "./term-embedder.js";
import type { TermAnalyzer } from "./terms.js";
import type { Term } from "./tokenize.js";
import type { VectorHit, VectorIndex } from "./vector-index.js";
import { LruCache } from "../util/lru.js";
import { BRIDGE_CREDIT, bigrams, chineseWords, topicCoverage, topicUnits, topicWords } from "./topic.js";
import type { LanguageBridge } from "./cedict-bridge.js";
import { toSimplified } from "../text/script.js";

/**
 * Calibrated on the tuning part of tests/eval (tests/eval/calibrate.ts prints each tuning question's signals and the
 * bars): each bar sits midway between the weakest answerable question and the strongest unanswerable one of its
 * kind; the report part never sets a threshold, so its figures measure how well the bars generalise.
 */
export const RELEVANCE = {
  rrfK: 60,
  candidates: 40,
  weights: { cosine: 0.35, coverage: 0.45, rrf: 0.2 },
  otherCityFactor: 0.35,
  /**
   * The weight of a named city's names (both languages) in the keyword query, against 1 for a question word: the
   * city's passages must reach the candidates even when thousands of other cities' passages share the topic's words
   * (a question about Guangzhou's heat among many cities' heat plans). Set on the tuning part of the crowded
   * benchmark (tests/eval/calibrate-city-boost.ts).
   */
  cityBoost: 0.5,
  quoteBonus: 0.08,
  /**
   * A top passage below either bar means the material does not cover the question. A question that names a
   * covered city has already told us much of what it is about, so the bars for its topic are lower.
   */
  withCity: { minScore: 0.25, minCoverage: 0.03 },
  /**
   * Without a city, set on the tuning parts of both evaluation sets (facts and conversations, 8 unanswerable
   * questions that reach this bar) by tests/eval/calibrate.ts, each bar midway in the gap that misclassifies the
   * fewest tuning questions: coverage between 0.30 (an unanswerable one) and 0.355 (the weakest answerable), which
   * leaves one unanswerable question above (0.43); the score bar between that question's 0.43 and the weakest
   * answerable score, 0.44.
   */
  withoutCity: { minScore: 0.435, minCoverage: 0.33 },
};

export interface Retrieval {
  analysis: QueryAnalysis;
  results: ScoredPassage[];
  answerable: boolean;
  /** Why the question was judged unanswerable, for logs and tests. */
  reason?: "uncovered_place" | "low_relevance" | "no_topic";
  /** The figures behind the decision, for calibration. */
  signals: { score: number; coverage: number; cosine: number };
  /** Each result's topic coverage, in the order of `results`. */
  coverages: number[];
}

export interface RetrieveOptions {
  /** Cities carried over from earlier turns when the question names none. */
  contextCities?: string[];
}

/** Recent retrievals kept by default: a few megabytes at k = 5. */
export const DEFAULT_RETRIEVAL_CACHE_SIZE = 1_000;

export interface HybridRetrieverDeps {
  /**
   * How many recent retrievals to keep (0: none). The index never changes under a retriever (a new index makes
   * a new engine), so a question asked again, by anyone, gets the same passages without searching again.
   */
  cacheSize?: number;
  passages: Passage[];
  keyword: KeywordIndex;
  vectors: VectorIndex;
  embeddings: EmbeddingsInterface;
  analyzer: QueryAnalyzer;
  terms: TermAnalyzer;
  /**
   * Where keyword ranking and candidate passages come from when not from `keyword` and `passages` in memory (D1 in
   * the Worker's scale mode), with `findById` for a single passage.
   */
  ranker?: KeywordRanker;
  findById?: (id: string) => Promise<Passage | undefined>;
  /**
   * Dictionary translations for English words no passage uses (Node: CC-CEDICT); they search and cover the
   * passages' Chinese text. Needs the keyword index in memory.
   */
  bridge?: LanguageBridge;
}

interface Candidate {
  index: number;
  cosine: number;
  rrf: number;
}

/** The passages either ranker found, in first-seen order, one entry each. */
class Candidates {
  readonly list: Candidate[] = [];
  private readonly byIndex = new Map<number, Candidate>();

  of(index: number): Candidate {
    let c = this.byIndex.get(index);
    if (!c) {
      this.byIndex.set(index, (c = { index, cosine: 0, rrf: 0 }));
      this.list.push(c);
    }
    return c;
  }
}

interface Scored {
  index: number;
  score: number;
  coverage: number;
  cosine: number;
}

export class HybridRetriever {
  private readonly ranker: KeywordRanker;
  private readonly memory: MemoryKeywordRanker | null;
  private readonly recent: LruCache<string, Retrieval>;
  private readonly cityNameTerms = new Map<string, string[]>();

  constructor(private readonly deps: HybridRetrieverDeps) {
    this.memory = deps.ranker ? null : new MemoryKeywordRanker(deps.keyword, deps.passages);
    this.ranker = deps.ranker ?? this.memory!;
    this.recent = new LruCache(deps.cacheSize ?? DEFAULT_RETRIEVAL_CACHE_SIZE);
  }

  get passages(): Passage[] {
    return this.deps.passages;
  }

  get cities() {
    return this.deps.analyzer.cities;
  }

  /** The question analyzer retrieval uses (places, topic), for planners and calibration. */
  get analyzer(): QueryAnalyzer {
    return this.deps.analyzer;
  }

  byId(id: string): Passage | undefined {
    const index = this.memory?.indexOf(id);
    return index === undefined ? undefined : this.deps.passages[index];
  }

  /** `byId` for every ranker, including one whose passages are not in memory. */
  async findById(id: string): Promise<Passage | undefined> {
    return this.deps.findById ? this.deps.findById(id) : this.byId(id);
  }

  /**
   * The passages for a question, best first, and whether they answer it. A retrieval is shared with every later
   * caller asking the same (from the cache), so callers treat it as read-only.
   */
  async retrieve(asked: string, k: number, options: RetrieveOptions = {}): Promise<Retrieval> {
    // The corpus and its indexes are Simplified: a Traditional question is searched as its Simplified form.
    const question = toSimplified(asked);
    const key = `${k}\u0001${(options.contextCities ?? []).join("\u0002")}\u0001${question}`;
    const cached = this.recent.get(key);
    if (cached) return cached;
    const retrieval = await this.search(question, k, options);
    this.recent.set(key, retrieval);
    return retrieval;
  }

  private async search(question: string, k: number, options: RetrieveOptions): Promise<Retrieval> {
    const { analyzer, terms } = this.deps;
    const analysis = analyzer.analyze(question);
    const cities = analysis.cities.length ? analysis.cities : (options.contextCities ?? []);
    const n = RELEVANCE.candidates;
    // The question is analyzed once for both rankers. The vector search is started before the keyword search
    // runs, so an index that searches off the main thread works while BM25 does.
    const questionTerms = terms(question);
    const vectorSearch = this.searchVectors(question, questionTerms, n);
    const zhWords = chineseWords(analysis.topicText);
    const bridged = this.bridged(zhWords, questionTerms);
    const words = topicWords(analysis.topicText, terms, { words: zhWords, bridged });
    const translations = [...new Set([...bridged.values()].flat(2))].map((term) => ({ term, weight: BRIDGE_CREDIT }));
    const ranking = await this.ranker.rank([...questionTerms, ...translations, ...this.cityTerms(cities)], n, [...words.weights.keys(), ...translations.map((t) => t.term)]);
    const keywordHits = ranking.hits;
    const topic = topicUnits(words, ranking);
    const vectorHits = await vectorSearch;
    const pool = await ranking.candidates(
      keywordHits.map((h) => h.index),
      vectorHits.map((h) => h.id),
    );

    // Candidates in first-seen order: vector hits, then keyword hits not among them.
    const candidates = new Candidates();
    for (let rank = 0; rank < vectorHits.length; rank++) {
      const hit = vectorHits[rank]!;
      const index = pool.indexOf(hit.id, hit.index);
      if (index === undefined) continue;
      const c = candidates.of(index);
      c.cosine = Math.max(0, hit.similarity);
      c.rrf += 1 / (RELEVANCE.rrfK + rank + 1);
    }
    // A keyword hit the vector search did not return has a cosine of at most the last vector hit's: that bound
    // stands in for it. Zero would sink a passage that holds a question's rare words and figures whenever many
    // passages of other cities on the same topic crowd it out of the vector neighbours.
    const cosineBound = vectorHits.length >= n ? Math.max(0, vectorHits[vectorHits.length - 1]!.similarity) : 0;
    for (let rank = 0; rank < keywordHits.length; rank++) {
      const c = candidates.of(keywordHits[rank]!.index);
      if (c.rrf === 0) c.cosine = cosineBound;
      c.rrf += 1 / (RELEVANCE.rrfK + rank + 1);
    }

    const maxRrf = 2 / (RELEVANCE.rrfK + 1);
    const w = RELEVANCE.weights;
    const scored: Scored[] = candidates.list.map((c) => {
      // Scored on the facts alone: only the k returned are made as passages (a loaded build reads their text).
      const passage = pool.facts ? pool.facts(c.index) : factsOf(pool.passage(c.index));
      const coverage = topicCoverage(topic, passage, c.index, pool);
      let score = w.cosine * c.cosine + w.coverage * coverage + (w.rrf * c.rrf) / maxRrf;
      if (cities.length && !(passage.city && cities.includes(passage.city.en))) score *= RELEVANCE.otherCityFactor;
      if (analysis.asksForQuote && passage.kind === "quote") score += RELEVANCE.quoteBonus;
      return { index: c.index, score: clamp01(score), coverage, cosine: c.cosine };
    });
    // Ties (the same text twice) go to the passage that comes first in the corpus.
    scored.sort((a, b) => b.score - a.score || a.index - b.index);

    const results = scored.slice(0, k).map(({ index, score }) => ({ ...pool.passage(index), score: round(score) }));
    const coverages = scored.slice(0, k).map((s) => round(s.coverage));
    const best = scored[0];
    let reason: Retrieval["reason"];
    if (analysis.uncoveredPlaces.length && !analysis.cities.length) reason = "uncovered_place";
    else if (topic.size === 0 && !cities.length) reason = "no_topic";
    else {
      const bar = cities.length ? RELEVANCE.withCity : RELEVANCE.withoutCity;
      if (!best || best.score < bar.minScore || (topic.size > 0 && best.coverage < bar.minCoverage)) reason = "low_relevance";
    }
    const signals = { score: best?.score ?? 0, coverage: best?.coverage ?? 0, cosine: best?.cosine ?? 0 };
    return { analysis, results, answerable: !reason, signals, coverages, ...(reason ? { reason } : {}) };
  }

  /** The terms of the named cities' names in both languages (Han bigrams, English stems), boosted. */
  private cityTerms(cities: string[]): Term[] {
    return cities.flatMap((en) => this.nameTermsOf(en).map((term) => ({ term, weight: RELEVANCE.cityBoost })));
  }

  /** A covered city's name terms, analyzed once per city (the names never change under a retriever). */
  private nameTermsOf(en: string): string[] {
    let terms = this.cityNameTerms.get(en);
    if (!terms) {
      const city = this.deps.analyzer.cities.find((c) => c.en === en);
      terms = city ? this.deps.terms(`${city.zh}\n${city.en}`).map((t) => t.term).filter((t) => t.startsWith("z:") || t.startsWith("e:")) : [];
      this.cityNameTerms.set(en, terms);
    }
    return terms;
  }

  /**
   * Dictionary translations for the question's words that no passage holds, keyed by the word's terms: an English
   * stem's Chinese translations (as bigram terms), a Chinese word's English translations (as stem terms, under each
   * of its bigrams). Only translations some passage holds; none without a bridge or an in-memory keyword index.
   */
  private bridged(zhWords: string[], questionTerms: Term[]): Map<string, string[][]> {
    const out = new Map<string, string[][]>();
    const { bridge, keyword } = this.deps;
    if (!bridge || !this.memory) return out;
    for (const { term } of questionTerms) {
      if (!term.startsWith("e:") || out.has(term) || keyword.has(term)) continue;
      const found = bridge
        .chineseFor(term.slice(2))
        .map(bigrams)
        .filter((list) => list.every((b) => keyword.has(b)));
      if (found.length) out.set(term, found);
    }
    for (const word of zhWords) {
      const own = bigrams(word);
      if (own.some((b) => keyword.has(b))) continue;
      const found = bridge
        .englishFor(word)
        .map((stem) => [`e:${stem}`])
        .filter(([t]) => keyword.has(t!));
      if (found.length) for (const b of own) out.set(b, found);
    }
    return out;
  }

  /** The nearest passages by meaning; the built-in embedder embeds the terms already found, synchronously. */
  private async searchVectors(question: string, questionTerms: Term[], n: number): Promise<VectorHit[]> {
    const { embeddings, vectors } = this.deps;
    const vector = isTermEmbedder(embeddings) ? embeddings.embedTerms(questionTerms) : await embeddings.embedQuery(question);
    return vectors.search(vector, n);
  }
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
