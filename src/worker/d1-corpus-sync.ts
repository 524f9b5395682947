/**
 * Keeps the D1 corpus equal to a Node build, incrementally and idempotently: passages whose hash (text and terms)
 * is unchanged are left alone; new ones get the next passage number, changed ones keep theirs and have their
 * postings rewritten, removed ones go with their postings; then the document frequency of every term touched is
 * counted again, and the corpus statistics are written. A second run with the same build writes nothing.
 * Runtime-neutral: the target is a D1 binding (tests, local bench) or D1's HTTP API (src/cli/cloudflare-sync.ts).
 */
import type { D1DatabaseLike } from "../feedback/d1-feedback-store.js";
import { buildCatalogue, compactCatalogue } from "../catalogue/catalogue.js";
import type { Passage } from "../schemas.js";
import { CATALOGUE_SQL, CORPUS_SCHEMA_SQL, GLOSSARY_SQL } from "./d1-corpus-sql.js";
import type { GlossaryFile } from "../retrieval/glossary.js";
import { chunkByJsonSize, postingChunks, type CorpusRows, type PassageRow } from "./d1-corpus-rows.js";

/** One statement at a time, with its parameters; the rows it returns. */
export interface SqlTarget {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export function d1BindingTarget(db: D1DatabaseLike): SqlTarget {
  return { query: async <T>(sql: string, params: unknown[] = []) => (await db.prepare(sql).bind(...params).all<T>()).results };
}

/** A JSON parameter stays well under D1's 2 MB limit for a string (and a request under the HTTP API's). */
const MAX_PARAM_BYTES = 900_000;
const PAGE = 20_000;

export interface CorpusMeta {
  embedder: string;
  corpusHash: string;
  /** The operator's glossary layers the rows' terms were analyzed with (GLOSSARY_FILES); none: the shipped glossary. */
  glossary?: GlossaryFile[];
}

export interface CorpusSyncPlan {
  added: (PassageRow & { doc: number })[];
  changed: (PassageRow & { doc: number })[];
  removed: { id: string; doc: number }[];
  unchanged: number;
}

export interface CorpusSyncReport {
  plan: { added: number; changed: number; removed: number; unchanged: number };
  statements: number;
  termsRecounted: number;
}

/** What D1 holds now: passage id, number and hash (paged by passage number); nothing before the first sync. */
export async function readSyncedPassages(target: SqlTarget): Promise<Map<string, { doc: number; hash: string }>> {
  const synced = new Map<string, { doc: number; hash: string }>();
  for (let after = -1; ; ) {
    let page: { doc: number; id: string; hash: string }[];
    try {
      page = await target.query("SELECT doc, id, hash FROM corpus_passages WHERE doc > ?1 ORDER BY doc LIMIT ?2", [after, PAGE]);
    } catch (err) {
      // A read-only dry run against a database never synced: nothing there yet.
      if (/no such table/i.test(err instanceof Error ? err.message : String(err))) return synced;
      throw err;
    }
    for (const r of page) synced.set(r.id, { doc: r.doc, hash: r.hash });
    if (page.length < PAGE) return synced;
    after = page[page.length - 1]!.doc;
  }
}

export function planCorpusSync(synced: Map<string, { doc: number; hash: string }>, corpus: CorpusRows): CorpusSyncPlan {
  let next = 0;
  for (const { doc } of synced.values()) next = Math.max(next, doc + 1);
  const plan: CorpusSyncPlan = { added: [], changed: [], removed: [], unchanged: 0 };
  const current = new Set<string>();
  for (const row of corpus.rows) {
    current.add(row.id);
    const before = synced.get(row.id);
    if (!before) plan.added.push({ ...row, doc: next++ });
    else if (before.hash !== row.hash) plan.changed.push({ ...row, doc: before.doc });
    else plan.unchanged++;
  }
  for (const [id, { doc }] of synced) if (!current.has(id)) plan.removed.push({ id, doc });
  return plan;
}

export async function applyCorpusSync(
  target: SqlTarget,
  plan: CorpusSyncPlan,
  corpus: CorpusRows,
  meta: CorpusMeta,
  log: (line: string) => void = () => {},
): Promise<CorpusSyncReport> {
  let statements = 0;
  const run = async (sql: string, params: unknown[] = []) => (statements++, target.query(sql, params));
  for (const sql of CORPUS_SCHEMA_SQL) await target.query(sql);
  const touched = new Set<string>();

  // The postings of changed and removed passages go first, by the terms D1 recorded for them.
  const stale = [...plan.changed.map((r) => r.id), ...plan.removed.map((r) => r.id)];
  for (const ids of chunkByJsonSize(stale, MAX_PARAM_BYTES)) {
    const rows = await run("SELECT doc, terms FROM corpus_passages WHERE id IN (SELECT value FROM json_each(?1))", [JSON.stringify(ids)]);
    const pairs = rows.flatMap((r) => (JSON.parse(String(r.terms)) as string[]).map((t) => (touched.add(t), [t, Number(r.doc)])));
    for (const chunk of chunkByJsonSize(pairs, MAX_PARAM_BYTES, pairBytes)) {
      await run(
        "DELETE FROM corpus_postings WHERE (term, doc) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))",
        [JSON.stringify(chunk)],
      );
    }
  }
  for (const ids of chunkByJsonSize(plan.removed.map((r) => r.id), MAX_PARAM_BYTES)) {
    await run("DELETE FROM corpus_passages WHERE id IN (SELECT value FROM json_each(?1))", [JSON.stringify(ids)]);
  }

  const written = [...plan.changed, ...plan.added];
  const passageRows = written.map((r) => [r.doc, r.id, r.body, r.cityEn, r.cityZh, r.hash, JSON.stringify(r.terms)]);
  for (const chunk of chunkByJsonSize(passageRows, MAX_PARAM_BYTES, (r) => String(r[2]).length * 3 + String(r[6]).length * 3 + 60)) {
    await run(
      `INSERT OR REPLACE INTO corpus_passages (doc, id, body, city_en, city_zh, hash, terms)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),
              json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]') FROM json_each(?1)`,
      [JSON.stringify(chunk)],
    );
  }
  let postings = 0;
  for (const json of postingChunks(corpus, written, touched, MAX_PARAM_BYTES)) {
    postings += json.count;
    await run(
      `INSERT OR REPLACE INTO corpus_postings (term, doc, f100, len100)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?1)`,
      [json.text],
    );
  }
  if (written.length || plan.removed.length) log(`wrote ${written.length} passages (${postings} postings), removed ${plan.removed.length}`);

  // Document frequencies of the touched terms, counted from the postings (a primary-key range per term).
  for (const chunk of chunkByJsonSize([...touched], MAX_PARAM_BYTES)) {
    await run(
      `INSERT OR REPLACE INTO corpus_terms (term, df)
       SELECT j.value, (SELECT COUNT(*) FROM corpus_postings p WHERE p.term = j.value) FROM json_each(?1) j`,
      [JSON.stringify(chunk)],
    );
  }
  if (touched.size) await run("DELETE FROM corpus_terms WHERE df = 0");

  const changedAnything = written.length > 0 || plan.removed.length > 0;
  // The catalogue the passages imply, compacted: made only when the passages changed or none is stored (it parses
  // every passage), and written only when it differs, so a second sync writes nothing.
  const [stored] = await target.query<{ body: string }>(CATALOGUE_SQL);
  if (changedAnything || !stored) {
    const catalogue = JSON.stringify(compactCatalogue(buildCatalogue(corpus.rows.map((r) => JSON.parse(r.body) as Passage))));
    if (stored?.body !== catalogue) await run("INSERT OR REPLACE INTO corpus_catalogue (id, body) VALUES (1, ?1)", [catalogue]);
  }
  // The glossary the terms were made with, written only when it differs from the stored one.
  const glossary = JSON.stringify(meta.glossary ?? []);
  const [storedGlossary] = await target.query<{ body: string }>(GLOSSARY_SQL);
  if (storedGlossary?.body !== glossary) await run("INSERT OR REPLACE INTO corpus_glossary (id, body) VALUES (1, ?1)", [glossary]);
  const [stats] = await target.query<{ embedder: string; corpusHash: string }>("SELECT embedder, corpus_hash AS corpusHash FROM corpus_stats WHERE id = 1");
  if (changedAnything || stats?.embedder !== meta.embedder || stats?.corpusHash !== meta.corpusHash) {
    await run(
      "INSERT OR REPLACE INTO corpus_stats (id, passages, total_length, embedder, corpus_hash, synced_at) VALUES (1, (SELECT COUNT(*) FROM corpus_passages), ?1, ?2, ?3, ?4)",
      [corpus.totalLength, meta.embedder, meta.corpusHash, new Date().toISOString()],
    );
  }
  return {
    plan: { added: plan.added.length, changed: plan.changed.length, removed: plan.removed.length, unchanged: plan.unchanged },
    statements,
    termsRecounted: touched.size,
  };
}

/** A posting or (term, doc) pair's JSON size, bounded without serialising it (Han characters are 3 bytes). */
const pairBytes = (pair: unknown[]) => String(pair[0]).length * 3 + 40;
