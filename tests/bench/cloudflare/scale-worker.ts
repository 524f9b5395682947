/**
 * The Worker in D1 scale mode, run by workerd through Miniflare: the real bundle (`wrangler deploy --dry-run`),
 * a real local SQLite-backed D1 (CORPUS_DB), and a Vectorize stand-in that speaks the binding's interface
 * (`query(vector, { topK, returnMetadata, returnValues })`). As on Cloudflare, neither runs in the Worker's process:
 * D1 lives in a workerd of its own (its SQLite file on disk), reached through a binding that forwards each
 * prepare/bind/batch to it; the stand-in's calls go to this Node process, where the Node build's own exact vector
 * index answers them. So the app's workerd process holds the app alone: its CPU time and memory are the Worker's.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare, Response, type Request as MfRequest } from "miniflare";
import type { D1DatabaseLike } from "../../../src/feedback/d1-feedback-store.js";
import type { VectorIndex } from "../../../src/retrieval/vector-index.js";
import { ROOT } from "../lib/processes.js";
import { workerdChildren } from "./workerd-process.js";

/** The binding's documented limit on topK without values or metadata. */
const MAX_TOP_K = 100;

/** Bundles src/entry/worker.ts as `wrangler deploy` would, into `outDir` (offline, about 2 s). */
export function bundleWorker(outDir: string): string {
  execFileSync(process.execPath, ["--import", "tsx", "src/cli/build-worker-index.ts"], { cwd: ROOT, stdio: "ignore" });
  execFileSync(process.execPath, ["node_modules/wrangler/bin/wrangler.js", "deploy", "--dry-run", "--outdir", outDir], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: "ignore",
  });
  return outDir;
}

export interface ScaleWorker {
  fetch(path: string): Promise<Response>;
  corpusDb(): Promise<D1DatabaseLike>;
  /** The JSON records the Worker logged ("d1 retrieval" among them). */
  logs: Record<string, unknown>[];
  /** workerd's process id (CPU time and memory are read from /proc). */
  pid(): number;
  dispose(): Promise<void>;
}

/** CORPUS_DB in the app: D1's statement interface, each call forwarded to the D1 process (see startScaleWorker). */
const D1_FORWARD_SCRIPT = `
export default function (env) {
  const call = async (statements) => {
    const res = await env.D1.fetch("http://d1/", { method: "POST", body: JSON.stringify(statements) });
    if (!res.ok) throw new Error(await res.text());
    return res.json();
  };
  const statement = (sql, params = []) => ({
    sql, params,
    bind: (...values) => statement(sql, values),
    all: async () => (await call([{ sql, params }]))[0],
    run: async () => (await call([{ sql, params }]))[0],
    first: async () => (await call([{ sql, params }]))[0].results[0] ?? null,
  });
  return {
    prepare: (sql) => statement(sql),
    batch: (statements) => call(statements.map((s) => ({ sql: s.sql, params: s.params }))),
    exec: async (sql) => (await call([{ sql, params: [] }]))[0],
  };
}`;

const STANDIN_SCRIPT = `
export default function (env) {
  return {
    async query(vector, options) {
      const res = await env.STORE.fetch("http://vectorize/query", { method: "POST", body: JSON.stringify({ vector: Array.from(vector), options }) });
      if (!res.ok) throw new Error(await res.text());
      return res.json();
    },
  };
}`;

export async function startScaleWorker(options: {
  bundleDir: string;
  vectors: () => VectorIndex;
  dimensions: number;
  /** Where D1 keeps its SQLite file: on disk, as wrangler dev keeps it, so workerd's memory holds its page cache only. */
  d1Dir: string;
  vars?: Record<string, string>;
}): Promise<ScaleWorker> {
  const logs: Record<string, unknown>[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        const at = line.indexOf("{");
        if (at < 0) continue;
        try {
          logs.push(JSON.parse(line.slice(at)) as Record<string, unknown>);
        } catch {
          // not one of the app's records
        }
      }
    });
  };
  // D1's own process: a worker that only owns the database.
  const d1Host = new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", d1Databases: { DB: "corpus" }, d1Persist: options.d1Dir });
  const db = (await d1Host.getD1Database("DB")) as unknown as D1DatabaseLike & { batch(s: unknown[]): Promise<unknown[]> };
  const before = workerdChildren();
  const mf = new Miniflare({
    handleRuntimeStdio: (stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) => (collect(stdout), collect(stderr)),
    workers: [
      {
        name: "app",
        modules: true,
        scriptPath: join(options.bundleDir, "worker.js"),
        modulesRoot: options.bundleDir,
        modulesRules: [{ type: "Text", include: ["**/*.md", "**/*.json.txt"] }],
        compatibilityDate: compatibilityDate(),
        bindings: { EMBEDDINGS_PROVIDER: "local", LLM_PROVIDER: "none", RATE_LIMIT_RPM: "0", LOG_LEVEL: "info", RETRIEVAL_CACHE_SIZE: "0", ...options.vars },
        wrappedBindings: { VECTORIZE: { scriptName: "vectorize-standin" }, CORPUS_DB: { scriptName: "d1-forward" } },
      },
      {
        name: "d1-forward",
        modules: true,
        script: D1_FORWARD_SCRIPT,
        serviceBindings: {
          D1: async (request: MfRequest) => {
            const statements = (await request.json()) as { sql: string; params: unknown[] }[];
            try {
              const results = await db.batch(statements.map((s) => db.prepare(s.sql).bind(...s.params)));
              return Response.json(results);
            } catch (err) {
              return new Response(err instanceof Error ? err.message : String(err), { status: 500 });
            }
          },
        },
      },
      {
        name: "vectorize-standin",
        modules: true,
        script: STANDIN_SCRIPT,
        serviceBindings: {
          STORE: async (request: MfRequest) => {
            const { vector, options: query } = (await request.json()) as { vector: number[]; options: { topK: number; returnValues?: boolean; returnMetadata?: unknown } };
            if (vector.length !== options.dimensions) return new Response(`VECTOR_QUERY_ERROR: expected ${options.dimensions} dimensions, got ${vector.length}`, { status: 400 });
            if (query.topK > MAX_TOP_K) return new Response(`VECTOR_QUERY_ERROR: topK must be at most ${MAX_TOP_K}`, { status: 400 });
            const hits = await options.vectors().search(vector, query.topK);
            const matches = hits.map((h) => ({ id: h.id, score: h.similarity }));
            return Response.json({ count: matches.length, matches });
          },
        },
      },
    ],
  });
  await mf.ready;
  const app = workerdChildren().find((pid) => !before.includes(pid));
  if (!app) throw new Error("the app's workerd process was not found");
  return {
    fetch: (path) => mf.dispatchFetch(`http://localhost${path}`) as unknown as Promise<Response>,
    corpusDb: async () => db,
    logs,
    pid: () => app,
    dispose: async () => {
      await mf.dispose();
      await d1Host.dispose();
    },
  };
}

function compatibilityDate(): string {
  return /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))![1]!;
}
