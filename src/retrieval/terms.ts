/**
 * The term analyzer shared by the keyword index and query coverage: surface terms (stems, bigrams, characters,
 * numbers) plus glossary concepts, so BM25 can match a paraphrase or the other language.
 */
import { createConceptMatcher, type ConceptMatcher, type ConceptSpan } from "./concepts.js";
import { analyze, SharedTerm, type Term } from "./tokenize.js";

export type TermAnalyzer = ((text: string) => Term[]) & {
  /** The glossary concepts in the text with the words each was found in (absent on analyzers without a glossary). */
  conceptSpans?: (text: string) => ConceptSpan[];
};

export const CONCEPT_TERM_WEIGHT = 1;

export function createTermAnalyzer(concepts: ConceptMatcher = createConceptMatcher()): TermAnalyzer {
  /** One shared term per concept (the glossary's ids are few), as analyze shares its terms. */
  const conceptTerms = new Map<string, Term>();
  const analyzer: TermAnalyzer = (text) => {
    const terms = analyze(text);
    for (const id of concepts.find(text)) {
      let term = conceptTerms.get(id);
      if (!term) conceptTerms.set(id, (term = new SharedTerm(`c:${id}`, CONCEPT_TERM_WEIGHT)));
      terms.push(term);
    }
    return terms;
  };
  analyzer.conceptSpans = (text) => concepts.findSpans(text);
  return analyzer;
}

/** The text a passage is indexed and embedded from: both languages, its city and its speaker. */
export function passageSearchText(p: {
  zh: string | null;
  en: string | null;
  city: { zh: string; en: string } | null;
  speaker?: { zh?: string; en?: string };
}): string {
  return [p.city?.zh, p.city?.en, p.speaker?.zh, p.speaker?.en, p.zh, p.en].filter(Boolean).join("\n");
}
