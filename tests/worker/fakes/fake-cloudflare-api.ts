/**
 * A stand-in for api.cloudflare.com as `fetch`: the Vectorize v2 routes vectorize:sync calls (get/create index,
 * metadata indexes, upsert as multipart NDJSON, paged list, delete_by_ids), answering in the API's envelope
 * ({ success, result, errors }), over an in-memory index. Requests without the bearer token get 403.
 */
interface Index {
  config: { dimensions: number; metric: string };
  metadataIndexes: string[];
  vectors: Map<string, { values: number[]; metadata?: Record<string, string> }>;
}

export interface FakeCloudflare {
  fetch: typeof fetch;
  indexes: Map<string, Index>;
  /** "METHOD /path" of each call, without the account prefix and query. */
  calls: string[];
}

const ok = (result: unknown) => Response.json({ success: true, errors: [], messages: [], result });
const fail = (status: number, message: string) => Response.json({ success: false, errors: [{ code: status, message }], result: null }, { status });

export function createFakeCloudflare(token: string, pageSize = 2): FakeCloudflare {
  const indexes = new Map<string, Index>();
  const calls: string[] = [];
  const handle = async (request: Request): Promise<Response> => {
    if (request.headers.get("authorization") !== `Bearer ${token}`) return fail(403, "Authentication error");
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/client\/v4\/accounts\/[^/]+/, "");
    calls.push(`${request.method} ${path}`);
    if (request.method === "POST" && path === "/vectorize/v2/indexes") {
      const body = (await request.json()) as { name: string; config: Index["config"] };
      if (indexes.has(body.name)) return fail(409, "vectorize.index.duplicate_name");
      indexes.set(body.name, { config: body.config, metadataIndexes: [], vectors: new Map() });
      return ok({ name: body.name, config: body.config });
    }
    const m = /^\/vectorize\/v2\/indexes\/([^/]+)(\/.*)?$/.exec(path);
    const index = m ? indexes.get(decodeURIComponent(m[1]!)) : undefined;
    if (!m || !index) return fail(404, "vectorize.index.not_found");
    const action = `${request.method} ${m[2] ?? ""}`;
    switch (action) {
      case "GET ":
        return ok({ name: m[1], config: index.config });
      case "GET /metadata_index/list":
        return ok({ metadataIndexes: index.metadataIndexes.map((propertyName) => ({ propertyName, indexType: "String" })) });
      case "POST /metadata_index/create":
        index.metadataIndexes.push(((await request.json()) as { propertyName: string }).propertyName);
        return ok({ mutationId: crypto.randomUUID() });
      case "POST /upsert": {
        const file = (await request.formData()).get("vectors") as unknown as Blob;
        for (const line of (await file.text()).split("\n").filter(Boolean)) {
          const v = JSON.parse(line) as { id: string; values: number[]; metadata?: Record<string, string> };
          if (v.values.length !== index.config.dimensions) return fail(400, "vectorize.invalid_vector_dimensions");
          index.vectors.set(v.id, { values: v.values, metadata: v.metadata });
        }
        return ok({ mutationId: crypto.randomUUID() });
      }
      case "GET /list": {
        const ids = [...index.vectors.keys()].sort();
        const start = Number(url.searchParams.get("cursor") ?? 0);
        const count = Math.min(Number(url.searchParams.get("count") ?? 100), pageSize);
        const page = ids.slice(start, start + count);
        const isTruncated = start + count < ids.length;
        return ok({ count: page.length, totalCount: ids.length, isTruncated, nextCursor: isTruncated ? String(start + count) : null, vectors: page.map((id) => ({ id })) });
      }
      case "POST /delete_by_ids":
        for (const id of ((await request.json()) as { ids: string[] }).ids) index.vectors.delete(id);
        return ok({ mutationId: crypto.randomUUID() });
      default:
        return fail(404, `no route ${action}`);
    }
  };
  return { fetch: (input, init) => handle(new Request(input as RequestInfo, init)), indexes, calls };
}
