/**
 * The corpus in D1 (the Worker's scale mode): passages, the catalogue they imply, and the BM25 keyword index as
 * postings over the terms the Node build's analyzer wrote (Chinese bigrams, English stems, glossary concepts).
 * Our own postings tables rather than FTS5: a term here is already a token ("z:深圳", "e:citi", "c:…"), a query
 * term carries a weight and a posting a weighted frequency, and BM25 must be the same formula as on Node; FTS5's
 * tokenizers would re-split the tokens and its bm25() weighs neither. Lists go in as one JSON parameter
 * (json_each), because D1 binds at most 100 parameters per statement.
 */

/** Tables are prefixed so they sit beside the feedback tables in the same database. */
export const CORPUS_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS corpus_stats (id INTEGER PRIMARY KEY CHECK (id = 1), passages INTEGER NOT NULL,
     total_length REAL NOT NULL, embedder TEXT NOT NULL, corpus_hash TEXT NOT NULL, synced_at TEXT NOT NULL)`,
  // doc: the passage's number, fixed when first written (corpus order on a fresh sync); terms: what to delete.
  `CREATE TABLE IF NOT EXISTS corpus_passages (doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL,
     city_en TEXT, city_zh TEXT, hash TEXT NOT NULL, terms TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS corpus_passages_city ON corpus_passages (city_en, city_zh)`,
  `CREATE TABLE IF NOT EXISTS corpus_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID`,
  // len100 is the passage's length, repeated so a query scores from the postings alone (no join per posting).
  `CREATE TABLE IF NOT EXISTS corpus_postings (term TEXT NOT NULL, doc INTEGER NOT NULL, f100 INTEGER NOT NULL,
     len100 INTEGER NOT NULL, PRIMARY KEY (term, doc)) WITHOUT ROWID`,
  // The compact catalogue (src/catalogue/catalogue.ts, compactCatalogue) as JSON: one row, read once per isolate.
  `CREATE TABLE IF NOT EXISTS corpus_catalogue (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)`,
  // The operator's glossary layers (GLOSSARY_FILES) the postings were analyzed with, as a JSON array: the isolate
  // analyzes questions with the same concepts. "[]" when the shipped glossary alone was used.
  `CREATE TABLE IF NOT EXISTS corpus_glossary (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)`,
];

export const CATALOGUE_SQL = `SELECT body FROM corpus_catalogue WHERE id = 1`;
export const GLOSSARY_SQL = `SELECT body FROM corpus_glossary WHERE id = 1`;

/** BM25 parameters: the same as src/retrieval/keyword-index.ts. */
export const BM25 = { k1: 1.2, b: 0.75 };

export const STATS_SQL = `SELECT passages, total_length AS totalLength FROM corpus_stats WHERE id = 1`;

/** ?1: JSON array of terms. */
export const TERM_DF_SQL = `SELECT term, df FROM corpus_terms WHERE term IN (SELECT value FROM json_each(?1))`;

/**
 * Candidate generation bounds the postings a query reads: the whole BM25 sum over every term would read every
 * posting of a word most passages hold (a 57-term question read ~100,000 postings at 2,000 passages). So, as in
 * MaxScore, the rarest terms (those that can lift a passage most) are read until ?3 postings, at least one term;
 * the best ?4 passages by their partial score are then scored exactly over all the question's terms by primary-key
 * lookups. Passages that hold none of the rare terms can be missed: the price of a bounded query, measured
 * against Node's exact ranking (README, "Scaling").
 */
export const RANKING_LIMITS = { postingsBudget: 30_000, rescored: 120 };

const TERM_FACTOR = `(p.f100 / 100.0 * ${BM25.k1 + 1})
       / (p.f100 / 100.0 + ${BM25.k1} * (${1 - BM25.b} + ${BM25.b} * (p.len100 / 100.0) / s.avg))`;

/**
 * The best ?2 passages by BM25 for ?1, a JSON array of [term, weight]: idf from the stored document frequency,
 * length normalisation from the stored average, frequencies in hundredths, as the Node index reads them.
 * CROSS JOIN fixes SQLite's join order (terms first, then their postings by primary key).
 */
export const BM25_SQL = `
WITH q AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS weight FROM json_each(?1)),
s AS MATERIALIZED (SELECT passages AS n, total_length / MAX(passages, 1) AS avg FROM corpus_stats WHERE id = 1),
w AS MATERIALIZED (SELECT t.term AS term, t.df AS df, q.weight * ln(1 + (s.n - t.df + 0.5) / (t.df + 0.5)) AS w
      FROM q CROSS JOIN corpus_terms t ON t.term = q.term CROSS JOIN s),
ordered AS (SELECT term, w, SUM(df) OVER (ORDER BY df, term ROWS UNBOUNDED PRECEDING) - df AS before FROM w),
rare AS (SELECT term, w FROM ordered WHERE before < ?3),
cand AS MATERIALIZED (SELECT p.doc AS doc FROM rare CROSS JOIN corpus_postings p ON p.term = rare.term CROSS JOIN s
         GROUP BY p.doc ORDER BY SUM(rare.w * ${TERM_FACTOR}) DESC, p.doc LIMIT ?4)
SELECT p.doc AS doc, SUM(w.w * ${TERM_FACTOR}) AS score
FROM cand CROSS JOIN w CROSS JOIN corpus_postings p ON p.term = w.term AND p.doc = cand.doc CROSS JOIN s
GROUP BY p.doc ORDER BY score DESC, p.doc LIMIT ?2`;

/** Passages by number (?1) or id (?2), JSON arrays. */
export const CANDIDATES_SQL = `SELECT doc, body FROM corpus_passages
WHERE doc IN (SELECT value FROM json_each(?1)) OR id IN (SELECT value FROM json_each(?2))`;

/** Which of the terms ?3 the passages named by ?1 / ?2 hold (primary-key lookups). */
export const CANDIDATE_TERMS_SQL = `SELECT p.term AS term, p.doc AS doc FROM corpus_postings p
WHERE p.term IN (SELECT value FROM json_each(?3))
  AND p.doc IN (SELECT doc FROM corpus_passages WHERE doc IN (SELECT value FROM json_each(?1)) OR id IN (SELECT value FROM json_each(?2)))`;

export const PASSAGE_BY_ID_SQL = `SELECT body FROM corpus_passages WHERE id = ?1`;
/** The first passages in corpus order (by their fixed numbers), for listings such as MCP resources. */
export const FIRST_PASSAGES_SQL = `SELECT body FROM corpus_passages ORDER BY doc LIMIT ?1`;

/**
 * The catalogue: the cities the corpus has sections for, in corpus order, each with the Chinese name of its first
 * passage (as the in-memory engine lists them); a scan of the (city_en, city_zh) index, which holds doc too.
 */
export const CITIES_SQL = `SELECT city_en AS en, city_zh AS zh, MIN(doc) AS first FROM corpus_passages
WHERE city_en IS NOT NULL GROUP BY city_en ORDER BY first`;
