/**
 * Assembles the retrieval and answer machinery from loaded data, the same way on every runtime: entries load
 * passages and a vector index their own way (hnswlib on Node, memory or Vectorize on Workers) and call this.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Passage } from "./schemas.js";
import { passageStoreOf } from "./store/passage-store.js";
import { createExtractiveGenerator } from "./answer/extractive.js";
import type { AnswerGenerator } from "./answer/generator.js";
import { createRuleCondenser, type Condenser } from "./chat/condense.js";
import { createChatService, type ChatService } from "./chat/chat-service.js";
import { HybridRetriever } from "./retrieval/hybrid.js";
import { KeywordIndex, type KeywordIndexData, type KeywordPostings } from "./retrieval/keyword-index.js";
import type { CodedKeywordPostings } from "./retrieval/keyword-index-types.js";
import { corpusCities, createQueryAnalyzerForCities, type City, type QueryAnalyzer } from "./retrieval/query-analysis.js";
import type { Catalogue } from "./catalogue/catalogue.js";
import type { LanguageBridge } from "./retrieval/cedict-bridge.js";
import { createTermAnalyzer, passageSearchText, type TermAnalyzer } from "./retrieval/terms.js";
import { analyze } from "./retrieval/tokenize.js";
import type { VectorIndex } from "./retrieval/vector-index.js";

export interface EngineInput {
  passages: Passage[];
  vectors: VectorIndex;
  embeddings: EmbeddingsInterface;
  /** A persisted keyword index, when the entry has one; built from the passages otherwise. */
  keywordData?: KeywordIndexData | KeywordPostings | CodedKeywordPostings;
  /** Replaces the extractive answerer (an LLM with extractive fallback). */
  createGenerator?: (extractive: AnswerGenerator) => AnswerGenerator;
  /** Replaces the rule-based follow-up condenser. */
  createCondenser?: (rules: Condenser) => Condenser;
  /** Recent retrievals to keep (see HybridRetrieverDeps.cacheSize); the default when unset. */
  retrievalCacheSize?: number;
  /** Simplified -> Traditional for answers to Traditional questions (Node passes src/text/to-traditional.ts). */
  toTraditional?: (text: string) => string;
  /** Dictionary translations for English words no passage uses (Node passes src/retrieval/cedict-bridge.ts). */
  bridge?: LanguageBridge;
}

export interface Engine {
  passages: Passage[];
  retriever: HybridRetriever;
  chat: ChatService;
  keyword: KeywordIndex;
  terms: TermAnalyzer;
  generator: AnswerGenerator;
  /** Passages in the corpus when they are not in `passages` (the Worker's D1 scale mode keeps them in D1). */
  passageCount?: number;
  /** The first passages in corpus order when they are not in `passages` (D1 scale mode), for listings. */
  listPassages?: (limit: number) => Promise<Passage[]>;
}

export function buildKeywordIndex(passages: Passage[], terms: TermAnalyzer = createTermAnalyzer()): KeywordIndex {
  return KeywordIndex.build(passages.map(passageSearchText), terms);
}

export interface AnsweringInput extends Pick<EngineInput, "createGenerator" | "createCondenser" | "toTraditional"> {
  retriever: HybridRetriever;
  analyzer: QueryAnalyzer;
  terms: TermAnalyzer;
  /** How rare a term is in the corpus (weights sentences in extractive answers). */
  idf: (term: string) => number;
  /** What the material covers, when the retriever holds no passages to build it from (D1). */
  catalogue?: Catalogue;
}

/** The answer side, the same for every engine: extractive (or model) answerer, follow-up condenser, chat flow. */
export function createAnswering(input: AnsweringInput): { generator: AnswerGenerator; chat: ChatService } {
  const { retriever, analyzer, terms, idf } = input;
  const extractive = createExtractiveGenerator({ terms, idf });
  const generator = input.createGenerator ? input.createGenerator(extractive) : extractive;
  const rules = createRuleCondenser(analyzer);
  const condenser = input.createCondenser ? input.createCondenser(rules) : rules;
  const chat = createChatService({
    retriever,
    generator,
    condenser,
    analyzer,
    ranker: { terms, idf },
    toTraditional: input.toTraditional,
    ...(input.catalogue ? { catalogue: input.catalogue } : {}),
  });
  return { generator, chat };
}

/** The corpus's cities in first-seen order, from a loaded build's columns without making (or reading) a passage. */
function citiesOf(passages: Passage[]): City[] {
  const store = passageStoreOf(passages);
  if (!store) return corpusCities(passages);
  const byEn = new Map<string, City>();
  store.forEachMeta((_index, _doc, city) => {
    if (city && !byEn.has(city.en)) byEn.set(city.en, city);
  });
  return [...byEn.values()];
}

export function createEngine(input: EngineInput): Engine {
  const terms = createTermAnalyzer();
  const keyword = input.keywordData
    ? KeywordIndex.fromData(input.keywordData, terms, false)
    : buildKeywordIndex(input.passages, terms);
  const mentioned = (name: string) => {
    const found = analyze(name).filter((t) => !t.term.startsWith("u:"));
    return found.length > 0 && found.every((t) => keyword.has(t.term));
  };
  const analyzer = createQueryAnalyzerForCities(citiesOf(input.passages), mentioned);
  const retriever = new HybridRetriever({
    cacheSize: input.retrievalCacheSize,
    passages: input.passages,
    keyword,
    vectors: input.vectors,
    embeddings: input.embeddings,
    analyzer,
    terms,
    ...(input.bridge ? { bridge: input.bridge } : {}),
  });
  const { generator, chat } = createAnswering({ ...input, retriever, analyzer, terms, idf: (t) => keyword.idfOf(t) });
  return { passages: input.passages, retriever, chat, keyword, terms, generator };
}
