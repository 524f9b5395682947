/**
 * Citation checks for text that is still streaming: drops markers that point to no source and renumbers the rest
 * densely in order of first use, as checkCitations does for a finished answer, so a client that only ever sees the
 * stream (an OpenAI-compatible one) gets markers that match the citations sent at the end.
 * A marker split across chunks ("[" then "2]") is held back until it is complete.
 */

import { MARKER_LIST_SPLIT, OPEN_MARKER, markerGroupRe } from "../text/punctuation.js";

/** The same marker syntax as checkCitations: [1], [1, 2], [1，2], [1][2], 【1】, [^1] (src/text/punctuation.ts). */
const MARKER_GROUP = markerGroupRe();
const MAX_MARKER_CHARS = 24;

export interface MarkerRenumberer {
  /** Takes the next piece of text; returns what can be sent now. */
  push(text: string): string;
  /** Returns whatever was held back, at the end of the stream. */
  flush(): string;
  /** Source numbers in the order they were first cited; the renumbered marker of `cited[i]` is [i + 1]. */
  readonly cited: readonly number[];
}

export function createMarkerRenumberer(validSourceNumbers: Iterable<number>): MarkerRenumberer {
  const valid = new Set(validSourceNumbers);
  const renumber = new Map<number, number>();
  let pending = "";

  const rewrite = (text: string) =>
    text.replace(MARKER_GROUP, (_whole, list: string) => {
      const kept: number[] = [];
      for (const raw of list.split(MARKER_LIST_SPLIT).filter(Boolean)) {
        const n = Number(raw);
        if (!valid.has(n)) continue;
        if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
        const m = renumber.get(n)!;
        if (!kept.includes(m)) kept.push(m);
      }
      return kept.map((m) => `[${m}]`).join("");
    });

  return {
    push(text) {
      const buffer = pending + text;
      const open = Math.max(buffer.lastIndexOf("["), buffer.lastIndexOf("\u3010"));
      const tail = open >= 0 ? buffer.slice(open) : "";
      if (tail && tail.length <= MAX_MARKER_CHARS && OPEN_MARKER.test(tail)) {
        pending = tail;
        return rewrite(buffer.slice(0, open));
      }
      pending = "";
      return rewrite(buffer);
    },
    flush() {
      const rest = rewrite(pending);
      pending = "";
      return rest;
    },
    get cited() {
      return [...renumber.keys()];
    },
  };
}
