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
];

/** BM25 parameters: the same as src/retrieval/keyword-index.ts. */
export const BM25 = { k1: 1.2, b: 0.75 };

export const STATS_SQL = `SELECT passages, total_length AS totalLength FROM corpus_stats WHERE id = 1`;

/** ?1: JSON array of terms. */
export const TERM_DF_SQL = `SELECT term, df FROM corpus_terms WHERE term IN (SELECT value FROM json_each(?1))`;

/**
 * The best ?2 passages by BM25 for ?1, a JSON array of [term, weight]: idf from the stored document frequency,
 * length normalisation from the stored average, frequencies in hundredths, as the Node index reads them.
 */
export const BM25_SQL = `
WITH q AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS weight FROM json_each(?1)),
s AS (SELECT passages AS n, total_length / MAX(passages, 1) AS avg FROM corpus_stats WHERE id = 1),
w AS (SELECT t.term AS term, q.weight * ln(1 + (s.n - t.df + 0.5) / (t.df + 0.5)) AS w
      FROM q JOIN corpus_terms t ON t.term = q.term CROSS JOIN s)
SELECT p.doc AS doc, SUM(w.w * (p.f100 / 100.0 * ${BM25.k1 + 1})
       / (p.f100 / 100.0 + ${BM25.k1} * (${1 - BM25.b} + ${BM25.b} * (p.len100 / 100.0) / s.avg))) AS score
FROM w JOIN corpus_postings p ON p.term = w.term CROSS JOIN s
GROUP BY p.doc ORDER BY score DESC, p.doc LIMIT ?2`;

/** Passages by number (?1) or id (?2), JSON arrays. */
export const CANDIDATES_SQL = `SELECT doc, body FROM corpus_passages
WHERE doc IN (SELECT value FROM json_each(?1)) OR id IN (SELECT value FROM json_each(?2))`;

/** Which of the terms ?3 the passages named by ?1 / ?2 hold (primary-key lookups). */
export const CANDIDATE_TERMS_SQL = `SELECT p.term AS term, p.doc AS doc FROM corpus_postings p
WHERE p.term IN (SELECT value FROM json_each(?3))
  AND p.doc IN (SELECT doc FROM corpus_passages WHERE doc IN (SELECT value FROM json_each(?1)) OR id IN (SELECT value FROM json_each(?2)))`;

export const PASSAGE_BY_ID_SQL = `SELECT body FROM corpus_passages WHERE id = ?1`;

/**
 * The catalogue: the cities the corpus has sections for, in corpus order, each with the Chinese name of its first
 * passage (as the in-memory engine lists them); a scan of the (city_en, city_zh) index, which holds doc too.
 */
export const CITIES_SQL = `SELECT city_en AS en, city_zh AS zh, MIN(doc) AS first FROM corpus_passages
WHERE city_en IS NOT NULL GROUP BY city_en ORDER BY first`;
