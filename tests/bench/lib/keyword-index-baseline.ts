/** The BM25 search as it was before round 6 (commit adf0d29), frozen for bm25-check.ts to time and compare against. */
/**
 * BM25 keyword ranking over the analyzed terms of each passage (both languages, city and speaker names).
 * Postings live in flat typed arrays (one offsets table, one passage array, one frequency array), so a 100k-passage
 * index is a handful of allocations that load straight from a file. A query sums scores window by window into one
 * small buffer and keeps only the best k in a small heap, so a search allocates nothing corpus-sized.
 */
import { KeywordIndexBuilder } from "../../../src/retrieval/keyword-index-builder.js";
import { plainPostings, type CodedKeywordPostings, type KeywordHit, type KeywordIndexData, type KeywordPostings } from "../../../src/retrieval/keyword-index-types.js";
import type { TermAnalyzer } from "../../../src/retrieval/terms.js";
import { analyze, type Term } from "../../../src/retrieval/tokenize.js";
import { PostingLookup } from "../../../src/retrieval/posting-lookup.js";
import { TopK } from "../../../src/retrieval/top-k.js";

const K1 = 1.2;
const B = 0.75;
/** Passages summed at a time: the accumulator stays in cache, and the bar is raised between windows. */
const WINDOW = 4096;
/**
 * Passages per block of a term's "block maxima" (its largest BM25 factor among them): a passage is weighed against
 * what the lazy terms can add in its own block, far less than their largest anywhere for the common terms of a
 * 60-term question (block-max MaxScore).
 */
const BLOCK_BITS = 8;
const BLOCK = 1 << BLOCK_BITS;
/**
 * Terms with at least this many postings keep their block maxima once computed (one byte per block: 4 KB a term at
 * a million passages, ~14 MB for the ~3,400 such terms of the 1M corpus), and `warmUp` computes them after start;
 * the maxima of shorter lists, cheap to compute, are kept for the BLOCK_MAXIMA_KEPT most recent terms.
 */
const LONG_LIST = 4096;
const BLOCK_MAXIMA_KEPT = 2048;
/** Block maxima are stored as multiples of 1/255 of a term's largest factor, rounded up (a bound, never below). */
const LEVELS = 255;
/** Above 1 by more than float32 rounds off, so a stored maximum never falls below the true one. */
const ROUND_UP = 1 + 1e-6;
/** Room for rounding: partial scores are summed in another order than final ones. */
const SLACK = 1e-9;


export class BaselineKeywordIndex {
  private readonly termIds = new Map<string, number>();
  private readonly idf: Float64Array;
  /** Per passage, BM25's length normalisation K1 * (1 - B + B * length / average). */
  private readonly norms: Float64Array;
  /** One window's partial scores (zero between searches). */
  private readonly windowScores = new Float64Array(WINDOW);
  /** Per term, its largest BM25 term-frequency factor over its postings; computed on first use (-1 until then). */
  private readonly maxFactors: Float64Array;
  /**
   * Per term, its largest BM25 factor in each block of BLOCK passages, in steps of blockSteps[term] (rounded up):
   * long lists' kept for good, short ones' for recently searched terms.
   */
  private readonly longMaxima = new Map<number, Uint8Array>();
  private readonly shortMaxima = new Map<number, Uint8Array>();
  private readonly blockSteps: Float64Array;
  /** Per block, the largest factor of the term being measured (scratch space for computeMaxima). */
  private blockScratch = new Float64Array(0);
  private readonly lookup: PostingLookup;
  /**
   * The last search's postings: how many it read through (the essential lists', window by window), against how many
   * the query's terms hold in all. Less read than held means pruning skipped postings (what tests check it does).
   */
  readonly lastSearch = { postingsRead: 0, postingsHeld: 0 };

  /** Each posting's frequency in hundredths, or (when `freqValues` is set) its code into freqValues. */
  private readonly freqs: Uint32Array | Uint16Array | Uint8Array;
  /** Coded frequencies' values, divided by 100 (the same doubles as `freqs100[j] / 100`). */
  private readonly freqValues: Float64Array | null;
  private plain: KeywordPostings | undefined;

  private constructor(
    private readonly postings: KeywordPostings | CodedKeywordPostings,
    private readonly analyzeText: TermAnalyzer,
  ) {
    const { terms, offsets, lengths100 } = postings;
    if ("freqCodes" in postings) {
      this.freqs = postings.freqCodes;
      this.freqValues = Float64Array.from(postings.freqTable, (f) => f / 100);
    } else {
      this.freqs = postings.freqs100;
      this.freqValues = null;
    }
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
    this.maxFactors = new Float64Array(terms.length).fill(-1);
    this.blockSteps = new Float64Array(terms.length);

    this.lookup = new PostingLookup(postings);
  }

  static build(texts: string[], analyzeText: TermAnalyzer = analyze): BaselineKeywordIndex {
    const builder = new KeywordIndexBuilder(analyzeText);
    for (const text of texts) builder.addText(text);
    return BaselineKeywordIndex.fromPostings(builder.finishPostings(), analyzeText, false);
  }

  /**
   * From the portable (Worker) form or the flat (build folder) form; `checked: false` skips the flat form's
   * consistency check, for postings its reader already checked (readKeywordPostings does).
   */
  static fromData(data: KeywordIndexData | KeywordPostings | CodedKeywordPostings, analyzeText: TermAnalyzer = analyze, checked = true): BaselineKeywordIndex {
    if ("offsets" in data) return BaselineKeywordIndex.fromPostings(data, analyzeText, checked);
    const offsets = new Int32Array(data.terms.length + 1);
    data.docs.forEach((list, t) => (offsets[t + 1] = offsets[t]! + list.length));
    const docs = new Int32Array(offsets[data.terms.length]!);
    const freqs100 = new Uint32Array(docs.length);
    data.docs.forEach((list, t) => {
      docs.set(list, offsets[t]!);
      data.freqs[t]!.forEach((f, j) => (freqs100[offsets[t]! + j] = Math.round(f * 100)));
    });
    const lengths100 = Uint32Array.from(data.lengths, (l) => Math.round(l * 100));
    return new BaselineKeywordIndex({ terms: data.terms, offsets, docs, freqs100, lengths100 }, analyzeText);
  }

  /** `checked: false` skips the consistency check, for postings just built in this process. */
  static fromPostings(postings: KeywordPostings | CodedKeywordPostings, analyzeText: TermAnalyzer = analyze, checked = true): BaselineKeywordIndex {
    if (checked) BaselineKeywordIndex.checkPostings(postings);
    return new BaselineKeywordIndex(postings, analyzeText);
  }

  /**
   * Throws unless the parts of a flat index agree (a damaged file fails at load, not mid-query): sizes, list bounds,
   * and each list's first and last passage within range (lists are ascending, which the build's checksums vouch
   * for; a check of every posting cost half a second at a million passages).
   */
  static checkPostings(postings: KeywordPostings | CodedKeywordPostings): void {
    const { terms, offsets, docs, lengths100 } = postings;
    const freqs = "freqCodes" in postings ? postings.freqCodes : postings.freqs100;
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== docs.length || freqs.length !== docs.length) {
      throw new Error(`keyword postings do not add up (${terms.length} terms, ${docs.length} postings)`);
    }
    const n = lengths100.length;
    for (let t = 0; t < terms.length; t++) {
      const start = offsets[t]!;
      const end = offsets[t + 1]!;
      if (start > end) throw new Error(`keyword postings of term ${t} are out of order`);
      if (start < end && (docs[start]! < 0 || docs[end - 1]! >= n || docs[start]! > docs[end - 1]!)) {
        throw new Error(`keyword posting points outside the ${n} passages`);
      }
    }
  }

  /** The portable form (nested arrays), for the Worker bundle. */
  toData(): KeywordIndexData {
    const { terms, offsets, docs, freqs100, lengths100 } = this.toPostings();
    return {
      terms,
      docs: terms.map((_, t) => Array.from(docs.subarray(offsets[t]!, offsets[t + 1]!))),
      freqs: terms.map((_, t) => Array.from(freqs100.subarray(offsets[t]!, offsets[t + 1]!), (f) => f / 100)),
      lengths: Array.from(lengths100, (l) => l / 100),
    };
  }

  /** The flat form, for the Node build folder. */
  toPostings(): KeywordPostings {
    // Coded frequencies are copied out once, for the rare reader that needs the plain form.
    return "freqCodes" in this.postings ? (this.plain ??= plainPostings(this.postings)) : this.postings;
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
   * word with the query ("MaxScore", document at a time): passages are visited in index order through the lists of
   * the terms that can still lift a passage to the k-th best score (the "essential" ones); the other terms, whose
   * bounds together fall short of it, are only looked up (a forward search in their lists) for passages whose bound
   * still clears it. As the k-th best score rises, more terms stop being essential and their lists are skipped.
   * Every score that enters the result is summed in the query's term order, as a plain full scan does, so results
   * are the same to the last bit.
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
    const { offsets, docs } = this.postings;
    const freqs = this.freqs;
    const table = this.freqValues;
    const norms = this.norms;
    const m = queryTerms.size;
    // Query order (t) for summing; bound order (ascending, o) for pruning.
    const ids = new Int32Array(m);
    const weights = new Float64Array(m);
    const bounds = new Float64Array(m);
    let t = 0;
    for (const [id, weight] of queryTerms) {
      ids[t] = id;
      weights[t] = weight * this.idf[id]!;
      bounds[t] = weights[t]! * this.maxTermFactor(id);
      t++;
    }
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => bounds[a]! - bounds[b]! || a - b);
    // below[o]: the most the terms order[0 .. o) can add together.
    const below = new Float64Array(m + 1);
    for (let o = 0; o < m; o++) below[o + 1] = below[o]! + bounds[order[o]!]!;
    // Per term (query order): its cursor in its list and where the list ends.
    const pos = new Int32Array(m);
    const look = new Int32Array(m);
    // Per term, the most it adds to a passage of each block (a bound a little above, in 32 bits).
    const blockMax = Array.from(ids, (id) => this.blockFactors(id));
    // A block's stored maximum times this is the most the term adds to a passage of the block.
    const blockWeights = Float64Array.from(ids, (id, i) => weights[i]! * this.blockSteps[id]!);
    const blockBase = new Float64Array(WINDOW / BLOCK);
    const end = new Int32Array(m);
    let held = 0;
    for (let i = 0; i < m; i++) {
      pos[i] = look[i] = offsets[ids[i]!]!;
      end[i] = offsets[ids[i]! + 1]!;
      held += end[i]! - pos[i]!;
    }
    // Passages are visited window by window: the essential lists' postings in the window are summed into an
    // accumulator (term at a time, cache-friendly), then each passage whose sum plus what the other terms could add
    // still clears the bar has those terms looked up, and is scored exactly once it survives them.
    const n = norms.length;
    const acc = this.windowScores;
    const top = new TopK(want);
    // A first bar from the passages of the rarest, most valuable terms, scored exactly: the k-th best of them is at
    // most the k-th best overall, so nothing that belongs in the result falls below it.
    let bar = this.firstBar(ids, weights, order, want) * (1 - SLACK);
    let lazy = 0; // terms order[0 .. lazy) are not essential: looked up, never iterated
    while (lazy < m && below[lazy + 1]! < bar) lazy++;
    let read = 0;
    for (let w0 = 0; w0 < n; w0 += WINDOW) {
      const w1 = Math.min(n, w0 + WINDOW);
      const lz = lazy;
      // Per block of the window, the most the lazy terms can add to one of its passages.
      const firstBlock = w0 >> BLOCK_BITS;
      const blocks = ((w1 - w0 + BLOCK - 1) >> BLOCK_BITS);
      blockBase.fill(0);
      for (let o = 0; o < lz; o++) {
        const i = order[o]!;
        const weight = blockWeights[i]!;
        const maxima = blockMax[i]!;
        for (let bb = 0; bb < blocks; bb++) blockBase[bb] = blockBase[bb]! + weight * maxima[firstBlock + bb]!;
      }
      let any = false;
      for (let o = lz; o < m; o++) {
        const i = order[o]!;
        const weight = weights[i]!;
        let at = pos[i]!;
        const stop = end[i]!;
        const from = at;
        while (at < stop) {
          const doc = docs[at]!;
          if (doc >= w1) break;
          const f = table ? table[freqs[at]!]! : freqs[at]! / 100;
          acc[doc - w0] = acc[doc - w0]! + weight * ((f * (K1 + 1)) / (f + norms[doc]!));
          at++;
        }
        if (at > from) any = true;
        read += at - from;
        // The exact score looks this term up again from the window's start.
        look[i] = from;
        pos[i] = at;
      }
      if (!any) {
        // No essential posting left in this window; none in any later one when every essential list is done.
        let more = false;
        for (let o = lz; o < m && !more; o++) more = pos[order[o]!]! < end[order[o]!]!;
        if (!more) break;
        continue;
      }
      for (let d = 0; d < w1 - w0; d++) {
        const sum = acc[d]!;
        if (sum === 0) continue;
        acc[d] = 0;
        let bound = sum + blockBase[d >> BLOCK_BITS]!;
        if (bound < bar) continue;
        const doc = w0 + d;
        const norm = norms[doc]!;
        const block = doc >> BLOCK_BITS;
        // Tighten the bound with the lazy terms, the most valuable first, until it falls below the bar.
        for (let o = lz - 1; o >= 0 && bound >= bar; o--) {
          const i = order[o]!;
          bound -= blockWeights[i]! * blockMax[i]![block]!;
          const at = this.advance(look[i]!, end[i]!, doc);
          look[i] = at;
          if (at < end[i]! && docs[at]! === doc) {
            const f = table ? table[freqs[at]!]! : freqs[at]! / 100;
            bound += weights[i]! * ((f * (K1 + 1)) / (f + norm));
          }
        }
        if (bound < bar) continue;
        // Exact, summed in the query's order.
        let score = 0;
        for (let i = 0; i < m; i++) {
          const at = this.advance(look[i]!, end[i]!, doc);
          look[i] = at;
          if (at < end[i]! && docs[at]! === doc) {
            const f = table ? table[freqs[at]!]! : freqs[at]! / 100;
            score = score + weights[i]! * ((f * (K1 + 1)) / (f + norm));
          }
        }
        top.offer(doc, score);
        if (top.full) bar = Math.max(bar, top.worstScore * (1 - SLACK));
      }
      while (lazy < m && below[lazy + 1]! < bar) lazy++;
      // A term that just became lazy is looked up from where its list was read to.
      for (let o = lz; o < lazy; o++) look[order[o]!] = pos[order[o]!]!;
    }
    this.lastSearch.postingsHeld = held;
    this.lastSearch.postingsRead = read;
    return top.sorted();
  }

  /**
   * The k-th best exact score among the passages of the query's most valuable terms (those with the largest
   * bounds, taken until they hold a few times k passages), or -Infinity when they hold fewer than k.
   */
  private firstBar(ids: Int32Array, weights: Float64Array, order: number[], k: number): number {
    const { offsets, docs } = this.postings;
    const freqs = this.freqs;
    const table = this.freqValues;
    const limit = Math.max(4 * k, 64);
    const picked = new Set<number>();
    for (let o = order.length - 1; o >= 0 && picked.size < limit; o--) {
      const id = ids[order[o]!]!;
      for (let j = offsets[id]!, end = offsets[id + 1]!; j < end && picked.size < limit; j++) picked.add(docs[j]!);
    }
    if (picked.size < k) return -Infinity;
    const sorted = Int32Array.from(picked).sort();
    const at = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) at[i] = offsets[ids[i]!]!;
    const best = new TopK(k);
    for (const doc of sorted) {
      const norm = this.norms[doc]!;
      let score = 0;
      for (let i = 0; i < ids.length; i++) {
        const end = offsets[ids[i]! + 1]!;
        const j = (at[i] = this.advance(at[i]!, end, doc));
        if (j >= end || docs[j] !== doc) continue;
        const f = table ? table[freqs[j]!]! : freqs[j]! / 100;
        score = score + weights[i]! * ((f * (K1 + 1)) / (f + norm));
      }
      best.offer(doc, score);
    }
    return best.worstScore;
  }

  /** The first position in [from, end) whose passage is at least `doc` (gallop, then bisect). */
  private advance(from: number, end: number, doc: number): number {
    const docs = this.postings.docs;
    if (from >= end || docs[from]! >= doc) return from;
    let step = 1;
    let lo = from;
    let hi = from + 1;
    while (hi < end && docs[hi]! < doc) {
      lo = hi;
      step <<= 1;
      hi = lo + step;
    }
    if (hi > end) hi = end;
    // docs[lo] < doc; the answer is in (lo, hi].
    lo++;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The largest (f * (K1 + 1)) / (f + norm) over a term's postings: with the query weight, its most a passage gains. */
  private maxTermFactor(id: number): number {
    if (this.maxFactors[id]! < 0) this.computeMaxima(id);
    return this.maxFactors[id]!;
  }

  /** A term's largest factor, and its block maxima (kept as described at LONG_LIST). */
  private computeMaxima(id: number): Uint8Array {
    const { offsets, docs } = this.postings;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    // One block past the last whole one, so a window's blocks can be read without a bounds check.
    const count = (Math.ceil(this.norms.length / WINDOW) * WINDOW) >> BLOCK_BITS;
    // Zero between calls: a short list clears the blocks it touched, a long one all of them.
    if (this.blockScratch.length < count) this.blockScratch = new Float64Array(count);
    const raw = this.blockScratch;
    const max = this.freqValues
      ? codedBlockFactorMaxima(docs, this.freqs as Uint8Array, this.freqValues, this.norms, start, end, raw)
      : blockFactorMaxima(docs, this.freqs as Uint32Array | Uint16Array, this.norms, start, end, raw);
    // Steps of a little more than max / LEVELS, so that LEVELS steps are above the largest factor; each block holds
    // the number of steps at or above its largest (rounded up: a bound, never below).
    const step = (max * ROUND_UP) / LEVELS;
    const blocks = new Uint8Array(count);
    if (end - start < count >> 2) {
      for (let j = start; j < end; j++) {
        const b = docs[j]! >> BLOCK_BITS;
        if (raw[b] === 0) continue;
        blocks[b] = Math.min(LEVELS, Math.ceil(raw[b]! / step));
        raw[b] = 0;
      }
    } else {
      if (step > 0) for (let b = 0; b < count; b++) blocks[b] = Math.min(LEVELS, Math.ceil(raw[b]! / step));
      raw.fill(0, 0, count);
    }
    this.maxFactors[id] = max;
    this.blockSteps[id] = step;
    if (end - start >= LONG_LIST) this.longMaxima.set(id, blocks);
    else {
      if (this.shortMaxima.size >= BLOCK_MAXIMA_KEPT) this.shortMaxima.clear();
      this.shortMaxima.set(id, blocks);
    }
    return blocks;
  }

  /** A term's block maxima (computed with its largest factor, again if they were dropped since). */
  private blockFactors(id: number): Uint8Array {
    return this.longMaxima.get(id) ?? this.shortMaxima.get(id) ?? this.computeMaxima(id);
  }

  /**
   * Computes the block maxima of every long list ahead of the searches that need them, a slice of terms per turn of
   * the event loop (requests run between slices): at a million passages a new question's common terms otherwise
   * cost a pass over hundreds of thousands of postings each, the first time they are searched. Resolves when done.
   */
  warmUp(postingsPerSlice = 300_000): Promise<void> {
    const { offsets } = this.postings;
    const terms = this.postings.terms.length;
    let t = 0;
    return new Promise((resolve) => {
      const slice = () => {
        for (let budget = postingsPerSlice; t < terms && budget > 0; t++) {
          const df = offsets[t + 1]! - offsets[t]!;
          if (df < LONG_LIST || this.longMaxima.has(t)) continue;
          this.computeMaxima(t);
          budget -= df;
        }
        if (t < terms) setImmediate(slice);
        else resolve();
      };
      setImmediate(slice);
    });
  }

}

/**
 * Each block's largest BM25 factor (f * (K1 + 1)) / (f + norm) over postings [start, end) of a list, into `raw`
 * (zeroed), and the largest of all. A module function with one typed-array shape per call site, which V8 compiles to a tight loop.
 */
function blockFactorMaxima(docs: Int32Array, freqs100: Uint32Array | Uint16Array, norms: Float64Array, start: number, end: number, raw: Float64Array): number {
  let max = 0;
  if (freqs100 instanceof Uint16Array) {
    for (let j = start; j < end; j++) {
      const f = freqs100[j]! / 100;
      const doc = docs[j]!;
      const x = (f * (K1 + 1)) / (f + norms[doc]!);
      if (x > raw[doc >> BLOCK_BITS]!) raw[doc >> BLOCK_BITS] = x;
      if (x > max) max = x;
    }
  } else {
    for (let j = start; j < end; j++) {
      const f = freqs100[j]! / 100;
      const doc = docs[j]!;
      const x = (f * (K1 + 1)) / (f + norms[doc]!);
      if (x > raw[doc >> BLOCK_BITS]!) raw[doc >> BLOCK_BITS] = x;
      if (x > max) max = x;
    }
  }
  return max;
}

/** blockFactorMaxima over coded frequencies (`values`: each code's frequency, the same doubles). */
function codedBlockFactorMaxima(docs: Int32Array, codes: Uint8Array, values: Float64Array, norms: Float64Array, start: number, end: number, raw: Float64Array): number {
  let max = 0;
  for (let j = start; j < end; j++) {
    const f = values[codes[j]!]!;
    const doc = docs[j]!;
    const x = (f * (K1 + 1)) / (f + norms[doc]!);
    if (x > raw[doc >> BLOCK_BITS]!) raw[doc >> BLOCK_BITS] = x;
    if (x > max) max = x;
  }
  return max;
}
