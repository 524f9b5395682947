/**
 * Finds glossary concepts in text, in either language, so "electric car" and "新能源汽车" share a feature.
 * Built once from the glossary: English phrases keyed by their stems, Chinese terms keyed by first character.
 */
import { activeGlossary, type ConceptGroup } from "./glossary.js";
import { cachedStem, englishWords } from "./tokenize.js";

const MAX_EN_WORDS = 4;
const WORD_CACHE_LIMIT = 200_000;

export interface ConceptMatcher {
  /** Concept ids found in the text, once per occurrence. */
  find(text: string): string[];
  /**
   * The same occurrences, each with the words it was found in: English stems (stopwords included, as matched) or
   * the Chinese term. Query coverage uses them to treat a concept and the words that expressed it as one unit.
   */
  findSpans(text: string): ConceptSpan[];
}

export interface ConceptSpan {
  id: string;
  /** English stems of the phrase, in order; empty for a Chinese match. */
  stems: string[];
  /** The Chinese term matched; empty for an English match. */
  zh: string;
}

/** Each glossary's matcher, built once: a glossary is never edited in place, and building costs ~10 ms each time. */
const matchers = new WeakMap<ConceptGroup[], ConceptMatcher>();

/** The matcher of a glossary; by default the one in use (glossary.ts). */
export function createConceptMatcher(groups: ConceptGroup[] = activeGlossary()): ConceptMatcher {
  let matcher = matchers.get(groups);
  if (!matcher) matchers.set(groups, (matcher = buildConceptMatcher(groups)));
  return matcher;
}

/** A node of the English phrase trie: one stem further into some phrase. */
interface StemNode {
  /** The concepts of the phrase ending here (in glossary order), or null when no phrase ends here. */
  ids: string[] | null;
  /** Longer phrases through this one, by their next stem; null when none. */
  next: Map<string, StemNode> | null;
}

const PAIR_BITS = 1 << 20;

/** Bit of a pair of UTF-16 code units in the table of term beginnings. */
function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 12;
}

/** A node of the Chinese term trie: one UTF-16 code unit further into some term. */
interface HanNode {
  /** The term ending here, with its concepts (in glossary order); null when no term ends here. */
  entry: { term: string; ids: string[] } | null;
  next: Map<number, HanNode> | null;
}

function buildConceptMatcher(groups: ConceptGroup[]): ConceptMatcher {
  /**
   * English phrases as a trie of stems: at each word one map lookup, and a phrase is followed further only while
   * some longer phrase begins with it. Same matches, in the same order, as the scan over joined stem strings it
   * replaced (kept as the reference in tests/unit/ingest-fast-paths.test.ts).
   */
  const english = new Map<string, StemNode>();
  const englishIds = new Map<StemNode, Set<string>>();
  /** Chinese terms by the UTF-16 code of their first character, then built into a trie below. */
  const chineseByFirst = new Map<number, { term: string; ids: Set<string> }[]>();
  for (const group of groups) {
    for (const phrase of group.en) {
      const stems = englishWords(phrase).map(cachedStem);
      // Phrases of at most MAX_EN_WORDS words are matched (longer ones never were).
      if (stems.length === 0 || stems.length > MAX_EN_WORDS) continue;
      let level = english;
      let node: StemNode | undefined;
      for (let k = 0; k < stems.length; k++) {
        node = level.get(stems[k]!);
        if (!node) level.set(stems[k]!, (node = { ids: null, next: null }));
        if (k + 1 < stems.length) level = node.next ??= new Map();
      }
      let ids = englishIds.get(node!);
      if (!ids) englishIds.set(node!, (ids = new Set()));
      ids.add(group.id);
    }
    for (const term of group.zh) {
      if (!term) continue;
      const first = term.charCodeAt(0);
      const list = chineseByFirst.get(first) ?? [];
      const existing = list.find((e) => e.term === term);
      if (existing) existing.ids.add(group.id);
      else list.push({ term, ids: new Set([group.id]) });
      chineseByFirst.set(first, list);
    }
  }
  for (const [node, ids] of englishIds) node.ids = [...ids];
  // Chinese terms as a trie of UTF-16 code units; at a position the longest term wins, so "充电桩" beats "充电".
  // The first level is a flat table (node index + 1, 0 for none): most characters start no term, and testing
  // them costs one array read.
  const roots: HanNode[] = [];
  const rootAt = new Uint32Array(0x10000);
  for (const [first, list] of chineseByFirst) {
    const root: HanNode = { entry: null, next: null };
    roots.push(root);
    rootAt[first] = roots.length;
    for (const e of list) {
      let node = root;
      for (let k = 1; k < e.term.length; k++) {
        const code = e.term.charCodeAt(k);
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { entry: null, next: null }));
        node = child;
      }
      node.entry = { term: e.term, ids: [...e.ids] };
    }
  }
  // Characters below the lowest first character (Latin letters, digits, punctuation) need no lookup.
  const lowestFirst = chineseByFirst.size > 0 ? Math.min(...chineseByFirst.keys()) : 0x10000;
  // The first two code units of every term of two or more, as bits of a hashed table: a pair whose bit is clear
  // begins no such term, so most positions (common characters start some term) end without a map lookup. A bit set
  // by another pair only costs the lookup the scan would have made anyway.
  const pairs = new Int32Array(PAIR_BITS >>> 5);
  for (const list of chineseByFirst.values()) {
    for (const e of list) {
      if (e.term.length < 2) continue;
      const bit = pairBit(e.term.charCodeAt(0), e.term.charCodeAt(1));
      pairs[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /**
   * Per word (as englishWords gives it): its stem and the trie node of the phrases beginning with that stem (null
   * for none). Most words begin no phrase: one map lookup settles them, where stemming then looking the stem up
   * took two. Bounded like the analysis caches (tokenize.ts): dropped and refilled past WORD_CACHE_LIMIT.
   */
  const wordEntries = new Map<string, { stem: string; node: StemNode | null }>();
  const entryOf = (word: string) => {
    let entry = wordEntries.get(word);
    if (!entry) {
      if (wordEntries.size >= WORD_CACHE_LIMIT) wordEntries.clear();
      const stem = cachedStem(word);
      wordEntries.set(word, (entry = { stem, node: english.get(stem) ?? null }));
    }
    return entry;
  };

  /** Every occurrence, reported to `onMatch` with the text's words: one scan serves both `find` and `findSpans`. */
  function scan(text: string, onMatch: (ids: string[], words: string[], from: number, to: number, zh: string) => void): void {
    const words = englishWords(text);
    for (let i = 0; i < words.length; i++) {
      let node: StemNode | null | undefined = entryOf(words[i]!).node;
      for (let len = 1; node; len++) {
        if (node.ids) onMatch(node.ids, words, i, i + len, "");
        if (!node.next || len >= MAX_EN_WORDS || i + len >= words.length) break;
        node = node.next.get(entryOf(words[i + len]!).stem);
      }
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < lowestFirst) continue;
      const at = rootAt[code]!;
      if (at === 0) continue;
      let node: HanNode | undefined = roots[at - 1]!;
      let hit = node.entry;
      if (i + 1 < text.length) {
        const bit = pairBit(code, text.charCodeAt(i + 1));
        if ((pairs[bit >>> 5]! & (1 << (bit & 31))) === 0) node = undefined;
      }
      for (let j = i + 1; node?.next && j < text.length; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (node.entry) hit = node.entry;
      }
      if (hit) {
        onMatch(hit.ids, words, 0, 0, hit.term);
        i += hit.term.length - 1;
      }
    }
  }

  return {
    find(text: string): string[] {
      const found: string[] = [];
      scan(text, (ids) => {
        for (let k = 0; k < ids.length; k++) found.push(ids[k]!);
      });
      return found;
    },
    findSpans(text: string): ConceptSpan[] {
      const spans: ConceptSpan[] = [];
      scan(text, (ids, words, from, to, zh) => {
        for (const id of ids) spans.push({ id, stems: words.slice(from, to).map((w) => entryOf(w).stem), zh });
      });
      return spans;
    },
  };
}
