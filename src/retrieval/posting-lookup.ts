/**
 * Finds a passage in a term's postings: what BM25 needs to score one passage exactly, and what query coverage
 * needs to know whether a passage holds a term. Long lists get a bitmap with running counts on first lookup (kept
 * for a bounded number of terms), so a lookup is a bit test and a population count; short lists are bisected.
 */
import type { KeywordPostings } from "./keyword-index-types.js";

/** Posting lists at least this long are looked up through a bitmap. */
const RANK_MIN_POSTINGS = 512;
/** Memory for bitmaps (8 bytes per 32 passages per term): ~2,600 terms at 100k passages, ~260 at 1M. */
const RANK_CACHE_BYTES = 64 * 1024 * 1024;

export class PostingLookup {
  private readonly ranks = new Map<number, RankedPostings>();

  constructor(private readonly postings: KeywordPostings) {}

  /**
   * Where passage `doc` sits in term `id`'s postings, or -1. A long list gets a bitmap with running counts on first
   * lookup, so the answer is one bit test and a population count; a short one is bisected.
   */
  find(id: number, doc: number): number {
    const { offsets, docs } = this.postings;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    if (end - start >= RANK_MIN_POSTINGS) {
      const rank = this.rankOf(id);
      const word = doc >>> 5;
      const bit = 1 << (doc & 31);
      const bits = rank.bits[word]!;
      if ((bits & bit) === 0) return -1;
      return start + rank.before[word]! + popcount(bits & (bit - 1));
    }
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = docs[mid]!;
      if (d === doc) return mid;
      if (d < doc) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private rankOf(id: number): RankedPostings {
    let rank = this.ranks.get(id);
    if (rank) return rank;
    const { offsets, docs } = this.postings;
    const words = (this.postings.lengths100.length + 31) >>> 5;
    rank = { bits: new Int32Array(words), before: new Int32Array(words) };
    for (let j = offsets[id]!, end = offsets[id + 1]!; j < end; j++) rank.bits[docs[j]! >>> 5]! |= 1 << (docs[j]! & 31);
    for (let w = 1; w < words; w++) rank.before[w] = rank.before[w - 1]! + popcount(rank.bits[w - 1]!);
    if ((this.ranks.size + 1) * words * 8 > RANK_CACHE_BYTES) this.ranks.clear();
    this.ranks.set(id, rank);
    return rank;
  }

}

interface RankedPostings {
  /** Bit d is set when passage d holds the term. */
  bits: Int32Array;
  /** Per 32-passage word, how many postings come before it. */
  before: Int32Array;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
