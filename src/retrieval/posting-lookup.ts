/**
 * Finds a passage in a term's postings: what query coverage needs to know whether a passage holds a term, and what
 * BM25 needs to score one passage exactly. Lists are bisected (about 20 steps at a million passages). Bitmaps per
 * long list were tried: at a million passages each is 256 KB to build on first use, and a stream of new questions
 * kept evicting them, so a lookup cost far more than the bisection it replaced.
 */
import type { KeywordPostings } from "./keyword-index-types.js";

export class PostingLookup {
  constructor(private readonly postings: Pick<KeywordPostings, "offsets" | "docs">) {}

  /** Where passage `doc` sits in term `id`'s postings, or -1. */
  find(id: number, doc: number): number {
    const { offsets, docs } = this.postings;
    let lo = offsets[id]!;
    let hi = offsets[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid]!;
      if (d === doc) return mid;
      if (d < doc) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}
