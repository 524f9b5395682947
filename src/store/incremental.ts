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
  const merged: Lists<Uint32Array> = { docs: new Int32Array(capacity), values: new Uint32Array(capacity) };
  const prevLists: Lists<Uint32Array | Uint16Array> = { docs: prev.docs, values: prev.freqs100 };
  const freshLists: Lists<Uint32Array | Uint16Array> = { docs: fresh.docs, values: fresh.freqs100 };
  const terms: string[] = [];
  const offsets: number[] = [0];
  let out = 0;
  const keep = (term: string) => {
    if (out > offsets[offsets.length - 1]!) {
      terms.push(term);
      offsets.push(out);
    }
  };
  for (let t = 0; t < prev.terms.length; t++) {
    const f = freshOf[t]!;
    const freshStart = f >= 0 ? fresh.offsets[f]! : 0;
    const freshEnd = f >= 0 ? fresh.offsets[f + 1]! : 0;
    out = mergeList(merged, out, prevLists, prev.offsets[t]!, prev.offsets[t + 1]!, freshLists, freshStart, freshEnd, plan);
    keep(prev.terms[t]!);
  }
  for (const f of appended) {
    out = mergeList(merged, out, prevLists, 0, 0, freshLists, fresh.offsets[f]!, fresh.offsets[f + 1]!, plan);
    keep(fresh.terms[f]!);
  }
  const lengths100 = new Uint32Array(plan.total);
  for (let i = 0; i < next.length; i++) if (next[i]! >= 0) lengths100[next[i]!] = prev.lengths100[i]!;
  for (let i = 0; i < added.length; i++) lengths100[added[i]!] = fresh.lengths100[i]!;
  const docs = merged.docs.subarray(0, out);
  return { terms, offsets: Int32Array.from(offsets), docs, freqs100: merged.values.subarray(0, out), lengths100 };
}

/** The same merge for sparse vectors: `fresh` holds the added passages' vectors, numbered in plan order. */
export function mergeSparseColumns(prev: SparseColumns, fresh: SparseColumns, plan: MergePlan): SparseColumns {
  const D = prev.dimensions;
  // One pass, into arrays sized for the most there can be (as for the keyword postings above).
  const capacity = prev.docs.length + fresh.docs.length;
  const merged: Lists<Float32Array> = { docs: new Int32Array(capacity), values: new Float32Array(capacity) };
  const offsets = new Int32Array(D + 1);
  let out = 0;
  for (let d = 0; d < D; d++) {
    out = mergeList(merged, out, prev, prev.offsets[d]!, prev.offsets[d + 1]!, fresh, fresh.offsets[d]!, fresh.offsets[d + 1]!, plan);
    offsets[d + 1] = out;
  }
  return { dimensions: D, offsets, docs: merged.docs.subarray(0, out), values: merged.values.subarray(0, out) };
}

/** Parallel lists: passage numbers and a value for each (a term frequency, a vector component). */
interface Lists<V extends Uint32Array | Uint16Array | Float32Array> {
  docs: Int32Array;
  values: V;
}

/**
 * Writes one merged list into `into` from position `out`: `prev`'s entries [from, to) renumbered by the plan (the
 * passages that left dropped) and `fresh`'s entries [k, kEnd) (added passages, in plan order), both ascending.
 * Returns the position after the last entry written.
 */
function mergeList(
  into: Lists<Uint32Array | Float32Array>,
  out: number,
  prev: Lists<Uint32Array | Uint16Array | Float32Array>,
  from: number,
  to: number,
  fresh: Lists<Uint32Array | Uint16Array | Float32Array>,
  k: number,
  kEnd: number,
  { next, added }: MergePlan,
): number {
  for (let j = from; j < to; j++) {
    const doc = next[prev.docs[j]!]!;
    if (doc < 0) continue;
    for (; k < kEnd && added[fresh.docs[k]!]! < doc; k++, out++) {
      into.docs[out] = added[fresh.docs[k]!]!;
      into.values[out] = fresh.values[k]!;
    }
    into.docs[out] = doc;
    into.values[out++] = prev.values[j]!;
  }
  for (; k < kEnd; k++, out++) {
    into.docs[out] = added[fresh.docs[k]!]!;
    into.values[out] = fresh.values[k]!;
  }
  return out;
}
