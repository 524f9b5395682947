/**
 * Position by id over a fixed list of ids, for a million passages without a second of start-up or tens of MB of
 * heap: an open-addressing hash table of positions in one Int32Array (the ids themselves stay in their list), filled
 * after construction in slices of SLICE ids, one per turn of the event loop (so requests run between slices), and
 * filled the rest of the way at once by the first lookup that comes before it is done. A Map of a million strings
 * took ~1.5 s of CPU and its garbage collection after start; this takes a fraction and makes no garbage.
 */
const SLICE = 25_000;
const EMPTY = -1;

/**
 * FNV-1a over the length and the last TAIL code units, 32 bits. Passage ids end in a content hash (and a repeat's
 * number), so their ends tell them apart; ids that share an end only share a slot chain, compared in full.
 */
const TAIL = 16;
function hashOf(id: string): number {
  let h = Math.imul(0x811c9dc5 ^ id.length, 0x01000193);
  for (let i = Math.max(0, id.length - TAIL); i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class IdIndex {
  /** Positions by hash slot (EMPTY where none), at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private filled = 0;

  constructor(private readonly ids: readonly string[]) {
    let size = 16;
    while (size < 2 * ids.length) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    if (ids.length <= SLICE) this.fill(ids.length);
    else {
      const next = () => {
        this.fill(Math.min(this.ids.length, this.filled + SLICE));
        if (this.filled < this.ids.length) setImmediate(next);
      };
      setImmediate(next);
    }
  }

  /** The position holding `id` (the last, if it is there twice), or undefined. */
  get(id: string): number | undefined {
    if (this.filled < this.ids.length) this.fill(this.ids.length);
    const { slots, mask, ids } = this;
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot]!;
      if (at === EMPTY) return undefined;
      if (ids[at] === id) return at;
    }
  }

  private fill(to: number): void {
    const { slots, mask, ids } = this;
    for (let i = this.filled; i < to; i++) {
      const id = ids[i]!;
      // A repeated id ends at its last position, as in a Map filled in order.
      for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
        const at = slots[slot]!;
        if (at === EMPTY || ids[at] === id) {
          slots[slot] = i;
          break;
        }
      }
    }
    this.filled = Math.max(this.filled, to);
  }
}
