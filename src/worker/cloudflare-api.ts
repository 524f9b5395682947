/**
 * A small client of the Cloudflare REST API for what vectorize:sync and cloudflare:sync need: Vectorize v2 index
 * management and vector upsert/list/delete, D1 queries, and Workers AI model runs (to embed passages with the model the Worker queries with).
 * fetch only, so it runs on Node and in tests with a stand-in fetch. Credentials come from the caller; they are
 * sent as a bearer header and never logged.
 */
import type { WorkersAiBinding } from "../providers/workers-ai-chat.js";

export const CLOUDFLARE_API_BASE = "https://api.cloudflare.com/client/v4";

export interface CloudflareApiOptions {
  accountId: string;
  apiToken: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface VectorizeIndexInfo {
  name: string;
  config: { dimensions: number; metric: string };
}

export interface VectorizeRecord {
  id: string;
  values: number[];
  metadata?: Record<string, string>;
}

export class CloudflareApiError extends Error {
  override name = "CloudflareApiError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function createCloudflareApi(options: CloudflareApiOptions) {
  const base = `${options.baseUrl ?? CLOUDFLARE_API_BASE}/accounts/${encodeURIComponent(options.accountId)}`;
  const doFetch = options.fetch ?? fetch;

  async function call<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${options.apiToken}` };
    if (contentType) headers["content-type"] = contentType;
    const res = await doFetch(`${base}${path}`, { method, headers, body });
    const json = (await res.json().catch(() => null)) as { success?: boolean; result?: T; errors?: { message?: string }[] } | null;
    if (!res.ok || !json?.success) {
      const detail = json?.errors?.map((e) => e.message).filter(Boolean).join("; ") || res.statusText;
      throw new CloudflareApiError(res.status, `${method} ${path}: ${res.status} ${detail}`);
    }
    return json.result as T;
  }
  const json = (value: unknown) => JSON.stringify(value);
  const index = (name: string) => `/vectorize/v2/indexes/${encodeURIComponent(name)}`;

  return {
    async getIndex(name: string): Promise<VectorizeIndexInfo | null> {
      try {
        return await call<VectorizeIndexInfo>("GET", index(name));
      } catch (err) {
        if (err instanceof CloudflareApiError && (err.status === 404 || err.status === 410)) return null;
        throw err;
      }
    },
    createIndex(name: string, dimensions: number, metric: "cosine", description: string) {
      return call<VectorizeIndexInfo>("POST", "/vectorize/v2/indexes", json({ name, description, config: { dimensions, metric } }), "application/json");
    },
    async listMetadataIndexes(name: string): Promise<string[]> {
      const result = await call<{ metadataIndexes?: { propertyName: string }[] }>("GET", `${index(name)}/metadata_index/list`);
      return (result.metadataIndexes ?? []).map((m) => m.propertyName);
    },
    createMetadataIndex(name: string, propertyName: string) {
      return call("POST", `${index(name)}/metadata_index/create`, json({ propertyName, indexType: "string" }), "application/json");
    },
    /** NDJSON in a multipart form, as wrangler sends it; at most 5,000 vectors per call. */
    upsert(name: string, records: VectorizeRecord[]) {
      const form = new FormData();
      const ndjson = records.map((r) => JSON.stringify(r)).join("\n");
      form.append("vectors", new Blob([ndjson], { type: "application/x-ndjson" }), "vectors.ndjson");
      return call<{ mutationId?: string }>("POST", `${index(name)}/upsert`, form);
    },
    /** Every vector id in the index, 1,000 per page. */
    async listVectorIds(name: string): Promise<string[]> {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const query = new URLSearchParams({ count: "1000", ...(cursor ? { cursor } : {}) });
        const page = await call<{ vectors: { id: string }[]; isTruncated?: boolean; nextCursor?: string | null }>("GET", `${index(name)}/list?${query}`);
        ids.push(...page.vectors.map((v) => v.id));
        cursor = page.isTruncated && page.nextCursor ? page.nextCursor : undefined;
      } while (cursor);
      return ids;
    },
    deleteByIds(name: string, ids: string[]) {
      return call<{ mutationId?: string }>("POST", `${index(name)}/delete_by_ids`, json({ ids }), "application/json");
    },
    /** One D1 statement with its parameters over the HTTP API; the rows it returns. */
    async d1Query<T = Record<string, unknown>>(databaseId: string, sql: string, params: unknown[] = []): Promise<T[]> {
      const result = await call<{ results?: T[] }[]>("POST", `/d1/database/${encodeURIComponent(databaseId)}/query`, json({ sql, params }), "application/json");
      return result[0]?.results ?? [];
    },
    /** Workers AI over REST, shaped like the Worker's AI binding so the same embedder code runs on both. */
    aiBinding(): WorkersAiBinding {
      return { run: (model, inputs) => call("POST", `/ai/run/${model}`, json(inputs), "application/json") };
    },
  };
}

export type CloudflareApi = ReturnType<typeof createCloudflareApi>;
