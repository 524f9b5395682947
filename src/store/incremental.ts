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
  // One pass: each term's renumbered previous postings merged with its fresh ones (both ascending), written into
  // arrays sized for the most there can be (a passage that left only shrinks them). A term left without postings
  // is dropped, which keeps has() and idf exactly as a fresh build would have them.
  const capacity = prev.docs.length + fresh.docs.length;
  const docs = new Int32Array(capacity);
  const freqs100 = new Uint32Array(capacity);
  const terms: string[] = [];
  const offsets: number[] = [0];
  let out = 0;
  for (let t = 0; t < prev.terms.length; t++) {
    const f = freshOf[t]!;
    let k = f >= 0 ? fresh.offsets[f]! : 0;
    const kEnd = f >= 0 ? fresh.offsets[f + 1]! : 0;
    for (let j = prev.offsets[t]!, end = prev.offsets[t + 1]!; j < end; j++) {
      const doc = next[prev.docs[j]!]!;
      if (doc < 0) continue;
      for (; k < kEnd && added[fresh.docs[k]!]! < doc; k++, out++) {
        docs[out] = added[fresh.docs[k]!]!;
        freqs100[out] = fresh.freqs100[k]!;
      }
      docs[out] = doc;
      freqs100[out++] = prev.freqs100[j]!;
    }
    for (; k < kEnd; k++, out++) {
      docs[out] = added[fresh.docs[k]!]!;
      freqs100[out] = fresh.freqs100[k]!;
    }
    if (out > offsets[offsets.length - 1]!) {
      terms.push(prev.terms[t]!);
      offsets.push(out);
    }
  }
  for (const f of appended) {
    for (let k = fresh.offsets[f]!, kEnd = fresh.offsets[f + 1]!; k < kEnd; k++, out++) {
      docs[out] = added[fresh.docs[k]!]!;
      freqs100[out] = fresh.freqs100[k]!;
    }
    if (out > offsets[offsets.length - 1]!) {
      terms.push(fresh.terms[f]!);
      offsets.push(out);
    }
  }
  const lengths100 = new Uint32Array(plan.total);
  for (let i = 0; i < next.length; i++) if (next[i]! >= 0) lengths100[next[i]!] = prev.lengths100[i]!;
  for (let i = 0; i < added.length; i++) lengths100[added[i]!] = fresh.lengths100[i]!;
  return { terms, offsets: Int32Array.from(offsets), docs: docs.subarray(0, out), freqs100: freqs100.subarray(0, out), lengths100 };
}

/** The same merge for sparse vectors: `fresh` holds the added passages' vectors, numbered in plan order. */
export function mergeSparseColumns(prev: SparseColumns, fresh: SparseColumns, plan: MergePlan): SparseColumns {
  const { next, added } = plan;
  const D = prev.dimensions;
  // One pass, into arrays sized for the most there can be (as for the keyword postings above).
  const capacity = prev.docs.length + fresh.docs.length;
  const offsets = new Int32Array(D + 1);
  const docs = new Int32Array(capacity);
  const values = new Float32Array(capacity);
  let out = 0;
  for (let d = 0; d < D; d++) {
    let k = fresh.offsets[d]!;
    const kEnd = fresh.offsets[d + 1]!;
    for (let j = prev.offsets[d]!, end = prev.offsets[d + 1]!; j < end; j++) {
      const doc = next[prev.docs[j]!]!;
      if (doc < 0) continue;
      for (; k < kEnd && added[fresh.docs[k]!]! < doc; k++, out++) {
        docs[out] = added[fresh.docs[k]!]!;
        values[out] = fresh.values[k]!;
      }
      docs[out] = doc;
      values[out++] = prev.values[j]!;
    }
    for (; k < kEnd; k++, out++) {
      docs[out] = added[fresh.docs[k]!]!;
      values[out] = fresh.values[k]!;
    }
    offsets[d + 1] = out;
  }
  return { dimensions: D, offsets, docs: docs.subarray(0, out), values: values.subarray(0, out) };
}
