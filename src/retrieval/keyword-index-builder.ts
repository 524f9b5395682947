/**
 * Builds a KeywordIndex passage by passage: from text (analyzed here), from terms already analyzed, or copied from
 * a previous index, so an incremental ingest analyzes only the passages that changed. Either way a passage's
 * postings come out the same. Postings are gathered as per-passage runs, then bucketed by term in one pass.
 */
import type { KeywordPostings, PostingsSource } from "./keyword-index-types.js";
import type { TermAnalyzer } from "./terms.js";
import { analyze, SharedTerm, type Term } from "./tokenize.js";

export class KeywordIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** This builder's id of each term number (termNumber, tokenize.ts), plus one; zero where not yet seen. */
  private idByNumber = new Int32Array(1 << 12);
  /** The number of each id added by addTerms (the other ways of adding leave none). */
  private readonly numberOfId: number[] = [];
  /** Per passage a marker (NO_TERM, passage number) followed by its (term id, frequency x 100) pairs. */
  private runTerms = new Uint32Array(1 << 16);
  private runFreqs = new Uint32Array(1 << 16);
  private count = 0;
  private lengths100 = new Uint32Array(1 << 10);
  private passages = 0;
  /** Term frequency of the passage being added, by term id, and the ids it used in first-use order. */
  private tf = new Float64Array(1 << 10);
  private stamp = new Int32Array(1 << 10);
  private used: number[] = [];
  /** For copying: a previous index's passage runs and its term ids mapped to this builder's. */
  private source: { index: PostingsSource; runs: ReturnType<typeof passageRuns>; termMap: Int32Array } | null = null;

  constructor(private readonly analyzeText: TermAnalyzer = analyze) {}

  addText(text: string): void {
    this.addTerms(this.analyzeText(text));
  }

  /** Adds a passage from its analyzed terms (what the builder's analyzer gives for its text). */
  addTerms(terms: Iterable<Term>): void {
    let length = 0;
    for (const t of terms) {
      const weight = t.weight;
      // By the term's number (kept on a shared term): a typed-array read instead of a map lookup per occurrence.
      const n = SharedTerm.numberOf(t);
      let id = n < this.idByNumber.length ? this.idByNumber[n]! - 1 : -1;
      if (id < 0) id = this.internNumbered(t.term, n);
      if (this.stamp[id] !== this.passages + 1) {
        this.stamp[id] = this.passages + 1;
        this.used.push(id);
      }
      this.tf[id] = this.tf[id]! + weight;
      length += weight;
    }
    this.reserve(this.used.length + 1);
    this.startPassage(Math.round(length * 100));
    for (const id of this.used) {
      this.runTerms[this.count] = id;
      this.runFreqs[this.count++] = Math.round(this.tf[id]! * 100);
      this.tf[id] = 0;
    }
    this.used = [];
  }

  /** Adds passage `passage` of `index` as it was indexed there. */
  addFrom(index: PostingsSource, passage: number): void {
    if (this.source?.index !== index) {
      const terms = index.toPostings().terms;
      this.source = { index, runs: passageRuns(index.toPostings()), termMap: new Int32Array(terms.length).fill(-1) };
    }
    const { runs, termMap } = this.source;
    const sourceTerms = index.toPostings().terms;
    const start = runs.offsets[passage]!;
    const end = runs.offsets[passage + 1]!;
    this.reserve(end - start + 1);
    this.startPassage(index.toPostings().lengths100[passage]!);
    for (let j = start; j < end; j++) {
      const old = runs.terms[j]!;
      let id = termMap[old]!;
      if (id < 0) id = termMap[old] = this.intern(sourceTerms[old]!);
      this.runTerms[this.count] = id;
      this.runFreqs[this.count++] = runs.freqs100[j]!;
    }
  }

  /**
   * The passages added so far as runs (per passage its distinct terms, by this builder's numbers in first-use
   * order, and their frequencies x 100), with the terms: what an analysis thread posts back for `addRuns`.
   */
  finishRuns(): { terms: string[]; runOffsets: Int32Array; runTerms: Uint32Array; runFreqs: Uint32Array; lengths100: Uint32Array } {
    const { runTerms, runFreqs, count } = this;
    const runOffsets = new Int32Array(this.passages + 1);
    const terms = new Uint32Array(count - this.passages);
    const freqs = new Uint32Array(count - this.passages);
    let out = 0;
    let passage = -1;
    for (let i = 0; i < count; i++) {
      if (runTerms[i] === NO_TERM) {
        if (passage >= 0) runOffsets[passage + 1] = out;
        passage = runFreqs[i]!;
        continue;
      }
      terms[out] = runTerms[i]!;
      freqs[out++] = runFreqs[i]!;
    }
    if (passage >= 0) runOffsets[passage + 1] = out;
    return { terms: this.terms, runOffsets, runTerms: terms, runFreqs: freqs, lengths100: this.lengths100.slice(0, this.passages) };
  }

  /**
   * finishRuns with each term given as its number (termNumber, this thread's) instead of this builder's id, for
   * passages added by addTerms: an analysis thread sends these, so the build learns each of the thread's terms
   * once (termsNumberedFrom), not once in every batch.
   */
  finishRunsByNumber(): { runOffsets: Int32Array; runTerms: Uint32Array; runFreqs: Uint32Array; lengths100: Uint32Array } {
    const { runOffsets, runTerms, runFreqs, lengths100 } = this.finishRuns();
    const numbers = new Uint32Array(runTerms.length);
    for (let j = 0; j < runTerms.length; j++) {
      const n = this.numberOfId[runTerms[j]!];
      if (n === undefined) throw new Error(`term ${this.terms[runTerms[j]!]} was not added by addTerms: it has no number`);
      numbers[j] = n;
    }
    return { runOffsets, runTerms: numbers, runFreqs, lengths100 };
  }

  /**
   * Appends passages given as runs over `terms` (what finishRuns gives): the same postings, and the same term
   * numbers, as adding those passages' terms here one by one.
   */
  addRuns(terms: string[], runOffsets: Int32Array, runTerms: Uint32Array, runFreqs: Uint32Array, lengths100: Uint32Array): void {
    const map = new Int32Array(terms.length).fill(-1);
    for (let p = 0; p + 1 < runOffsets.length; p++) {
      const start = runOffsets[p]!;
      const end = runOffsets[p + 1]!;
      this.reserve(end - start + 1);
      this.startPassage(lengths100[p]!);
      for (let j = start; j < end; j++) {
        const local = runTerms[j]!;
        let id = map[local]!;
        if (id < 0) id = map[local] = this.intern(terms[local]!);
        this.runTerms[this.count] = id;
        this.runFreqs[this.count++] = runFreqs[j]!;
      }
    }
  }

  /** The postings (what a build writes); KeywordIndex.fromPostings adds the search structures. */
  finishPostings(): KeywordPostings {
    const { terms, runTerms, runFreqs, count } = this;
    const offsets = new Int32Array(terms.length + 1);
    for (let i = 0; i < count; i++) if (runTerms[i] !== NO_TERM) offsets[runTerms[i]! + 1]!++;
    for (let t = 0; t < terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const docs = new Int32Array(offsets[terms.length]!);
    const freqs100 = new Uint32Array(docs.length);
    const cursor = offsets.slice(0, terms.length);
    let doc = 0;
    for (let i = 0; i < count; i++) {
      const id = runTerms[i]!;
      if (id === NO_TERM) {
        doc = runFreqs[i]!;
        continue;
      }
      const at = cursor[id]!++;
      docs[at] = doc;
      freqs100[at] = runFreqs[i]!;
    }
    const lengths100 = this.lengths100.slice(0, this.passages);
    return { terms, offsets, docs, freqs100, lengths100 };
  }

  /** intern(term), remembered under the term's number (stored plus one: zero is "not yet"). */
  private internNumbered(term: string, n: number): number {
    if (n >= this.idByNumber.length) {
      const next = new Int32Array(Math.max(n + 1, this.idByNumber.length * 2));
      next.set(this.idByNumber);
      this.idByNumber = next;
    }
    const id = this.intern(term);
    this.idByNumber[n] = id + 1;
    this.numberOfId[id] = n;
    return id;
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      if (id >= this.tf.length) {
        const tf = new Float64Array(this.tf.length * 2);
        tf.set(this.tf);
        this.tf = tf;
        const stamp = new Int32Array(this.stamp.length * 2);
        stamp.set(this.stamp);
        this.stamp = stamp;
      }
    }
    return id;
  }

  private startPassage(length100: number): void {
    if (this.passages >= this.lengths100.length) this.lengths100 = grow(this.lengths100, this.passages + 1);
    this.lengths100[this.passages] = length100;
    this.runTerms[this.count] = NO_TERM;
    this.runFreqs[this.count++] = this.passages++;
  }

  private reserve(extra: number): void {
    if (this.count + extra <= this.runTerms.length) return;
    this.runTerms = grow(this.runTerms, this.count + extra);
    this.runFreqs = grow(this.runFreqs, this.count + extra);
  }
}

/** Per passage, its terms and frequencies (term order by id): postings turned inside out, for reuse. */
function passageRuns(postings: KeywordPostings): { offsets: Int32Array; terms: Int32Array; freqs100: Uint32Array } {
  const { offsets, docs, freqs100, lengths100 } = postings;
  const runOffsets = new Int32Array(lengths100.length + 1);
  for (let j = 0; j < docs.length; j++) runOffsets[docs[j]! + 1]!++;
  for (let d = 0; d < lengths100.length; d++) runOffsets[d + 1]! += runOffsets[d]!;
  const cursor = runOffsets.slice(0, lengths100.length);
  const terms = new Int32Array(docs.length);
  const freqs = new Uint32Array(docs.length);
  for (let t = 0; t + 1 < offsets.length; t++) {
    for (let j = offsets[t]!, end = offsets[t + 1]!; j < end; j++) {
      const at = cursor[docs[j]!]!++;
      terms[at] = t;
      freqs[at] = freqs100[j]!;
    }
  }
  return { offsets: runOffsets, terms, freqs100: freqs };
}

const NO_TERM = 0xffffffff;

function grow(array: Uint32Array, needed: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
