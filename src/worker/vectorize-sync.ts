/**
 * Keeps a Vectorize index equal to the corpus, idempotently: create the index when it is missing (cosine, the
 * embedder's dimensions) and its metadata indexes, upsert every passage in batches (id = passage id, metadata city
 * and kind), then delete the ids the corpus no longer has. Running it twice changes nothing the second time but
 * rewriting the same vectors. Runtime-neutral: the CLI (src/cli/vectorize-sync.ts) supplies the API and embedder.
 */
import { passageSearchText } from "../retrieval/terms.js";
import type { Passage } from "../schemas.js";
import type { CloudflareApi, VectorizeRecord } from "./cloudflare-api.js";

/** The HTTP API takes up to 5,000 vectors per upsert; 1,000 keeps a 1024-d batch near 10 MB of NDJSON. */
export const DEFAULT_UPSERT_BATCH = 1000;
/** Vectorize rejects longer ids. */
export const MAX_VECTOR_ID_BYTES = 64;
/** Metadata indexes let a query filter by city or kind; they must exist before the vectors are written. */
export const METADATA_INDEXES = ["city", "kind"] as const;

export interface SyncTarget {
  index: string;
  dimensions: number;
  /** Embeds a batch of passage texts with the embedder the Worker queries with. */
  embed(texts: string[]): Promise<number[][]>;
}

export interface SyncReport {
  created: boolean;
  metadataIndexesCreated: string[];
  upserted: number;
  deleted: string[];
}

/** The passages in upsert batches, after checking their ids are usable as vector ids. */
export function planBatches(passages: Passage[], batchSize = DEFAULT_UPSERT_BATCH): Passage[][] {
  const encoder = new TextEncoder();
  for (const p of passages) {
    if (encoder.encode(p.id).length > MAX_VECTOR_ID_BYTES) throw new Error(`passage id ${p.id} is longer than ${MAX_VECTOR_ID_BYTES} bytes`);
  }
  const batches: Passage[][] = [];
  for (let i = 0; i < passages.length; i += batchSize) batches.push(passages.slice(i, i + batchSize));
  return batches;
}

export function toRecords(passages: Passage[], vectors: number[][]): VectorizeRecord[] {
  return passages.map((p, i) => ({
    id: p.id,
    values: vectors[i]!,
    // Intro passages belong to no city: the key is left out rather than set to an empty string.
    metadata: { ...(p.city ? { city: p.city.en } : {}), kind: p.kind },
  }));
}

/** Creates the index (cosine, the embedder's dimensions) and its metadata indexes when missing; refuses a mismatch. */
export async function ensureVectorizeIndex(
  api: CloudflareApi,
  target: Pick<SyncTarget, "index" | "dimensions">,
  log: (line: string) => void = () => {},
): Promise<Pick<SyncReport, "created" | "metadataIndexesCreated">> {
  const report: Pick<SyncReport, "created" | "metadataIndexesCreated"> = { created: false, metadataIndexesCreated: [] };
  const existing = await api.getIndex(target.index);
  if (!existing) {
    await api.createIndex(target.index, target.dimensions, "cosine", "city-climate-qa passages");
    report.created = true;
    log(`created index ${target.index} (${target.dimensions} dimensions, cosine)`);
  } else if (existing.config.dimensions !== target.dimensions || existing.config.metric !== "cosine") {
    throw new Error(
      `index ${target.index} has ${existing.config.dimensions} dimensions and metric ${existing.config.metric}; ` +
        `this embedder needs ${target.dimensions} and cosine. Delete it (wrangler vectorize delete ${target.index}) or use --index NAME`,
    );
  }
  const haveMetadata = new Set(report.created ? [] : await api.listMetadataIndexes(target.index));
  for (const property of METADATA_INDEXES) {
    if (haveMetadata.has(property)) continue;
    await api.createMetadataIndex(target.index, property);
    report.metadataIndexesCreated.push(property);
  }
  return report;
}

export async function syncVectorize(
  api: CloudflareApi,
  target: SyncTarget,
  passages: Passage[],
  options: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<SyncReport> {
  const log = options.log ?? (() => {});
  const batches = planBatches(passages, options.batchSize);
  const report: SyncReport = { created: false, metadataIndexesCreated: [], upserted: 0, deleted: [] };

  Object.assign(report, await ensureVectorizeIndex(api, target, log));

  const stored = report.created ? [] : await api.listVectorIds(target.index);
  for (const [i, batch] of batches.entries()) {
    const vectors = await target.embed(batch.map(passageSearchText));
    const wrong = vectors.find((v) => v.length !== target.dimensions);
    if (wrong) throw new Error(`the embedder returned ${wrong.length} dimensions, the index has ${target.dimensions}`);
    await api.upsert(target.index, toRecords(batch, vectors));
    report.upserted += batch.length;
    log(`upserted batch ${i + 1}/${batches.length} (${batch.length} vectors)`);
  }

  const current = new Set(passages.map((p) => p.id));
  const stale = stored.filter((id) => !current.has(id));
  for (let i = 0; i < stale.length; i += DEFAULT_UPSERT_BATCH) {
    await api.deleteByIds(target.index, stale.slice(i, i + DEFAULT_UPSERT_BATCH));
  }
  report.deleted = stale;
  if (stale.length) log(`deleted ${stale.length} vectors of passages no longer in the corpus`);
  return report;
}
