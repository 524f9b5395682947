/**
 * BM25 keyword ranking over the analyzed terms of each passage (both languages, city and speaker names).
 * Postings live in flat typed arrays (one offsets table, one passage array, one frequency array), so a 100k-passage
 * index is a handful of allocations that load straight from a file. A query sums scores window by window into one
 * small buffer and keeps only the best k in a small heap, so a search allocates nothing corpus-sized.
 */
import { KeywordIndexBuilder } from "./keyword-index-builder.js";
import { plainPostings, type CodedKeywordPostings, type KeywordHit, type KeywordIndexData, type KeywordPostings } from "./keyword-index-types.js";
import type { TermAnalyzer } from "./terms.js";
import { analyze, type Term } from "./tokenize.js";
import { PostingLookup } from "./posting-lookup.js";
import { kthLargest, TopK } from "./top-k.js";

const K1 = 1.2;
const B = 0.75;
/** Passages summed at a time: the accumulator stays in cache, and the bar is raised between windows. */
const WINDOW = 4096;
const MARK_WORDS = WINDOW >> 5;
/**
 * Passages per block of a term's "block maxima" (its largest BM25 factor among them): a passage is weighed against
 * what the lazy terms can add in its own block, far less than their largest anywhere for the common terms of a
 * 60-term question (block-max MaxScore).
 */
const BLOCK_BITS = 8;
const BLOCK = 1 << BLOCK_BITS;
const BLOCKS_PER_WINDOW = WINDOW / BLOCK;
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
/** The first bar may sum at least this many postings, whatever the share of the passages (small corpora). */
const FIRST_BAR_MIN_POSTINGS = 4096;
const EMPTY_VALUES = new Float64Array(0);
/** At most this much memory for the dense forms of common terms (64 terms at a million passages). */
const DENSE_BYTES = 32 * 1024 * 1024;
/** Room for rounding: partial scores are summed in another order than final ones. */
const SLACK = 1e-9;

export type { KeywordHit, KeywordIndexData, KeywordPostings } from "./keyword-index-types.js";

export class KeywordIndex {
  private readonly termIds = new Map<string, number>();
  private readonly idf: Float64Array;
  /** Per passage, BM25's length normalisation K1 * (1 - B + B * length / average). */
  private readonly norms: Float64Array;
  /** One window's partial scores (zero between searches). */
  private readonly windowScores = new Float64Array(WINDOW);
  /** One bit per passage of the window: which have a partial score (zero between searches). */
  private readonly windowMarks = new Int32Array(MARK_WORDS);
  /** The first bar's table of partial scores: per slot, its passage (-1: free) and score (zero between searches). */
  private slotDocs: Int32Array = new Int32Array(0);
  private slotScores: Float64Array = new Float64Array(0);
  /** The slots in use, then the passages chosen from them. */
  private touched: Int32Array = new Int32Array(0);
  /**
   * Per very common term (in `denseShare` of the passages or more, the commonest first within DENSE_BYTES), its
   * frequency in every passage in four bits, two passages a byte: 0 where the passage lacks the term, else the index
   * of the frequency in its `values` (the term's own distinct frequencies, at most 15, the same doubles as its
   * postings give). A lookup is one read instead of a search in a list of a fifth to nine tenths of the passages.
   * Made by `warmUp`, after start (32 MB at a million passages; the postings stay as they are for other readers).
   */
  private readonly dense = new Map<number, { nibbles: Uint8Array; values: Float64Array }>();
  /** makeDense's scratch: per stored frequency, its code in the term being made (zero between terms). */
  private denseCodes: Uint8Array | undefined;
  static denseShare = 0.2;
  /** The share of the passages whose postings the first bar may sum (tuned on the even-numbered questions). */
  static firstBarShare = 0.005;
  /** Per term, its largest BM25 term-frequency factor over its postings; computed on first use (-1 until then). */
  private readonly maxFactors: Float64Array;
  /**
   * Per term, its largest BM25 factor in each block of BLOCK passages, in steps of stepOf(term) (rounded up):
   * long lists' kept for good, short ones' for recently searched terms.
   */
  private readonly longMaxima = new Map<number, Uint8Array>();
  private readonly shortMaxima = new Map<number, Uint8Array>();
  /** Per block, the largest factor of the term being measured (scratch space for computeMaxima). */
  private blockScratch = new Float64Array(0);
  private readonly lookup: PostingLookup;
  /**
   * The last search's postings: how many it read through (the essential lists', window by window), against how many
   * the query's terms hold in all. Less read than held means pruning skipped postings (what tests check it does).
   */
  readonly lastSearch = { postingsRead: 0, postingsHeld: 0, firstBar: -Infinity };

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

    this.lookup = new PostingLookup(postings);
  }

  static build(texts: string[], analyzeText: TermAnalyzer = analyze): KeywordIndex {
    const builder = new KeywordIndexBuilder(analyzeText);
    for (const text of texts) builder.addText(text);
    return KeywordIndex.fromPostings(builder.finishPostings(), analyzeText, false);
  }

  /**
   * From the portable (Worker) form or the flat (build folder) form; `checked: false` skips the flat form's
   * consistency check, for postings its reader already checked (readKeywordData and openKeywordPostings do).
   */
  static fromData(data: KeywordIndexData | KeywordPostings | CodedKeywordPostings, analyzeText: TermAnalyzer = analyze, checked = true): KeywordIndex {
    if ("offsets" in data) return KeywordIndex.fromPostings(data, analyzeText, checked);
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
  static fromPostings(postings: KeywordPostings | CodedKeywordPostings, analyzeText: TermAnalyzer = analyze, checked = true): KeywordIndex {
    if (checked) KeywordIndex.checkPostings(postings);
    return new KeywordIndex(postings, analyzeText);
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

  /** How many terms have a dense form so far (see `dense`): for tests and diagnostics. */
  get denseTerms(): number {
    return this.dense.size;
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
    // Query order (t) for summing; pruning order (o, below) for pruning.
    const ids = new Int32Array(m);
    const weights = new Float64Array(m);
    const bounds = new Float64Array(m);
    // Per term, the most it adds to a passage of each block (in steps; a bound, rounded up), and what one step is
    // worth with the term's weight. Made first: computing them sets the term's largest factor, which `bounds` needs.
    const blockMax: Uint8Array[] = [];
    const blockWeights = new Float64Array(m);
    // Per term, its frequencies in four bits a passage when it has a dense form, and their values.
    const denseOf: (Uint8Array | null)[] = [];
    const denseVals: Float64Array[] = [];
    // Per term: its cursor in its list (pos: read to; look: looked up to) and where the list ends.
    const pos = new Int32Array(m);
    const look = new Int32Array(m);
    const end = new Int32Array(m);
    let held = 0;
    let t = 0;
    for (const [id, weight] of queryTerms) {
      ids[t] = id;
      weights[t] = weight * this.idf[id]!;
      blockMax.push(this.blockFactors(id));
      bounds[t] = weights[t]! * this.maxFactors[id]!;
      blockWeights[t] = weights[t]! * this.stepOf(id);
      const dense = this.dense.get(id);
      denseOf.push(dense?.nibbles ?? null);
      denseVals.push(dense?.values ?? EMPTY_VALUES);
      pos[t] = look[t] = offsets[id]!;
      end[t] = offsets[id + 1]!;
      held += end[t]! - pos[t]!;
      t++;
    }
    // Pruning order (o): by bound per posting, ascending. Any set of terms whose bounds add up to less than the bar
    // may be left lazy, not only the smallest bounds: taking the long lists of small bound first leaves the most
    // postings unread for a given sum of bounds (the common terms of a long question, each in a third of all
    // passages, rather than its rare words of small weight).
    const perPosting = new Float64Array(m);
    for (let i = 0; i < m; i++) perPosting[i] = bounds[i]! / (offsets[ids[i]! + 1]! - offsets[ids[i]!]!);
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => perPosting[a]! - perPosting[b]! || a - b);
    // below[o]: the most the terms order[0 .. o) can add together.
    const below = new Float64Array(m + 1);
    for (let o = 0; o < m; o++) below[o + 1] = below[o]! + bounds[order[o]!]!;
    const blockBase = new Float64Array(BLOCKS_PER_WINDOW);
    // Per lazy term (pruning order) and block of the window, the most it adds to a passage there (the same products
    // blockBase adds up): lazyMax[o * BLOCKS_PER_WINDOW + bb].
    const lazyMax = new Float64Array(m * BLOCKS_PER_WINDOW);
    // Passages are visited window by window: the essential lists' postings in the window are summed into an
    // accumulator (term at a time, cache-friendly), then each passage whose sum plus what the other terms could add
    // still clears the bar has those terms looked up, and is scored exactly once it survives them.
    const n = norms.length;
    const acc = this.windowScores;
    const marks = this.windowMarks;
    const top = new TopK(want);
    // A first bar the k-th best score is sure to reach (see firstBar), so nothing that belongs in the result falls
    // below it. `look` served firstBar as cursors; it starts again from the lists' heads.
    let bar = this.firstBar(ids, weights, order, want, blockMax, denseOf, denseVals, look) * (1 - SLACK);
    look.set(pos);
    this.lastSearch.firstBar = bar;
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
        for (let bb = 0; bb < blocks; bb++) {
          const most = weight * maxima[firstBlock + bb]!;
          lazyMax[o * BLOCKS_PER_WINDOW + bb] = most;
          blockBase[bb] = blockBase[bb]! + most;
        }
      }
      let any = false;
      for (let o = lz; o < m; o++) {
        const i = order[o]!;
        const weight = weights[i]!;
        let at = pos[i]!;
        const stop = end[i]!;
        const from = at;
        at = table
          ? addCodedWindow(docs, freqs as Uint8Array, table, norms, acc, marks, weight, at, stop, w0, w1)
          : addPlainWindow(docs, freqs as Uint16Array | Uint32Array, norms, acc, marks, weight, at, stop, w0, w1);
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
      // The window's passages with a posting, in order, from the marks (a tenth of them or fewer at a million).
      for (let word = 0; word < MARK_WORDS; word++) {
        let bits = marks[word]!;
        if (bits === 0) continue;
        marks[word] = 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const d = (word << 5) | (31 - Math.clz32(low));
          const sum = acc[d]!;
          if (sum === 0) continue;
          acc[d] = 0;
          const bb = d >> BLOCK_BITS;
          let bound = sum + blockBase[bb]!;
          if (bound < bar) continue;
          const doc = w0 + d;
          const norm = norms[doc]!;
          // Tighten the bound with the lazy terms, the most value per posting first, until it falls below the bar; a
          // common term's frequency is read from its dense form, another's found by a forward search in its list.
          for (let o = lz - 1; o >= 0 && bound >= bar; o--) {
            const i = order[o]!;
            const most = lazyMax[o * BLOCKS_PER_WINDOW + bb]!;
            // None of the term's postings in this block (its maximum there is zero): nothing to look up.
            if (most === 0) continue;
            bound -= most;
            const nibbles = denseOf[i]!;
            if (nibbles !== null) {
              const code = (nibbles[doc >> 1]! >> ((doc & 1) << 2)) & 15;
              if (code !== 0) {
                const f = denseVals[i]![code]!;
                bound += weights[i]! * ((f * (K1 + 1)) / (f + norm));
              }
              continue;
            }
            const at = this.advance(look[i]!, end[i]!, doc);
            look[i] = at;
            if (at < end[i]! && docs[at]! === doc) {
              const f = table ? table[freqs[at]!]! : freqs[at]! / 100;
              bound += weights[i]! * ((f * (K1 + 1)) / (f + norm));
            }
          }
          if (bound < bar) continue;
          // Exact, summed in the query's order.
          top.offer(doc, this.fullScore(doc, ids, weights, blockMax, denseOf, denseVals, look));
          if (top.full) bar = Math.max(bar, top.worstScore * (1 - SLACK));
        }
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
   * A score the k-th best passage is sure to reach, or -Infinity. First the k-th best of partial scores: each
   * passage's sum over the query's terms with the most value per posting (the rare, heavy ones) whose lists fit
   * together in firstBarShare of the passages (at least FIRST_BAR_MIN_POSTINGS). Every term adds a positive amount,
   * so a passage's partial score is at most its full one, and the k-th best partial at most the k-th best full score
   * (up to rounding, which the caller's slack covers). Then the k passages with the best partial scores are scored
   * in full (`fullScore`), which can only raise it. A bar near the final one from the start keeps more terms lazy.
   */
  private firstBar(ids: Int32Array, weights: Float64Array, order: number[], k: number, blockMax: Uint8Array[], dense: (Uint8Array | null)[], denseVals: Float64Array[], cursor: Int32Array): number {
    const { offsets, docs } = this.postings;
    const freqs = this.freqs;
    const table = this.freqValues;
    const norms = this.norms;
    const budget = Math.max(FIRST_BAR_MIN_POSTINGS, Math.ceil(norms.length * KeywordIndex.firstBarShare));
    // Partial scores in a small open-addressing table (at most one passage per posting summed, so it stays at most
    // half full), not in an array of every passage: 16 K slots at a million passages instead of 8 MB.
    const bits = Math.max(4, 32 - Math.clz32(2 * budget - 1));
    if (this.slotDocs.length < 1 << bits) {
      this.slotDocs = new Int32Array(1 << bits).fill(-1);
      this.slotScores = new Float64Array(1 << bits);
      this.touched = new Int32Array(1 << bits);
    }
    const slotDocs = this.slotDocs;
    const partial = this.slotScores;
    const touched = this.touched;
    const mask = (1 << bits) - 1;
    let taken = 0;
    let count = 0;
    for (let o = order.length - 1; o >= 0; o--) {
      const i = order[o]!;
      const id = ids[i]!;
      const start = offsets[id]!;
      const stop = offsets[id + 1]!;
      // A list that does not fit is passed over: a rarer, less valuable one after it may still fit.
      if (taken + (stop - start) > budget) continue;
      taken += stop - start;
      const weight = weights[i]!;
      for (let j = start; j < stop; j++) {
        const doc = docs[j]!;
        const f = table ? table[freqs[j]!]! : freqs[j]! / 100;
        const x = weight * ((f * (K1 + 1)) / (f + norms[doc]!));
        let slot = Math.imul(doc, 0x9e3779b1) >>> (32 - bits);
        for (;;) {
          const held = slotDocs[slot]!;
          if (held === doc) break;
          if (held === -1) {
            slotDocs[slot] = doc;
            touched[count++] = slot;
            break;
          }
          slot = (slot + 1) & mask;
        }
        partial[slot] = partial[slot]! + x;
      }
    }
    const kth = count >= k ? kthLargest(partial, touched, count, k) : -Infinity;
    // The k passages with the best partial scores (ties at the edge taken in any order) are scored in full: each full
    // score is at least its partial one, so the k-th best full score among them is a bar at least as high. Their
    // numbers go to the front of `touched` as its slots are emptied.
    let ties = k;
    for (let c = 0; c < count; c++) if (partial[touched[c]!]! > kth) ties--;
    let best = 0;
    for (let c = 0; c < count; c++) {
      const slot = touched[c]!;
      const p = partial[slot]!;
      const doc = slotDocs[slot]!;
      slotDocs[slot] = -1;
      partial[slot] = 0;
      if (p > kth || (p === kth && ties-- > 0)) touched[best++] = doc;
    }
    if (count < k) return -Infinity;
    const chosen = touched.subarray(0, best).sort();
    const top = new TopK(k);
    for (let c = 0; c < best; c++) {
      const doc = chosen[c]!;
      top.offer(doc, this.fullScore(doc, ids, weights, blockMax, dense, denseVals, cursor));
    }
    return Math.max(kth, top.worstScore);
  }

  /**
   * Passage `doc`'s BM25 score over the query's terms, its lists searched forward from `cursor` (per term, where to
   * start; moved to the passage): for passages taken in ascending order.
   */
  private fullScore(doc: number, ids: Int32Array, weights: Float64Array, blockMax: Uint8Array[], dense: (Uint8Array | null)[], denseVals: Float64Array[], cursor: Int32Array): number {
    const { offsets, docs } = this.postings;
    const freqs = this.freqs;
    const table = this.freqValues;
    const norm = this.norms[doc]!;
    const block = doc >> BLOCK_BITS;
    let score = 0;
    for (let i = 0; i < ids.length; i++) {
      if (blockMax[i]![block] === 0) continue;
      const nibbles = dense[i]!;
      if (nibbles !== null) {
        const code = (nibbles[doc >> 1]! >> ((doc & 1) << 2)) & 15;
        if (code !== 0) {
          const f = denseVals[i]![code]!;
          score = score + weights[i]! * ((f * (K1 + 1)) / (f + norm));
        }
        continue;
      }
      const end = offsets[ids[i]! + 1]!;
      const at = (cursor[i] = this.advance(cursor[i]!, end, doc));
      if (at < end && docs[at]! === doc) {
        const f = table ? table[freqs[at]!]! : freqs[at]! / 100;
        score = score + weights[i]! * ((f * (K1 + 1)) / (f + norm));
      }
    }
    return score;
  }

  /**
   * Term `id`'s frequencies as four bits per passage (see `dense`), unless it has more than 15 distinct ones.
   */
  private makeDense(id: number): void {
    const { offsets, docs } = this.postings;
    const freqs = this.freqs;
    const table = this.freqValues;
    // Per stored frequency (a one-byte code or two-byte hundredths), its four-bit code; 0 until seen. An array, not a
    // Map: this runs once per posting of the commonest lists (a million-passage list in a few milliseconds).
    const codeOf = (this.denseCodes ??= new Uint8Array(65_536));
    const seen: number[] = [];
    const values = [0];
    const nibbles = new Uint8Array((this.norms.length + 1) >> 1);
    let complete = true;
    for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) {
      const raw = freqs[j]!;
      let code = raw <= 0xffff ? codeOf[raw]! : 0;
      if (code === 0) {
        // More than 15 distinct frequencies, or one past 65,535 hundredths (rare): the list is searched as before.
        if (values.length === 16 || raw > 0xffff) {
          complete = false;
          break;
        }
        code = codeOf[raw] = values.length;
        seen.push(raw);
        values.push(table ? table[raw]! : raw / 100);
      }
      const doc = docs[j]!;
      nibbles[doc >> 1] = nibbles[doc >> 1]! | (doc & 1 ? code << 4 : code);
    }
    for (const raw of seen) codeOf[raw] = 0; // zero again for the next term
    if (!complete) return;
    this.dense.set(id, { nibbles, values: Float64Array.from(values) });
  }

  /** The terms worth a dense form: in denseShare of the passages or more, the commonest first, within DENSE_BYTES. */
  private denseCandidates(): number[] {
    const { offsets } = this.postings;
    const n = this.norms.length;
    const common: number[] = [];
    for (let t = 0; t + 1 < offsets.length; t++) if (offsets[t + 1]! - offsets[t]! >= n * KeywordIndex.denseShare) common.push(t);
    common.sort((a, b) => offsets[b + 1]! - offsets[b]! - (offsets[a + 1]! - offsets[a]!) || a - b);
    return common.slice(0, Math.floor(DENSE_BYTES / Math.max(1, (n + 1) >> 1)));
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

  /** What one step of a term's block maxima is worth (before its query weight), once computeMaxima has measured it. */
  private stepOf(id: number): number {
    return (this.maxFactors[id]! * ROUND_UP) / LEVELS;
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
    this.maxFactors[id] = max;
    const step = this.stepOf(id);
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
   * Makes the dense forms of the commonest terms, then computes the block maxima of every long list, ahead of the
   * searches that need them, a slice of terms per turn of the event loop (requests run between slices): at a
   * million passages a new question's common terms otherwise cost a pass over hundreds of thousands of postings
   * each, the first time they are searched. Resolves when done.
   */
  warmUp(postingsPerSlice = 300_000): Promise<void> {
    const { offsets } = this.postings;
    const terms = this.postings.terms.length;
    let t = 0;
    // Chosen in the first slice, not here: warmUp is called before the server is ready.
    let common: number[] | undefined;
    let c = 0;
    return new Promise((resolve) => {
      const slice = () => {
        common ??= this.denseCandidates();
        for (let budget = postingsPerSlice; c < common.length && budget > 0; c++) {
          const id = common[c]!;
          if (!this.dense.has(id)) this.makeDense(id);
          budget -= offsets[id + 1]! - offsets[id]!;
        }
        if (c < common.length) {
          setImmediate(slice);
          return;
        }
        for (let budget = postingsPerSlice; t < terms && budget > 0; t++) {
          const df = offsets[t + 1]! - offsets[t]!;
          if (df < LONG_LIST) continue;
          if (this.longMaxima.has(t)) continue;
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

/**
 * Adds a list's postings [at, stop) that fall in the window [w0, w1) to the window's partial scores (each its weight
 * times its BM25 factor), marking their passages; returns the position of the first posting past the window. Module
 * functions with one frequency form each, which V8 compiles to tight loops.
 */
function addCodedWindow(docs: Int32Array, codes: Uint8Array, values: Float64Array, norms: Float64Array, acc: Float64Array, marks: Int32Array, weight: number, at: number, stop: number, w0: number, w1: number): number {
  for (; at < stop; at++) {
    const doc = docs[at]!;
    if (doc >= w1) break;
    const f = values[codes[at]!]!;
    const d = doc - w0;
    acc[d] = acc[d]! + weight * ((f * (K1 + 1)) / (f + norms[doc]!));
    marks[d >> 5] = marks[d >> 5]! | (1 << (d & 31));
  }
  return at;
}

/** addCodedWindow over frequencies in hundredths. */
function addPlainWindow(docs: Int32Array, freqs100: Uint16Array | Uint32Array, norms: Float64Array, acc: Float64Array, marks: Int32Array, weight: number, at: number, stop: number, w0: number, w1: number): number {
  for (; at < stop; at++) {
    const doc = docs[at]!;
    if (doc >= w1) break;
    const f = freqs100[at]! / 100;
    const d = doc - w0;
    acc[d] = acc[d]! + weight * ((f * (K1 + 1)) / (f + norms[doc]!));
    marks[d >> 5] = marks[d >> 5]! | (1 << (d & 31));
  }
  return at;
}
