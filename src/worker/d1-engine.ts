/**
 * The engine of the Worker's scale mode: the same retriever, answerer and chat service as createEngine
 * (src/engine.ts), with keyword ranking and passages read from D1 and vectors from Vectorize. What it keeps in the
 * isolate is the catalogue (the cities the corpus covers, each city's first passages and speakers as the sync stored
 * them, and which gazetteer places it mentions), which grows with the number of cities, not passages; it is read once per isolate, on the first request (a Worker cannot do I/O
 * at start-up).
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { LogRecord } from "../app-types.js";
import type { AnswerGenerator } from "../answer/generator.js";
import type { Condenser } from "../chat/condense.js";
import { createAnswering, type Engine } from "../engine.js";
import type { D1DatabaseLike } from "../feedback/d1-feedback-store.js";
import { PLACES } from "../retrieval/gazetteer.js";
import { HybridRetriever } from "../retrieval/hybrid.js";
import { KeywordIndex } from "../retrieval/keyword-index.js";
import { createQueryAnalyzerForCities, type City } from "../retrieval/query-analysis.js";
import { createTermAnalyzer } from "../retrieval/terms.js";
import { analyze } from "../retrieval/tokenize.js";
import type { VectorIndex } from "../retrieval/vector-index.js";
import { CATALOGUE_SQL, CITIES_SQL, GLOSSARY_SQL, STATS_SQL } from "./d1-corpus-sql.js";
import { parseGlossaryFile, type GlossaryFile } from "../retrieval/glossary.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import { D1KeywordRanker } from "./d1-keyword-ranker.js";

export interface D1EngineInput {
  db: D1DatabaseLike;
  vectors: VectorIndex;
  embeddings: EmbeddingsInterface;
  createGenerator?: (extractive: AnswerGenerator) => AnswerGenerator;
  createCondenser?: (rules: Condenser) => Condenser;
  retrievalCacheSize?: number;
  log?: (record: LogRecord) => void;
}

export interface D1CorpusFacts {
  passages: number;
  cities: City[];
  /** Whether every word of a place name occurs in the corpus (the in-memory engine asks its keyword index). */
  mentioned: (name: string) => boolean;
}

const placeTerms = (name: string) => analyze(name).map((t) => t.term).filter((t) => !t.startsWith("u:"));

/** Cities, passage count and the gazetteer places the corpus mentions: one batch, once per isolate. */
export async function loadCorpusFacts(db: D1DatabaseLike): Promise<D1CorpusFacts> {
  const names = PLACES.flatMap((p) => [p.en, p.zh]);
  const wanted = [...new Set(names.flatMap(placeTerms))];
  const [stats, cities, known] = (await db.batch([
    db.prepare(STATS_SQL),
    db.prepare(CITIES_SQL),
    db.prepare("SELECT term FROM corpus_terms WHERE term IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(wanted)),
  ])) as { results: Record<string, unknown>[] }[];
  const passages = Number(stats!.results[0]?.passages ?? 0);
  if (passages === 0) throw new Error("the D1 corpus is empty: fill it with npm run cloudflare:sync");
  const present = new Set(known!.results.map((r) => String(r.term)));
  return {
    passages,
    cities: cities!.results.map((r) => ({ zh: String(r.zh ?? ""), en: String(r.en) })),
    mentioned: (name) => {
      const terms = placeTerms(name);
      return terms.length > 0 && terms.every((t) => present.has(t));
    },
  };
}

/**
 * The operator's glossary layers `npm run cloudflare:sync` stored (the ones the postings were analyzed with); none
 * when the shipped glossary alone was used or the database was synced before the table existed.
 */
export async function loadStoredGlossary(db: D1DatabaseLike): Promise<GlossaryFile[]> {
  let row: { body: string } | null;
  try {
    row = await db.prepare(GLOSSARY_SQL).first<{ body: string }>();
  } catch {
    return []; // no corpus_glossary table: synced by an older version
  }
  const layers = row ? (JSON.parse(row.body) as unknown[]) : [];
  // Checked like a glossary file on Node: a bad stored layer fails loudly instead of analyzing with half of it.
  return layers.map((layer, i) => parseGlossaryFile(layer, `D1's stored glossary layer ${i + 1}`));
}

/** The compact catalogue `npm run cloudflare:sync` stored (without its passage count), or null when the database has none. */
async function loadStoredCatalogue(db: D1DatabaseLike): Promise<Omit<Catalogue, "passages"> | null> {
  try {
    const row = await db.prepare(CATALOGUE_SQL).first<{ body: string }>();
    return row ? (JSON.parse(row.body) as Catalogue) : null;
  } catch {
    return null; // no corpus_catalogue table: synced by an older version
  }
}

export async function createD1Engine(input: D1EngineInput): Promise<Engine & { passageCount: number }> {
  // Both on a cold isolate's first request, side by side: one D1 round trip of waiting instead of two.
  const [facts, stored] = await Promise.all([loadCorpusFacts(input.db), loadStoredCatalogue(input.db)]);
  const terms = createTermAnalyzer();
  const ranker = new D1KeywordRanker(input.db, { log: input.log });
  const analyzer = createQueryAnalyzerForCities(facts.cities, facts.mentioned);
  // The corpus's keyword index is in D1; the empty one only satisfies the retriever's type.
  const keyword = KeywordIndex.build([], terms);
  const retriever = new HybridRetriever({
    cacheSize: input.retrievalCacheSize,
    passages: [],
    keyword,
    vectors: input.vectors,
    embeddings: input.embeddings,
    analyzer,
    terms,
    ranker,
    findById: (id) => ranker.findById(id),
  });
  const { generator, chat } = createAnswering({
    ...input,
    retriever,
    analyzer,
    terms,
    idf: (t) => ranker.idfOf(t),
    // The passages stay in D1; so does the compact catalogue the sync wrote (each city's first passages, its
    // speakers). A database synced before it existed gives the cities alone.
    catalogue: stored ? { ...stored, passages: facts.passages } : {
      cities: facts.cities.map((name) => ({ name, initiatives: [], quotes: [], speakers: [] })),
      documents: [],
      intro: [],
      passages: facts.passages,
    },
  });
  return {
    passages: [],
    passageCount: facts.passages,
    listPassages: (limit) => ranker.firstPassages(limit),
    retriever,
    chat,
    keyword,
    terms,
    generator,
  };
}
