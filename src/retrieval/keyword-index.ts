/**
 * BM25 keyword ranking over the analyzed terms of each passage (both languages, city and speaker names).
 * Postings live in flat typed arrays (one offsets table, one passage array, one frequency array), so a 100k-passage
 * index is a handful of allocations that load straight from a file. A query reuses one score buffer and keeps only
 * the best k in a small heap, so a search allocates nothing corpus-sized and sorts nothing but its k hits.
 */
import { KeywordIndexBuilder } from "./keyword-index-builder.js";
import type { KeywordHit, KeywordIndexData, KeywordPostings } from "./keyword-index-types.js";
import type { TermAnalyzer } from "./terms.js";
import { analyze, type Term } from "./tokenize.js";
import { PostingLookup } from "./posting-lookup.js";
import { kthLargest, TopK } from "./top-k.js";

const K1 = 1.2;
const B = 0.75;
/** Pruning is only weighed before reading a posting list at least this long: shorter ones cost less to read. */
const PRUNE_MIN_POSTINGS = 2048;
/** Room for rounding: partial scores are summed in another order than final ones. */
const SLACK = 1e-9;
/** What looking one term up for one passage costs, in postings read (a binary search of ~17 steps). */
const LOOKUP_COST = 4;
/** How many unread terms a passage that might still make it is typically looked up in before it is settled. */
const LOOKUPS_PER_OPEN = 4;

export type { KeywordHit, KeywordIndexData, KeywordPostings } from "./keyword-index-types.js";

export class KeywordIndex {
  private readonly termIds = new Map<string, number>();
  private readonly idf: Float64Array;
  /** Per passage, BM25's length normalisation K1 * (1 - B + B * length / average). */
  private readonly norms: Float64Array;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** Per term, its largest BM25 term-frequency factor over its postings; computed on first use (-1 until then). */
  private readonly maxFactors: Float64Array;
  private readonly lookup: PostingLookup;
  /**
   * The last search's postings: how many lists it read in full and how many postings those held, against how many
   * the query's terms hold in all. Less read than held means pruning skipped lists (what tests check it does).
   */
  readonly lastSearch = { postingsRead: 0, postingsHeld: 0 };

  private constructor(
    private readonly postings: KeywordPostings,
    private readonly analyzeText: TermAnalyzer,
  ) {
    const { terms, offsets, lengths100 } = postings;
    for (let i = 0; i < terms.length; i++) this.termIds.set(terms[i]!, i);
    const n = lengths100.length;
    this.idf = new Float64Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const df = offsets[i + 1]! - offsets[i]!;
      this.idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    // Summed in passage order from the rounded lengths, exactly as before the flat layout.
    let total = 0;
    for (let i = 0; i < n; i++) total += lengths100[i]! / 100;
    const avgLength = n ? total / n : 1;
    this.norms = new Float64Array(n);
    for (let i = 0; i < n; i++) this.norms[i] = K1 * (1 - B + (B * (lengths100[i]! / 100)) / avgLength);
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.maxFactors = new Float64Array(terms.length).fill(-1);
    this.lookup = new PostingLookup(postings);
  }

  static build(texts: string[], analyzeText: TermAnalyzer = analyze): KeywordIndex {
    const builder = new KeywordIndexBuilder(analyzeText);
    for (const text of texts) builder.addText(text);
    return KeywordIndex.fromPostings(builder.finishPostings(), analyzeText, false);
  }

  /** From the portable (Worker) form or the flat (build folder) form. */
  static fromData(data: KeywordIndexData | KeywordPostings, analyzeText: TermAnalyzer = analyze): KeywordIndex {
    if ("offsets" in data) return KeywordIndex.fromPostings(data, analyzeText);
    const offsets = new Int32Array(data.terms.length + 1);
    data.docs.forEach((list, t) => (offsets[t + 1] = offsets[t]! + list.length));
    const docs = new Int32Array(offsets[data.terms.length]!);
    const freqs100 = new Uint32Array(docs.length);
    data.docs.forEach((list, t) => {
      docs.set(list, offsets[t]!);
      data.freqs[t]!.forEach((f, j) => (freqs100[offsets[t]! + j] = Math.round(f * 100)));
    });
    const lengths100 = Uint32Array.from(data.lengths, (l) => Math.round(l * 100));
    return new KeywordIndex({ terms: data.terms, offsets, docs, freqs100, lengths100 }, analyzeText);
  }

  /** `checked: false` skips the consistency check, for postings just built in this process. */
  static fromPostings(postings: KeywordPostings, analyzeText: TermAnalyzer = analyze, checked = true): KeywordIndex {
    if (checked) KeywordIndex.checkPostings(postings);
    return new KeywordIndex(postings, analyzeText);
  }

  /** Throws unless the parts of a flat index agree (a damaged file fails at load, not mid-query). */
  static checkPostings({ terms, offsets, docs, freqs100, lengths100 }: KeywordPostings): void {
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== docs.length || freqs100.length !== docs.length) {
      throw new Error(`keyword postings do not add up (${terms.length} terms, ${docs.length} postings)`);
    }
    for (let t = 0; t < terms.length; t++) {
      if (offsets[t]! > offsets[t + 1]!) throw new Error(`keyword postings of term ${t} are out of order`);
    }
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc < 0 || doc >= lengths100.length) throw new Error(`keyword posting points outside the ${lengths100.length} passages`);
    }
  }

  /** The portable form (nested arrays), for the Worker bundle. */
  toData(): KeywordIndexData {
    const { terms, offsets, docs, freqs100, lengths100 } = this.postings;
    return {
      terms,
      docs: terms.map((_, t) => Array.from(docs.subarray(offsets[t]!, offsets[t + 1]!))),
      freqs: terms.map((_, t) => Array.from(freqs100.subarray(offsets[t]!, offsets[t + 1]!), (f) => f / 100)),
      lengths: Array.from(lengths100, (l) => l / 100),
    };
  }

  /** The flat form, for the Node build folder. */
  toPostings(): KeywordPostings {
    return this.postings;
  }

  get size(): number {
    return this.postings.lengths100.length;
  }

  /** Inverse document frequency of a term, or the maximum when the corpus never uses it. */
  idfOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? Math.log(1 + (this.size + 0.5) / 0.5) : this.idf[id]!;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /**
   * Whether passage `index`'s analyzed text holds `term`: the same answer as analyzing the passage again, by a
   * binary search in the term's postings instead.
   */
  contains(term: string, index: number): boolean {
    return this.containsId(this.termId(term), index);
  }

  /** A term's number in this index, or -1 when no passage holds it (for `containsId`). */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** `contains` by term number: a caller asking about many passages looks the term up once. */
  containsId(id: number, index: number): boolean {
    return id >= 0 && this.lookup.find(id, index) >= 0;
  }

  /**
   * The k best passages by BM25, ties to the lower index. Exact, without scoring every passage that shares a common
   * word with the query ("MaxScore"): terms are read in order of the most they can add to a score, and reading
   * stops once the terms left could not lift a passage not yet seen to the k-th best score; the passages already
   * seen that might still make it are then scored by looking the remaining terms up. Every score that decides the
   * result is summed in the query's term order, as a plain full scan does, so results are the same to the last bit.
   */
  search(query: string, k: number): KeywordHit[] {
    return this.searchTerms(this.analyzeText(query), k);
  }

  /** `search` on a query already analyzed with this index's analyzer (a caller that needs the terms anyway). */
  searchTerms(terms: readonly Term[], k: number): KeywordHit[] {
    const queryTerms = new Map<number, number>();
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined) queryTerms.set(id, Math.max(queryTerms.get(id) ?? 0, weight));
    }
    const want = Math.max(0, Math.floor(k));
    if (want === 0 || queryTerms.size === 0) return [];
    const ids = [...queryTerms.keys()];
    const weights = ids.map((id) => queryTerms.get(id)! * this.idf[id]!);
    const bounds = ids.map((id, i) => weights[i]! * this.maxTermFactor(id));
    const { offsets, docs, freqs100 } = this.postings;
    // Pruning is only ever weighed before a long list. Without one, every list is read, so they are read in the
    // query's order: partial scores are then summed exactly as scoreOf sums them, and need no rescoring.
    const prunable = ids.some((id) => offsets[id + 1]! - offsets[id]! >= PRUNE_MIN_POSTINGS);
    const order = ids.map((_, i) => i);
    if (prunable) order.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
    // restBound[i] / restPostings[i]: the most terms order[i..] can add to a score / how many postings they hold.
    const restBound = new Float64Array(order.length + 1);
    const restPostings = new Float64Array(order.length + 1);
    for (let i = order.length - 1; i >= 0; i--) {
      const id = ids[order[i]!]!;
      restBound[i] = restBound[i + 1]! + bounds[order[i]!]!;
      restPostings[i] = restPostings[i + 1]! + offsets[id + 1]! - offsets[id]!;
    }

    const { scores, touched, norms } = this;
    let touchedCount = 0;
    let kth = 0; // a lower bound of the k-th best final score
    const exact = new Map<number, number>(); // passages scored exactly so far
    let readSinceCheck = 0;
    let read = 0;
    for (; read < order.length; read++) {
      const t = order[read]!;
      const id = ids[t]!;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      if (touchedCount >= want && end - start >= PRUNE_MIN_POSTINGS && readSinceCheck >= touchedCount) {
        readSinceCheck = 0;
        kth = Math.max(kth, this.exactKth(touchedCount, want, ids, weights, exact));
        const bar = kth * (1 - SLACK);
        if (restBound[read]! < bar) {
          // Stop when looking the rest up for the passages that can still make it costs less than reading it.
          let open = 0;
          for (let i = 0; i < touchedCount; i++) if (scores[touched[i]!]! + restBound[read]! >= bar) open++;
          if (open * LOOKUPS_PER_OPEN * LOOKUP_COST < restPostings[read]!) break;
        }
      }
      const weight = weights[t]!;
      for (let j = start; j < end; j++) {
        const doc = docs[j]!;
        const f = freqs100[j]! / 100;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] = scores[doc]! + weight * ((f * (K1 + 1)) / (f + norms[doc]!));
      }
      readSinceCheck += end - start;
    }
    this.lastSearch.postingsHeld = restPostings[0]!;
    this.lastSearch.postingsRead = restPostings[0]! - restPostings[read]!;
    const unread = restBound[read]!;
    if (read === order.length && touchedCount >= want) kth = Math.max(kth, kthLargest(this.scores, this.touched, touchedCount, want));
    const top = new TopK(Math.min(want, touchedCount));
    let bar = touchedCount >= want ? kth * (1 - SLACK) : -Infinity;
    // Passages already scored exactly go in first; the others must beat them.
    for (const [doc, score] of exact) {
      top.offer(doc, score);
      scores[doc] = -1; // done: partial scores are never negative
    }
    if (top.full) bar = Math.max(bar, top.worstScore * (1 - SLACK));
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      let bound = scores[doc]! + unread;
      if (scores[doc]! < 0) continue;
      if (bound < bar) continue;
      // Tighten the bound with the unread terms, most valuable first, until it clears or falls below the bar.
      for (let u = read; u < order.length && bound >= bar; u++) {
        const t = order[u]!;
        const at = this.lookup.find(ids[t]!, doc);
        bound -= bounds[t]!;
        if (at >= 0) {
          const f = freqs100[at]! / 100;
          bound += weights[t]! * ((f * (K1 + 1)) / (f + norms[doc]!));
        }
      }
      if (bound < bar) continue;
      top.offer(doc, prunable ? this.scoreOf(doc, ids, weights) : scores[doc]!);
      if (top.full) bar = Math.max(bar, top.worstScore * (1 - SLACK));
    }
    for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
    return top.sorted();
  }

  /** The exact scores of the k passages with the best partial scores: the least of them bounds the k-th best. */
  private exactKth(touchedCount: number, k: number, ids: number[], weights: number[], exact: Map<number, number>): number {
    // The k-th best partial score first (one comparison per passage), then the passages that reach it.
    const threshold = kthLargest(this.scores, this.touched, touchedCount, k);
    let least = Infinity;
    let taken = 0;
    for (let i = 0; i < touchedCount && taken < k; i++) {
      const doc = this.touched[i]!;
      if (this.scores[doc]! < threshold) continue;
      taken++;
      let score = exact.get(doc);
      if (score === undefined) exact.set(doc, (score = this.scoreOf(doc, ids, weights)));
      least = Math.min(least, score);
    }
    return least;
  }

  /** A passage's BM25 score, summed over the query's terms in the query's order. */
  private scoreOf(doc: number, ids: number[], weights: number[]): number {
    let score = 0;
    const norm = this.norms[doc]!;
    for (let t = 0; t < ids.length; t++) {
      const at = this.lookup.find(ids[t]!, doc);
      if (at < 0) continue;
      const f = this.postings.freqs100[at]! / 100;
      score = score + weights[t]! * ((f * (K1 + 1)) / (f + norm));
    }
    return score;
  }

  /** The largest (f * (K1 + 1)) / (f + norm) over a term's postings: with the query weight, its most a passage gains. */
  private maxTermFactor(id: number): number {
    let max = this.maxFactors[id]!;
    if (max >= 0) return max;
    const { offsets, docs, freqs100 } = this.postings;
    max = 0;
    for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) {
      const f = freqs100[j]! / 100;
      const x = (f * (K1 + 1)) / (f + this.norms[docs[j]!]!);
      if (x > max) max = x;
    }
    this.maxFactors[id] = max;
    return max;
  }

}
