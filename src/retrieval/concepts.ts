/**
 * Finds glossary concepts in text, in either language, so "electric car" and "新能源汽车" share a feature.
 * Built once from the glossary: English phrases keyed by their stems, Chinese terms keyed by first character.
 */
import { GLOSSARY, type ConceptGroup } from "./glossary.js";
import { stem } from "./stem.js";
import { englishWords } from "./tokenize.js";

const MAX_EN_WORDS = 4;

export interface ConceptMatcher {
  /** Concept ids found in the text, once per occurrence. */
  find(text: string): string[];
}

export function createConceptMatcher(groups: ConceptGroup[] = GLOSSARY): ConceptMatcher {
  const english = new Map<string, Set<string>>();
  const chinese = new Map<string, { term: string; ids: Set<string> }[]>();
  for (const group of groups) {
    for (const phrase of group.en) {
      const key = englishWords(phrase).map(stem).join(" ");
      if (!key) continue;
      if (!english.has(key)) english.set(key, new Set());
      english.get(key)!.add(group.id);
    }
    for (const term of group.zh) {
      const first = term[0];
      if (!first) continue;
      const list = chinese.get(first) ?? [];
      const existing = list.find((e) => e.term === term);
      if (existing) existing.ids.add(group.id);
      else list.push({ term, ids: new Set([group.id]) });
      chinese.set(first, list);
    }
  }
  // Longest Chinese term first, so "充电桩" wins over "充电" at the same position.
  for (const list of chinese.values()) list.sort((a, b) => b.term.length - a.term.length);

  return {
    find(text: string): string[] {
      const found: string[] = [];
      const stems = englishWords(text).map(stem);
      for (let i = 0; i < stems.length; i++) {
        let phrase = "";
        for (let len = 1; len <= MAX_EN_WORDS && i + len <= stems.length; len++) {
          phrase = len === 1 ? stems[i]! : `${phrase} ${stems[i + len - 1]}`;
          const ids = english.get(phrase);
          if (ids) found.push(...ids);
        }
      }
      for (let i = 0; i < text.length; i++) {
        const list = chinese.get(text[i]!);
        if (!list) continue;
        const hit = list.find((e) => text.startsWith(e.term, i));
        if (hit) {
          found.push(...hit.ids);
          i += hit.term.length - 1;
        }
      }
      return found;
    },
  };
}
