/**
 * The corpus's own catalogue: which cities it covers (in both languages), which passages each has (initiatives,
 * quotes), who is quoted, and which documents it was built from. A pure function of the passages, so Node and the
 * Worker build the same catalogue at start-up from whatever documents were ingested, with no hard-coded list.
 * Refusals, "what is covered" answers, greetings and suggestions all describe the material from it.
 */
import type { Passage } from "../schemas.js";
import { passageArray, passageStoreOf, type MetaVisitor } from "../store/passage-store.js";

export type Name = { zh: string; en: string };

export interface CatalogueSpeaker {
  zh?: string;
  en?: string;
}

export interface CatalogueCity {
  name: Name;
  /** Passages of the city in corpus order, by kind. */
  initiatives: Passage[];
  quotes: Passage[];
  speakers: CatalogueSpeaker[];
}

export interface Catalogue {
  cities: CatalogueCity[];
  /** Document titles: the file names without folder or extension. */
  documents: string[];
  /** Passages before the first city heading (a series introduction), if any. */
  intro: Passage[];
  passages: number;
}

export function buildCatalogue(passages: Passage[]): Catalogue {
  const store = passageStoreOf(passages);
  if (store) {
    // A loaded build's columns: no passage is made; each list makes its passages when read.
    return catalogueOf((visit) => store.forEachMeta(visit), store.length, (indexes) => passageArray(store, Int32Array.from(indexes)));
  }
  return catalogueOf(
    (visit) => passages.forEach((p, i) => visit(i, p.doc, p.city, p.kind, p.speaker)),
    passages.length,
    (indexes) => indexes.map((i) => passages[i]!),
  );
}

/** The catalogue from the passages' metadata, visited in corpus order; `passagesAt` makes a list's passages. */
function catalogueOf(forEachMeta: (visit: MetaVisitor) => void, length: number, passagesAt: (indexes: number[]) => Passage[]): Catalogue {
  interface Lists {
    city: CatalogueCity;
    initiatives: number[];
    quotes: number[];
  }
  const byCity = new Map<string, Lists>();
  const intro: number[] = [];
  const documents: string[] = [];
  // Titles by document, in first-seen order: a document's passages are consecutive, so this is one step per
  // passage (a search of the titles per passage took 1.4 s at a million passages).
  const titles = new Set<string>();
  const seenDocs = new Set<string>();
  let lastDoc: string | undefined;
  forEachMeta((index, doc, pCity, kind, speaker) => {
    if (doc !== lastDoc) {
      lastDoc = doc;
      if (!seenDocs.has(doc)) {
        seenDocs.add(doc);
        const title = documentTitle(doc);
        if (!titles.has(title)) {
          titles.add(title);
          documents.push(title);
        }
      }
    }
    if (!pCity) {
      if (kind === "intro") intro.push(index);
      return;
    }
    let lists = byCity.get(pCity.en);
    if (!lists) byCity.set(pCity.en, (lists = { city: { name: pCity, initiatives: [], quotes: [], speakers: [] }, initiatives: [], quotes: [] }));
    const city = lists.city;
    if (kind === "quote") {
      lists.quotes.push(index);
      const known = city.speakers.some((s) => (s.en && s.en === speaker?.en) || (s.zh && s.zh === speaker?.zh));
      if (speaker && (speaker.en || speaker.zh) && !known) city.speakers.push(speaker);
    } else lists.initiatives.push(index);
  });
  const cities = [...byCity.values()].map(({ city, initiatives, quotes }) => ({
    ...city,
    initiatives: passagesAt(initiatives),
    quotes: passagesAt(quotes),
  }));
  return { cities, documents, intro: passagesAt(intro), passages: length };
}

/**
 * A catalogue small enough to keep anywhere, whatever the corpus's size: each city's first passages of each kind,
 * its speakers, the first document titles and introduction passages. Everything the catalogue's readers use
 * (summaries, "who is quoted", refusals, suggestions, what a city has when a topic is missing) is kept.
 */
export const COMPACT_LIMITS = { perCity: 3, speakers: 20, documents: 200, intro: 5 };

export function compactCatalogue(catalogue: Catalogue, limits = COMPACT_LIMITS): Catalogue {
  return {
    cities: catalogue.cities.map((c) => ({
      name: c.name,
      initiatives: c.initiatives.slice(0, limits.perCity),
      quotes: c.quotes.slice(0, limits.perCity),
      speakers: c.speakers.slice(0, limits.speakers),
    })),
    documents: catalogue.documents.slice(0, limits.documents),
    intro: catalogue.intro.slice(0, limits.intro),
    passages: catalogue.passages,
  };
}

export function documentTitle(doc: string): string {
  const base = doc.split(/[\\/]/).pop() ?? doc;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, "");
}

export function findCity(catalogue: Catalogue, en: string): CatalogueCity | undefined {
  return catalogue.cities.find((c) => c.name.en === en);
}
