/**
 * Incremental merges: the next build's keyword postings and sparse vectors from the previous build's, with the
 * passages that left removed, the ones that stayed renumbered, and the new ones merged in. One pass over the
 * previous arrays, no re-analysis and no re-embedding: what makes a one-document change cheap at any corpus size.
 *
 * Both merges need the kept passages in their previous relative order (true whenever documents keep their
 * order, as sorted paths do); `keepsOrder` tells, and the build falls back to copying passage by passage.
 */
import type { KeywordPostings } from "../retrieval/keyword-index.js";
import type { SparseColumns } from "./sparse-vectors.js";

/** Where each previous passage goes in the next build (-1: gone), and where the new passages go (ascending). */
export interface MergePlan {
  next: Int32Array;
  added: Int32Array;
  total: number;
}

export function keepsOrder(plan: MergePlan): boolean {
  let last = -1;
  for (let i = 0; i < plan.next.length; i++) {
    const at = plan.next[i]!;
    if (at < 0) continue;
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/**
 * Merges posting lists: `prev` renumbered by the plan, plus `fresh` (postings of the added passages, numbered
 * 0..added.length-1 in plan order). Terms left without postings are dropped, as a fresh build never holds them.
 */
export function mergeKeywordPostings(prev: KeywordPostings, fresh: KeywordPostings, plan: MergePlan): KeywordPostings {
  const { next, added } = plan;
  // Fresh terms map onto previous ones by name; the others are appended. (The fresh table is the small one.)
  const freshIds = new Map<string, number>();
  fresh.terms.forEach((t, i) => freshIds.set(t, i));
  const freshOf = new Int32Array(prev.terms.length).fill(-1);
  const matched = new Uint8Array(fresh.terms.length);
  for (let t = 0; t < prev.terms.length; t++) {
    const f = freshIds.get(prev.terms[t]!);
    if (f !== undefined) {
      freshOf[t] = f;
      matched[f] = 1;
    }
  }
  const appended: number[] = [];
  for (let f = 0; f < fresh.terms.length; f++) if (!matched[f]) appended.push(f);
  const termCount = prev.terms.length + appended.length;
  // Pass 1: postings per merged term.
  const counts = new Uint32Array(termCount);
  for (let t = 0; t < prev.terms.length; t++) {
    let c = 0;
    for (let j = prev.offsets[t]!, end = prev.offsets[t + 1]!; j < end; j++) if (next[prev.docs[j]!]! >= 0) c++;
    const f = freshOf[t]!;
    if (f >= 0) c += fresh.offsets[f + 1]! - fresh.offsets[f]!;
    counts[t] = c;
  }
  appended.forEach((f, i) => (counts[prev.terms.length + i] = fresh.offsets[f + 1]! - fresh.offsets[f]!));
  // Dropping empty terms keeps has() and idf exactly as a fresh build would have them.
  const terms: string[] = [];
  const offsets: number[] = [0];
  for (let t = 0; t < termCount; t++) {
    if (counts[t] === 0) continue;
    terms.push(t < prev.terms.length ? prev.terms[t]! : fresh.terms[appended[t - prev.terms.length]!]!);
    offsets.push(offsets[offsets.length - 1]! + counts[t]!);
  }
  const total = offsets[offsets.length - 1]!;
  const docs = new Int32Array(total);
  const freqs100 = new Uint32Array(total);
  // Pass 2: merge each term's renumbered previous postings with its fresh ones, both ascending.
  let out = 0;
  const copyFresh = (j: number) => {
    docs[out] = added[fresh.docs[j]!]!;
    freqs100[out++] = fresh.freqs100[j]!;
  };
  for (let t = 0; t < termCount; t++) {
    if (counts[t] === 0) continue;
    if (t >= prev.terms.length) {
      const f = appended[t - prev.terms.length]!;
      for (let j = fresh.offsets[f]!, end = fresh.offsets[f + 1]!; j < end; j++) copyFresh(j);
      continue;
    }
    const f = freshOf[t]!;
    let k = f >= 0 ? fresh.offsets[f]! : 0;
    const kEnd = f >= 0 ? fresh.offsets[f + 1]! : 0;
    for (let j = prev.offsets[t]!, end = prev.offsets[t + 1]!; j < end; j++) {
      const doc = next[prev.docs[j]!]!;
      if (doc < 0) continue;
      while (k < kEnd && added[fresh.docs[k]!]! < doc) copyFresh(k++);
      docs[out] = doc;
      freqs100[out++] = prev.freqs100[j]!;
    }
    while (k < kEnd) copyFresh(k++);
  }
  const lengths100 = new Uint32Array(plan.total);
  for (let i = 0; i < next.length; i++) if (next[i]! >= 0) lengths100[next[i]!] = prev.lengths100[i]!;
  for (let i = 0; i < added.length; i++) lengths100[added[i]!] = fresh.lengths100[i]!;
  return { terms, offsets: Int32Array.from(offsets), docs, freqs100, lengths100 };
}

/** The same merge for sparse vectors: `fresh` holds the added passages' vectors, numbered in plan order. */
export function mergeSparseColumns(prev: SparseColumns, fresh: SparseColumns, plan: MergePlan): SparseColumns {
  const { next, added } = plan;
  const D = prev.dimensions;
  const offsets = new Int32Array(D + 1);
  for (let d = 0; d < D; d++) {
    let c = fresh.offsets[d + 1]! - fresh.offsets[d]!;
    for (let j = prev.offsets[d]!, end = prev.offsets[d + 1]!; j < end; j++) if (next[prev.docs[j]!]! >= 0) c++;
    offsets[d + 1] = offsets[d]! + c;
  }
  const docs = new Int32Array(offsets[D]!);
  const values = new Float32Array(offsets[D]!);
  let out = 0;
  for (let d = 0; d < D; d++) {
    let k = fresh.offsets[d]!;
    const kEnd = fresh.offsets[d + 1]!;
    for (let j = prev.offsets[d]!, end = prev.offsets[d + 1]!; j < end; j++) {
      const doc = next[prev.docs[j]!]!;
      if (doc < 0) continue;
      while (k < kEnd && added[fresh.docs[k]!]! < doc) {
        docs[out] = added[fresh.docs[k]!]!;
        values[out++] = fresh.values[k++]!;
      }
      docs[out] = doc;
      values[out++] = prev.values[j]!;
    }
    while (k < kEnd) {
      docs[out] = added[fresh.docs[k]!]!;
      values[out++] = fresh.values[k++]!;
    }
  }
  return { dimensions: D, offsets, docs, values };
}
