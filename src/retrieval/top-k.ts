/** The best k of a stream of (index, score), kept in a small heap: no array of every candidate, no full sort. */
import type { KeywordHit } from "./keyword-index-types.js";

/**
 * The best k of a stream of (index, score), by score and then by lower index: a min-heap whose root is the worst
 * kept hit, so each offer is one comparison unless it displaces that hit.
 */
export class TopK {
  private readonly indexes: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.indexes = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  get full(): boolean {
    return this.size === this.k;
  }

  /** The score of the worst hit kept (meaningful once full). */
  get worstScore(): number {
    return this.scores[0]!;
  }

  /** True when (sa, ia) ranks below (sb, ib). */
  private static worse(sa: number, ia: number, sb: number, ib: number): boolean {
    return sa < sb || (sa === sb && ia > ib);
  }

  offer(index: number, score: number): void {
    const { indexes, scores, k } = this;
    if (k === 0) return;
    if (this.size < k) {
      let c = this.size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!TopK.worse(score, index, scores[p]!, indexes[p]!)) break;
        scores[c] = scores[p]!;
        indexes[c] = indexes[p]!;
        c = p;
      }
      scores[c] = score;
      indexes[c] = index;
      return;
    }
    if (!TopK.worse(scores[0]!, indexes[0]!, score, index)) return;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= k) break;
      const r = l + 1;
      const m = r < k && TopK.worse(scores[r]!, indexes[r]!, scores[l]!, indexes[l]!) ? r : l;
      if (!TopK.worse(scores[m]!, indexes[m]!, score, index)) break;
      scores[c] = scores[m]!;
      indexes[c] = indexes[m]!;
      c = m;
    }
    scores[c] = score;
    indexes[c] = index;
  }

  sorted(): KeywordHit[] {
    const hits: KeywordHit[] = [];
    for (let i = 0; i < this.size; i++) hits.push({ index: this.indexes[i]!, score: this.scores[i]! });
    return hits.sort((a, b) => b.score - a.score || a.index - b.index);
  }
}


/** The k-th largest of scores[touched[0 .. count)] (k >= 1, count >= k): one comparison for most of them. */
export function kthLargest(scores: Float64Array, touched: Int32Array, count: number, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < count; i++) {
    const s = scores[touched[i]!]!;
    if (size < k) {
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heap[p]! <= s) break;
        heap[c] = heap[p]!;
        c = p;
      }
      heap[c] = s;
    } else if (s > heap[0]!) {
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        const m = l + 1 < k && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[m]! >= s) break;
        heap[c] = heap[m]!;
        c = m;
      }
      heap[c] = s;
    }
  }
  return heap[0]!;
}
