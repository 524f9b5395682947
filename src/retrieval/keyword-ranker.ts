/**
 * The keyword side of hybrid retrieval as a port, so the index can live in memory (Node, the bundled Worker) or in
 * a database the isolate queries (D1 in the Worker's scale mode). A retrieval asks it two things, each possibly one
 * round trip: the BM25 ranking of the question's terms with the statistics of the question's topic terms, then,
 * once the vector hits are known too, the candidate passages and which topic terms each one holds.
 * Passages are named by their number in corpus order ("index"); vector hits arrive by passage id.
 */
import type { Passage } from "../schemas.js";
import type { KeywordHit, KeywordIndex } from "./keyword-index.js";
import type { Term } from "./tokenize.js";
import { IdIndex } from "../util/id-index.js";
import { passageStoreOf, type PassageStore } from "../store/passage-store.js";

export interface KeywordRanking {
  /** BM25's best passages for the question, best first, ties to the lower index. */
  hits: KeywordHit[];
  /** Inverse document frequency of a term ranked or named as a topic term (the most when no passage holds it). */
  idfOf(term: string): number;
  /** The term's number for `CandidatePassages.containsId`, or -1 when no passage holds it. */
  termId(term: string): number;
  /** The passages of the keyword hits (by index) and vector hits (by id), with the topic terms they hold. */
  candidates(indexes: readonly number[], ids: readonly string[]): Promise<CandidatePassages> | CandidatePassages;
}

/** What scoring reads of a candidate passage: its city, its kind, and whether it has text in each language. */
export interface PassageFacts {
  city: Passage["city"];
  kind: Passage["kind"];
  hasZh: boolean;
  hasEn: boolean;
}

/** A passage's facts from the passage itself. */
export function factsOf(passage: Passage): PassageFacts {
  return { city: passage.city, kind: passage.kind, hasZh: Boolean(passage.zh), hasEn: Boolean(passage.en) };
}

export interface CandidatePassages {
  /**
   * The index of a passage named by a vector hit, or undefined when the corpus no longer has it. `at`: where the
   * vector index says it is (its own number for the passage), taken when the passage there has that id.
   */
  indexOf(id: string, at?: number): number | undefined;
  passage(index: number): Passage;
  /**
   * `factsOf(passage(index))` without making the passage, where that is cheaper: a loaded build reads a passage's
   * text from its file, and a retrieval scores up to 80 candidates to return k of them.
   */
  facts?(index: number): PassageFacts;
  /** Whether passage `index` holds topic term `termId` (a number from `KeywordRanking.termId`). */
  containsId(termId: number, index: number): boolean;
}

export interface KeywordRanker {
  /**
   * Ranks the analyzed question and looks up `topicTerms` (the terms coverage will be weighed on) at once.
   * Synchronous work happens before the returned promise, so a vector search started first runs beside it.
   */
  rank(questionTerms: readonly Term[], n: number, topicTerms: readonly string[]): Promise<KeywordRanking> | KeywordRanking;
}

/** The ranker over an in-memory KeywordIndex and passage array: everything answers synchronously. */
export class MemoryKeywordRanker implements KeywordRanker, CandidatePassages {
  private readonly indexById: IdIndex;
  private readonly ids: readonly string[];
  private readonly store: PassageStore | undefined;

  constructor(
    private readonly keyword: KeywordIndex,
    private readonly passages: readonly Passage[],
  ) {
    this.store = passageStoreOf(passages);
    this.ids = this.store?.ids() ?? passages.map((p) => p.id);
    this.indexById = new IdIndex(this.ids);
  }

  rank(questionTerms: readonly Term[], n: number): KeywordRanking {
    const keyword = this.keyword;
    return {
      hits: keyword.searchTerms(questionTerms, n),
      idfOf: (term) => keyword.idfOf(term),
      termId: (term) => keyword.termId(term),
      candidates: () => this,
    };
  }

  indexOf(id: string, at?: number): number | undefined {
    // Without the id map (filled after start at a million passages) when the vector index's number is right.
    if (at !== undefined && this.ids[at] === id) return at;
    return this.indexById.get(id);
  }

  passage(index: number): Passage {
    return this.passages[index]!;
  }

  facts(index: number): PassageFacts {
    return this.store ? this.store.facts(index) : factsOf(this.passages[index]!);
  }

  containsId(termId: number, index: number): boolean {
    return this.keyword.containsId(termId, index);
  }
}
