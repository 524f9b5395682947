/**
 * npm run cloudflare:sync [-- --apply] [--d1 DATABASE_ID] [--index NAME] [--verbose]
 *
 * Fills the Worker's D1 scale mode from the Node build (the same ingest pipeline as `npm run ingest`; the index is
 * built or updated first when stale): passages, catalogue and BM25 postings into D1, passage vectors into
 * Vectorize, incrementally (only passages whose text or terms changed) and idempotently (a second run writes
 * nothing). A dry run unless --apply: it prints what would change, read from D1 when credentials are set.
 * Needs CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_API_TOKEN (D1 Edit, Vectorize Edit, Workers AI Read) and the D1
 * database id (--d1 or CLOUDFLARE_D1_DATABASE_ID; `wrangler d1 create city-climate-qa-corpus` prints it).
 */
import { plainPostings } from "../retrieval/keyword-index-types.js";
import { z } from "zod";
import { parseConfig } from "../config.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { passageSearchText } from "../retrieval/terms.js";
import { glossaryFileList, readGlossaryFile } from "../retrieval/glossary-files.js";
import { ensureIndex } from "../store/load-index.js";
import { createCloudflareApi } from "../worker/cloudflare-api.js";
import { corpusRows } from "../worker/d1-corpus-rows.js";
import { applyCorpusSync, planCorpusSync, readSyncedPassages, type CorpusSyncPlan, type SqlTarget } from "../worker/d1-corpus-sync.js";
import { DEFAULT_UPSERT_BATCH, ensureVectorizeIndex, planBatches, toRecords } from "../worker/vectorize-sync.js";
import { flagString, parseArgs } from "./args.js";
import { chooseSyncEmbedder } from "./sync-embedder.js";

const DEFAULT_INDEX = "city-climate-qa";

const CredentialsSchema = z.object({
  CLOUDFLARE_ACCOUNT_ID: z.string().regex(/^[0-9a-f]{32}$/i, "a 32-character hex account id"),
  CLOUDFLARE_API_TOKEN: z.string().min(20, "an API token"),
  CLOUDFLARE_D1_DATABASE_ID: z.string().uuid("the D1 database id (a UUID; --d1 ID)"),
});

function describe(plan: CorpusSyncPlan, verbose: boolean): string {
  const ids = (rows: { id: string }[]) => (verbose ? rows.map((r) => r.id) : rows.slice(0, 5).map((r) => r.id)).join(", ");
  return [
    `${plan.added.length} new, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged} unchanged passages`,
    ...(plan.added.length ? [`  new: ${ids(plan.added)}${!verbose && plan.added.length > 5 ? ", …" : ""}`] : []),
    ...(plan.changed.length ? [`  changed: ${ids(plan.changed)}${!verbose && plan.changed.length > 5 ? ", …" : ""}`] : []),
    ...(plan.removed.length ? [`  removed: ${ids(plan.removed)}${!verbose && plan.removed.length > 5 ? ", …" : ""}`] : []),
  ].join("\n");
}

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const apply = Boolean(flags.apply);
  const config = parseConfig(process.env);
  const indexName = flagString(flags, "index") ?? DEFAULT_INDEX;
  const credentials = CredentialsSchema.safeParse({ ...config, ...process.env, CLOUDFLARE_D1_DATABASE_ID: flagString(flags, "d1") ?? process.env.CLOUDFLARE_D1_DATABASE_ID });

  // The Node build, exactly as the server would load it: the D1 rows carry its passages and analyzed terms.
  const node = createNodeEmbeddings(config);
  const index = await ensureIndex({ indexDir: config.INDEX_DIR, corpusDir: config.CORPUS_DIR, embeddings: node.embeddings, embedderId: node.id, log: (l) => console.log(l), searchThread: "off" });
  const rows = corpusRows(index.passages, plainPostings(index.keywordData));
  const postings = index.keywordData.docs.length;
  console.log(`build ${config.INDEX_DIR}: ${rows.rows.length} passages, ${index.keywordData.terms.length} terms, ${postings} postings`);

  const api = credentials.success
    ? createCloudflareApi({ accountId: credentials.data.CLOUDFLARE_ACCOUNT_ID, apiToken: credentials.data.CLOUDFLARE_API_TOKEN })
    : null;
  const target: SqlTarget | null = api && credentials.success ? { query: (sql, params) => api.d1Query(credentials.data.CLOUDFLARE_D1_DATABASE_ID, sql, params) } : null;
  const embedder = chooseSyncEmbedder(config, apply ? api : null);

  if (!apply) {
    // A dry run only reads (SELECTs); the tables are created by the first --apply.
    const synced = target ? await readSyncedPassages(target) : new Map();
    const plan = planCorpusSync(synced, rows);
    console.log(`dry run${target ? "" : " (no credentials: planned against an empty database)"}: D1 would get ${describe(plan, Boolean(flags.verbose))}`);
    const vectors = plan.added.length + plan.changed.length;
    console.log(`Vectorize index ${indexName} (${embedder.id}, ${embedder.dimensions ?? "probed"} dimensions): would upsert ${vectors} vectors in ${Math.ceil(vectors / DEFAULT_UPSERT_BATCH)} batch(es), delete ${plan.removed.length}`);
    console.log("run again with --apply to write");
    return;
  }
  if (!credentials.success || !api || !target) {
    const names = credentials.success ? "" : credentials.error.issues.map((i) => `${i.path.join(".")} (${i.message})`).join(", ");
    throw new Error(`set ${names}; or leave out --apply for a dry run`);
  }

  const [before] = await target.query<{ embedder: string }>("SELECT embedder FROM corpus_stats WHERE id = 1").catch(() => []);
  const plan = planCorpusSync(await readSyncedPassages(target), rows);
  console.log(`D1: ${describe(plan, Boolean(flags.verbose))}`);
  // The operator's glossary (GLOSSARY_FILES) the build analyzed with travels too: the Worker analyzes questions with it.
  const glossary = glossaryFileList(config.GLOSSARY_FILES).map(readGlossaryFile);
  const meta = { embedder: embedder.id, corpusHash: index.manifest.corpusHash, glossary };
  const report = await applyCorpusSync(target, plan, rows, meta, (l) => console.log(l));
  console.log(`D1 in sync: ${report.statements} statements, ${report.termsRecounted} terms recounted`);

  const dimensions = embedder.dimensions ?? (await embedder.embed(["dimension probe"]))[0]!.length;
  const created = await ensureVectorizeIndex(api, { index: indexName, dimensions }, (l) => console.log(l));
  // A new index or another embedder needs every vector; otherwise only the passages D1 just took.
  const all = created.created || before?.embedder !== embedder.id;
  const toEmbed = all ? index.passages : [...plan.added, ...plan.changed].map((r) => index.passages[r.index]!);
  for (const [i, batch] of planBatches(toEmbed).entries()) {
    await api.upsert(indexName, toRecords(batch, await embedder.embed(batch.map(passageSearchText))));
    console.log(`upserted batch ${i + 1} (${batch.length} vectors)`);
  }
  const removed = plan.removed.map((r) => r.id);
  for (let i = 0; i < removed.length; i += DEFAULT_UPSERT_BATCH) await api.deleteByIds(indexName, removed.slice(i, i + DEFAULT_UPSERT_BATCH));
  console.log(`Vectorize in sync: ${toEmbed.length} upserted, ${removed.length} deleted (applied asynchronously: allow a few seconds)`);
}

main().catch((err) => {
  console.error(`cloudflare:sync failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
