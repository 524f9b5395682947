/**
 * BM25 keyword ranking over the analyzed terms of each passage (both languages, city and speaker names).
 * Postings live in typed arrays; a query reuses one score buffer, so a search allocates nothing corpus-sized.
 */
import { analyze } from "./tokenize.js";
import type { TermAnalyzer } from "./terms.js";

const K1 = 1.2;
const B = 0.75;

export interface KeywordHit {
  index: number;
  score: number;
}

export interface KeywordIndexData {
  terms: string[];
  /** Per term, the passage indexes that contain it (ascending) and the term's weighted frequency there. */
  docs: number[][];
  freqs: number[][];
  lengths: number[];
}

export class KeywordIndex {
  private readonly termIds = new Map<string, number>();
  private readonly idf: Float64Array;
  private readonly avgLength: number;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  private constructor(
    private readonly data: KeywordIndexData,
    private readonly analyzeText: TermAnalyzer,
  ) {
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    const n = data.lengths.length;
    this.idf = new Float64Array(data.terms.length);
    data.docs.forEach((list, i) => {
      this.idf[i] = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    });
    this.avgLength = n ? data.lengths.reduce((a, b) => a + b, 0) / n : 1;
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  static build(texts: string[], analyzeText: TermAnalyzer = analyze): KeywordIndex {
    const termIds = new Map<string, number>();
    const data: KeywordIndexData = { terms: [], docs: [], freqs: [], lengths: [] };
    texts.forEach((text, index) => {
      const tf = new Map<number, number>();
      let length = 0;
      for (const { term, weight } of analyzeText(text)) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = data.terms.length;
          termIds.set(term, id);
          data.terms.push(term);
          data.docs.push([]);
          data.freqs.push([]);
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
        length += weight;
      }
      for (const [id, f] of tf) {
        data.docs[id]!.push(index);
        data.freqs[id]!.push(Math.round(f * 100) / 100);
      }
      data.lengths.push(Math.round(length * 100) / 100);
    });
    return new KeywordIndex(data, analyzeText);
  }

  static fromData(data: KeywordIndexData, analyzeText: TermAnalyzer = analyze): KeywordIndex {
    return new KeywordIndex(data, analyzeText);
  }

  toData(): KeywordIndexData {
    return this.data;
  }

  get size(): number {
    return this.data.lengths.length;
  }

  /** Inverse document frequency of a term, or the maximum when the corpus never uses it. */
  idfOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? Math.log(1 + (this.size + 0.5) / 0.5) : this.idf[id]!;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  search(query: string, k: number): KeywordHit[] {
    const queryTerms = new Map<number, number>();
    for (const { term, weight } of this.analyzeText(query)) {
      const id = this.termIds.get(term);
      if (id !== undefined) queryTerms.set(id, Math.max(queryTerms.get(id) ?? 0, weight));
    }
    let touchedCount = 0;
    for (const [id, qWeight] of queryTerms) {
      const docs = this.data.docs[id]!;
      const freqs = this.data.freqs[id]!;
      const idf = this.idf[id]!;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        const f = freqs[j]!;
        const norm = K1 * (1 - B + (B * this.data.lengths[doc]!) / this.avgLength);
        if (this.scores[doc] === 0) this.touched[touchedCount++] = doc;
        this.scores[doc]! += qWeight * idf * ((f * (K1 + 1)) / (f + norm));
      }
    }
    const hits: KeywordHit[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i]!;
      hits.push({ index: doc, score: this.scores[doc]! });
      this.scores[doc] = 0;
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits.slice(0, k);
  }
}
