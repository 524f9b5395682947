/**
 * Finds glossary concepts in text, in either language, so "electric car" and "新能源汽车" share a feature.
 * Built once from the glossary: English phrases keyed by their stems, Chinese terms keyed by first character.
 */
import { activeGlossary, type ConceptGroup } from "./glossary.js";
import { cachedStem, englishWords } from "./tokenize.js";

const MAX_EN_WORDS = 4;

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

function buildConceptMatcher(groups: ConceptGroup[]): ConceptMatcher {
  const english = new Map<string, Set<string>>();
  /** Every stem sequence that begins some phrase: a longer phrase is only tried while its beginning is one. */
  const englishPrefixes = new Set<string>();
  /** Keyed by the UTF-16 code of the first character, so scanning text allocates no one-character strings. */
  const chinese = new Map<number, { term: string; ids: Set<string> }[]>();
  for (const group of groups) {
    for (const phrase of group.en) {
      const key = englishWords(phrase).map(cachedStem).join(" ");
      if (!key) continue;
      if (!english.has(key)) english.set(key, new Set());
      english.get(key)!.add(group.id);
      const words = key.split(" ");
      for (let len = 1; len < words.length; len++) englishPrefixes.add(words.slice(0, len).join(" "));
    }
    for (const term of group.zh) {
      if (!term) continue;
      const first = term.charCodeAt(0);
      const list = chinese.get(first) ?? [];
      const existing = list.find((e) => e.term === term);
      if (existing) existing.ids.add(group.id);
      else list.push({ term, ids: new Set([group.id]) });
      chinese.set(first, list);
    }
  }
  // Longest Chinese term first, so "充电桩" wins over "充电" at the same position.
  for (const list of chinese.values()) list.sort((a, b) => b.term.length - a.term.length);
  // Characters below the lowest first character (Latin letters, digits, punctuation) need no lookup.
  const lowestFirst = Math.min(...chinese.keys());

  /** Every occurrence, reported to `onMatch`: one scan serves both `find` and `findSpans`. */
  function scan(text: string, onMatch: (ids: Set<string>, stems: string[], from: number, to: number, zh: string) => void): void {
    const stems = englishWords(text).map(cachedStem);
    for (let i = 0; i < stems.length; i++) {
      let phrase = "";
      for (let len = 1; len <= MAX_EN_WORDS && i + len <= stems.length; len++) {
        phrase = len === 1 ? stems[i]! : `${phrase} ${stems[i + len - 1]}`;
        const ids = english.get(phrase);
        if (ids) onMatch(ids, stems, i, i + len, "");
        if (!englishPrefixes.has(phrase)) break;
      }
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < lowestFirst) continue;
      const list = chinese.get(code);
      if (!list) continue;
      const hit = list.find((e) => text.startsWith(e.term, i));
      if (hit) {
        onMatch(hit.ids, stems, 0, 0, hit.term);
        i += hit.term.length - 1;
      }
    }
  }

  return {
    find(text: string): string[] {
      const found: string[] = [];
      scan(text, (ids) => found.push(...ids));
      return found;
    },
    findSpans(text: string): ConceptSpan[] {
      const spans: ConceptSpan[] = [];
      scan(text, (ids, stems, from, to, zh) => {
        for (const id of ids) spans.push({ id, stems: stems.slice(from, to), zh });
      });
      return spans;
    },
  };
}
