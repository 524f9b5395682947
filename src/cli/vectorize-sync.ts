/**
 * npm run vectorize:sync [-- --index NAME] [--corpus DIR] [--batch N] [--dry-run] [--verbose]
 *
 * Fills the Vectorize index of the Worker's scale mode from the corpus, with the embedder the Worker will query
 * with (EMBEDDINGS_PROVIDER: local = 512 dimensions, offline; workers-ai = @cf/baai/bge-m3, 1024 dimensions).
 * Creates the index when missing, upserts every passage, deletes passages no longer in the corpus; idempotent.
 * Needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN (Vectorize Edit, and Workers AI Read for workers-ai),
 * the variables wrangler itself reads. `--dry-run` prints the batches without touching the network or credentials.
 */
import { z } from "zod";
import { parseConfig } from "../config.js";
import { corpusHash, parseCorpusFile, readCorpusDir } from "../corpus/load-dir.js";
import { passageSearchText } from "../retrieval/terms.js";
import { PassageSchema, type Passage } from "../schemas.js";
import { createCloudflareApi, type CloudflareApi } from "../worker/cloudflare-api.js";
import { DEFAULT_UPSERT_BATCH, planBatches, syncVectorize } from "../worker/vectorize-sync.js";
import { flagString, parseArgs } from "./args.js";
import { chooseSyncEmbedder as chooseEmbedder, type SyncEmbedder } from "./sync-embedder.js";

/** The index name wrangler.toml binds as VECTORIZE. */
const DEFAULT_INDEX = "city-climate-qa";
const SHOWN_IDS = 20;

/** Wrangler's own credential variables; validated here because the service itself never needs them. */
const CredentialsSchema = z.object({
  CLOUDFLARE_ACCOUNT_ID: z.string().regex(/^[0-9a-f]{32}$/i, "a 32-character hex account id"),
  CLOUDFLARE_API_TOKEN: z.string().min(20, "an API token"),
});

function printPlan(index: string, embedder: SyncEmbedder, passages: Passage[], batchSize: number, verbose: boolean) {
  const batches = planBatches(passages, batchSize);
  const dims = embedder.dimensions ?? "probed at sync time";
  console.log(`dry run: index ${index} (metric cosine, ${dims} dimensions), embedder ${embedder.id}`);
  console.log(`would upsert ${passages.length} vectors in ${batches.length} batch(es) of up to ${batchSize}, metadata city + kind:`);
  batches.forEach((batch, i) => {
    const ids = batch.map((p) => p.id);
    const shown = verbose || ids.length <= SHOWN_IDS ? ids : [...ids.slice(0, SHOWN_IDS / 2), `… ${ids.length - SHOWN_IDS} more …`, ...ids.slice(-SHOWN_IDS / 2)];
    console.log(`  batch ${i + 1}/${batches.length}: ${batch.length} vectors x ${dims} dimensions`);
    for (const id of shown) console.log(`    ${id}`);
  });
  console.log("would then delete the index's ids that are not in this list (read from the live index; skipped in a dry run)");
}

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const index = flagString(flags, "index") ?? DEFAULT_INDEX;
  const corpusDir = flagString(flags, "corpus") ?? config.CORPUS_DIR;
  const batchSize = Number(flagString(flags, "batch") ?? DEFAULT_UPSERT_BATCH);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new Error("--batch must be 1..5000 (the HTTP API's limit)");
  const dryRun = Boolean(flags["dry-run"]);

  const corpus = await readCorpusDir(corpusDir);
  for (const w of corpus.warnings) console.error(`warning: ${w}`);
  const passages = z.array(PassageSchema).parse(corpus.files.flatMap((f) => parseCorpusFile(f).passages));
  if (passages.length === 0) throw new Error(`no passages found in ${corpusDir}`);
  console.log(`corpus ${corpusDir}: ${passages.length} passages from ${corpus.files.length} file(s), hash ${corpusHash(corpus.files)}`);

  if (dryRun) {
    const embedder = chooseEmbedder(config, null);
    if (embedder.id.startsWith("local")) {
      // Offline, so the dry run can prove the dimensions rather than state them.
      const [probe] = await embedder.embed([passageSearchText(passages[0]!)]);
      if (probe!.length !== embedder.dimensions) throw new Error(`local embedder returned ${probe!.length} dimensions`);
    }
    printPlan(index, embedder, passages, batchSize, Boolean(flags.verbose));
    return;
  }

  const credentials = CredentialsSchema.safeParse(config);
  if (!credentials.success) {
    const names = credentials.error.issues.map((i) => `${i.path.join(".")} (${i.message})`).join(", ");
    throw new Error(`set ${names}; or run with --dry-run`);
  }
  const api = createCloudflareApi({ accountId: credentials.data.CLOUDFLARE_ACCOUNT_ID, apiToken: credentials.data.CLOUDFLARE_API_TOKEN });
  const embedder = chooseEmbedder(config, api);
  const dimensions = embedder.dimensions ?? (await embedder.embed(["dimension probe"]))[0]!.length;
  const report = await syncVectorize(api, { index, dimensions, embed: embedder.embed }, passages, { batchSize, log: (l) => console.log(l) });
  console.log(
    `index ${index} in sync: ${report.upserted} upserted, ${report.deleted.length} deleted` +
      `${report.created ? ", index created" : ""}${report.metadataIndexesCreated.length ? `, metadata indexes ${report.metadataIndexesCreated.join(", ")} created` : ""}` +
      " (Vectorize applies mutations asynchronously: allow a few seconds before querying)",
  );
}

main().catch((err) => {
  console.error(`vectorize:sync failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
