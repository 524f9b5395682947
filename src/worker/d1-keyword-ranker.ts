/**
 * The keyword ranker of the Worker's scale mode: BM25 and the candidate passages from D1 (src/worker/d1-corpus-sql.ts),
 * two round trips per retrieval (one batch for statistics and ranking, one for the candidates and the topic terms
 * they hold). The isolate keeps nothing that grows with the corpus: a bounded cache of recent terms' rarity (the
 * extractive answerer weighs the question's words by it after retrieval) and a count of round trips for the logs.
 */
import type { LogRecord } from "../app-types.js";
import { AppError } from "../errors.js";
import type { D1DatabaseLike, D1StatementLike } from "../feedback/d1-feedback-store.js";
import type { CandidatePassages, KeywordRanker, KeywordRanking } from "../retrieval/keyword-ranker.js";
import type { Term } from "../retrieval/tokenize.js";
import type { Passage } from "../schemas.js";
import { LruCache } from "../util/lru.js";
import { BM25_SQL, RANKING_LIMITS, CANDIDATES_SQL, CANDIDATE_TERMS_SQL, FIRST_PASSAGES_SQL, PASSAGE_BY_ID_SQL, STATS_SQL, TERM_DF_SQL } from "./d1-corpus-sql.js";

/** Recent terms whose rarity is kept: a few hundred kilobytes at most. */
const IDF_CACHE_TERMS = 5_000;

type Rows<T> = { results: T[]; meta?: { duration?: number; rows_read?: number } };
/** What one retrieval cost in D1: round trips, statements, SQL time and rows read (what D1 bills reads by). */
type Tally = { roundTrips: number; statements: number; sqlMs: number; rowsRead: number };

export interface D1RankerOptions {
  /** One record per retrieval: round trips, statements and D1's own SQL time. */
  log?: (record: LogRecord) => void;
}

export class D1KeywordRanker implements KeywordRanker {
  private readonly idfCache = new LruCache<string, number>(IDF_CACHE_TERMS);
  /** Passages in the corpus as of the last ranking; the rarity of a term no passage holds depends on it. */
  private passages = 0;

  constructor(
    private readonly db: D1DatabaseLike,
    private readonly options: D1RankerOptions = {},
  ) {}

  async rank(questionTerms: readonly Term[], n: number, topicTerms: readonly string[]): Promise<KeywordRanking> {
    const weights = new Map<string, number>();
    for (const { term, weight } of questionTerms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    const lookup = [...new Set([...weights.keys(), ...topicTerms])];
    const tally: Tally = { roundTrips: 0, statements: 0, sqlMs: 0, rowsRead: 0 };
    const [stats, dfs, ranked] = (await this.batch(tally, [
      this.db.prepare(STATS_SQL),
      this.db.prepare(TERM_DF_SQL).bind(JSON.stringify(lookup)),
      this.db.prepare(BM25_SQL).bind(JSON.stringify([...weights]), n, RANKING_LIMITS.postingsBudget, Math.max(n, RANKING_LIMITS.rescored)),
    ])) as [Rows<{ passages: number }>, Rows<{ term: string; df: number }>, Rows<{ doc: number; score: number }>];
    this.passages = stats.results[0]?.passages ?? 0;
    const idf = new Map<string, number>();
    const ids = new Map<string, number>();
    for (const { term, df } of dfs.results) {
      const value = idfOf(this.passages, df);
      idf.set(term, value);
      this.idfCache.set(term, value);
      ids.set(term, ids.size);
    }
    const hits = ranked.results.map((r) => ({ index: r.doc, score: r.score }));
    const topicKnown = topicTerms.filter((t) => ids.has(t));
    return {
      hits,
      idfOf: (term) => idf.get(term) ?? idfOf(this.passages, 0),
      termId: (term) => ids.get(term) ?? -1,
      candidates: (indexes, vectorIds) => this.candidates(indexes, vectorIds, topicKnown, ids, tally),
    };
  }

  /** Rarity of a term seen in a recent question (the most, as on Node, for one no passage holds). */
  idfOf(term: string): number {
    return this.idfCache.get(term) ?? idfOf(this.passages, 0);
  }

  /** One round trip, counted, with D1's own SQL time (meta.duration) added up. */
  private async batch(tally: Tally, statements: D1StatementLike[]): Promise<unknown[]> {
    let results: Rows<unknown>[];
    try {
      results = (await this.db.batch(statements)) as Rows<unknown>[];
    } catch (err) {
      throw new AppError("upstream_error", `D1 query failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    tally.roundTrips++;
    tally.statements += statements.length;
    for (const r of results) {
      tally.sqlMs += r.meta?.duration ?? 0;
      tally.rowsRead += r.meta?.rows_read ?? 0;
    }
    return results;
  }

  async findById(id: string): Promise<Passage | undefined> {
    const row = await this.db.prepare(PASSAGE_BY_ID_SQL).bind(id).first<{ body: string }>();
    return row ? (JSON.parse(row.body) as Passage) : undefined;
  }

  /** The first `limit` passages in corpus order. */
  async firstPassages(limit: number): Promise<Passage[]> {
    const { results } = await this.db.prepare(FIRST_PASSAGES_SQL).bind(limit).all<{ body: string }>();
    return results.map((row) => JSON.parse(row.body) as Passage);
  }

  private async candidates(
    indexes: readonly number[],
    vectorIds: readonly string[],
    topicTerms: string[],
    termIds: Map<string, number>,
    tally: Tally,
  ): Promise<CandidatePassages> {
    const docs = JSON.stringify(indexes);
    const idList = JSON.stringify(vectorIds);
    const [passages, held] = (await this.batch(tally, [
      this.db.prepare(CANDIDATES_SQL).bind(docs, idList),
      this.db.prepare(CANDIDATE_TERMS_SQL).bind(docs, idList, JSON.stringify(topicTerms)),
    ])) as [Rows<{ doc: number; body: string }>, Rows<{ term: string; doc: number }>];
    const byDoc = new Map<number, Passage>();
    const byId = new Map<string, number>();
    for (const row of passages.results) {
      const passage = JSON.parse(row.body) as Passage;
      byDoc.set(row.doc, passage);
      byId.set(passage.id, row.doc);
    }
    const holds = new Set(held.results.map((r) => `${termIds.get(r.term)}:${r.doc}`));
    this.options.log?.({ level: "info", msg: "d1 retrieval", ...tally, sqlMs: Math.round(tally.sqlMs * 100) / 100 });
    return {
      indexOf: (id) => byId.get(id),
      passage: (index) => byDoc.get(index)!,
      containsId: (termId, index) => holds.has(`${termId}:${index}`),
    };
  }
}

/** BM25's inverse document frequency, the formula of src/retrieval/keyword-index.ts. */
export function idfOf(passages: number, df: number): number {
  return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
}
