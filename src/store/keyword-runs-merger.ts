/**
 * The keyword postings of a threaded build, from the analysis threads' batches of runs (in corpus order): the
 * postings and term numbers that KeywordIndexBuilder.addRuns, then finishPostings, give, without copying every run
 * into one growing array first. Each batch's runs are kept as they came, with its terms' numbers here and each
 * term's passage count kept up to date as the batch is added, so finishing is a single scattering pass. At a
 * million passages that spares copying ~135 million runs (and the arrays doubled to hold them), the counting pass,
 * and the pass that narrowed the frequencies afterwards: frequencies come out in two bytes when every one fits,
 * as writeKeywordFile would store them (the same bytes).
 */
import type { KeywordPostings } from "../retrieval/keyword-index-types.js";

interface Batch {
  /** Batch term number -> this merger's. */
  map: Int32Array;
  runOffsets: Int32Array;
  runTerms: Uint32Array;
  runFreqs: Uint32Array;
  /** The batch's first passage number in the build. */
  first: number;
}

export class KeywordRunsMerger {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Passages holding each term, so far. */
  private counts = new Int32Array(1 << 16);
  private readonly batches: Batch[] = [];
  private readonly lengths: Uint32Array[] = [];
  private passages = 0;
  private postings = 0;
  private maxFreq = 0;

  /**
   * Appends a batch given as KeywordIndexBuilder.finishRuns gives it: runs over `terms`. `map` (the batch's term
   * number -> this merger's, -1 where not yet known) may be kept from batch to batch when their numbers go on from
   * one to the next (a thread's: TermTable), so each term is looked up here once, not once a batch.
   */
  add(terms: string[], runOffsets: Int32Array, runTerms: Uint32Array, runFreqs: Uint32Array, lengths100: Uint32Array, map = new Int32Array(terms.length).fill(-1)): void {
    const n = lengths100.length;
    if (runOffsets.length !== n + 1) throw new Error(`keyword runs of ${runOffsets.length - 1} passages for ${n} lengths`);
    if (map.length < terms.length) throw new Error(`a term map of ${map.length} for ${terms.length} terms`);
    let counts = this.counts;
    let maxFreq = this.maxFreq;
    // Runs in passage order, each in its own order: terms get their numbers at first use, as addRuns gives them.
    for (let p = 0; p < n; p++) {
      for (let j = runOffsets[p]!, end = runOffsets[p + 1]!; j < end; j++) {
        const local = runTerms[j]!;
        let id = map[local]!;
        if (id < 0) {
          id = map[local] = this.intern(terms[local]!);
          counts = this.counts;
        }
        counts[id]!++;
        if (runFreqs[j]! > maxFreq) maxFreq = runFreqs[j]!;
      }
      this.postings += runOffsets[p + 1]! - runOffsets[p]!;
    }
    this.maxFreq = maxFreq;
    this.batches.push({ map, runOffsets, runTerms, runFreqs, first: this.passages });
    this.lengths.push(lengths100);
    this.passages += n;
  }

  /** The postings; the batches are let go. */
  finish(): KeywordPostings {
    const { terms } = this;
    const offsets = new Int32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + this.counts[t]!;
    const docs = new Int32Array(this.postings);
    const freqs100 = this.maxFreq <= 0xffff ? new Uint16Array(this.postings) : new Uint32Array(this.postings);
    const cursor = offsets.slice(0, terms.length);
    for (const batch of this.batches.splice(0)) {
      const { map, runOffsets, runTerms, runFreqs, first } = batch;
      for (let p = 0; p + 1 < runOffsets.length; p++) {
        const doc = first + p;
        for (let j = runOffsets[p]!, end = runOffsets[p + 1]!; j < end; j++) {
          const at = cursor[map[runTerms[j]!]!]!++;
          docs[at] = doc;
          freqs100[at] = runFreqs[j]!;
        }
      }
    }
    const lengths100 = new Uint32Array(this.passages);
    let at = 0;
    for (const l of this.lengths.splice(0)) {
      lengths100.set(l, at);
      at += l.length;
    }
    this.counts = new Int32Array(0);
    return { terms, offsets, docs, freqs100, lengths100 };
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      if (id >= this.counts.length) {
        const counts = new Int32Array(this.counts.length * 2);
        counts.set(this.counts);
        this.counts = counts;
      }
    }
    return id;
  }
}

/**
 * An analysis thread's terms as the build learns them, batch by batch: term numbers go on from one batch to the
 * next (termNumber, in the thread), each batch bringing the strings numbered since the previous one. Batches may
 * arrive out of order; their strings are taken in number order, as far as they reach without a gap.
 */
export class TermTable {
  readonly terms: string[] = [];
  /** Thread term number -> the merger's id, -1 where not yet known: KeywordRunsMerger.add's `map`. */
  map = new Int32Array(1 << 12).fill(-1);
  private readonly pending = new Map<number, string[]>();

  /** Takes the strings a batch brought: those numbered `first` on. */
  receive(first: number, terms: string[]): void {
    this.pending.set(first, terms);
    for (let next = this.pending.get(this.terms.length); next; next = this.pending.get(this.terms.length)) {
      this.pending.delete(this.terms.length);
      for (const term of next) this.terms.push(term);
    }
    if (this.terms.length > this.map.length) {
      const map = new Int32Array(Math.max(this.terms.length, this.map.length * 2)).fill(-1);
      map.set(this.map);
      this.map = map;
    }
  }
}
