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

  /** Appends a batch given as KeywordIndexBuilder.finishRuns gives it (its terms numbered within the batch). */
  add(terms: string[], runOffsets: Int32Array, runTerms: Uint32Array, runFreqs: Uint32Array, lengths100: Uint32Array): void {
    const n = lengths100.length;
    if (runOffsets.length !== n + 1) throw new Error(`keyword runs of ${runOffsets.length - 1} passages for ${n} lengths`);
    const map = new Int32Array(terms.length).fill(-1);
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
