/**
 * The Worker in D1 scale mode, run by workerd through Miniflare: the real bundle (`wrangler deploy --dry-run`),
 * a real local SQLite-backed D1 (CORPUS_DB), and a Vectorize stand-in that speaks the binding's interface
 * (`query(vector, { topK, returnMetadata, returnValues })`). The stand-in is a wrapped binding whose calls go to
 * this Node process, where the Node build's own exact vector index answers them: so the vectors live outside the
 * Worker's isolate, as they do in Vectorize, and the workerd process measured holds only the app and D1.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare, Response, type Request as MfRequest } from "miniflare";
import type { D1DatabaseLike } from "../../../src/feedback/d1-feedback-store.js";
import type { VectorIndex } from "../../../src/retrieval/vector-index.js";
import { ROOT } from "../lib/processes.js";

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
  const mf = new Miniflare({
    d1Persist: options.d1Dir,
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
        d1Databases: { CORPUS_DB: "corpus" },
        wrappedBindings: { VECTORIZE: { scriptName: "vectorize-standin" } },
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
  return {
    fetch: (path) => mf.dispatchFetch(`http://localhost${path}`) as unknown as Promise<Response>,
    corpusDb: async () => (await mf.getD1Database("CORPUS_DB", "app")) as unknown as D1DatabaseLike,
    logs,
    pid: findWorkerd,
    dispose: () => mf.dispose(),
  };
}

function compatibilityDate(): string {
  return /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, "wrangler.toml"), "utf8"))![1]!;
}

/** The workerd process this Node process started (the newest, if there are several). */
function findWorkerd(): number {
  const mine = String(process.pid);
  const pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => b - a);
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (stat.includes("(workerd)") && fields[1] === mine) return pid;
    } catch {
      // gone meanwhile
    }
  }
  throw new Error("no workerd process found");
}

/** CPU seconds (user + system) and resident memory in MB of a process, from /proc. */
export function processUsage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);
  return { cpuS: ticks / 100, rssMb: Math.round(rssKb / 1024) };
}
