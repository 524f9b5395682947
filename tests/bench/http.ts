/**
 * HTTP on the real server (src/entry/node.ts) with the seed corpus: /api/search under autocannon at 10
 * connections, against the server's bare route (/healthz: the same middleware, no work) in the same run.
 * Then /api/search latency one request at a time over keep-alive, as a client sees it.
 */
// @ts-expect-error autocannon ships no types
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, type ServerHandle } from "./lib/processes.js";
import { percentiles, round, type Percentiles } from "./lib/stats.js";

export interface LoadRun {
  path: string;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/** The seed corpus's evaluation questions, as search paths. */
export function seedSearchPaths(count = 16): string[] {
  const questions = JSON.parse(readFileSync(join(ROOT, "tests/eval/questions.json"), "utf8")) as { question: string }[];
  return questions.slice(0, count).map((q) => `/api/search?q=${encodeURIComponent(q.question)}&k=5`);
}

/**
 * Every call a question never asked before (a seed question with a running number), so no request is answered
 * from the retrieval cache: what a stream of new questions costs.
 */
export function uniqueSearchPaths(): () => string {
  const questions = JSON.parse(readFileSync(join(ROOT, "tests/eval/questions.json"), "utf8")) as { question: string }[];
  let count = 0;
  return () => {
    const q = questions[count % questions.length]!.question;
    return `/api/search?q=${encodeURIComponent(`${q} ${++count}`)}&k=5`;
  };
}

export async function load(server: ServerHandle, paths: string[] | (() => string), seconds: number, connections = 10): Promise<LoadRun> {
  const requests =
    typeof paths === "function"
      ? [{ method: "GET", setupRequest: (req: { path: string }) => ({ ...req, path: paths() }) }]
      : paths.map((path) => ({ method: "GET", path }));
  const result = (await autocannon({ url: server.url, connections, duration: seconds, requests })) as AutocannonResult;
  return {
    path: typeof paths === "function" ? "/api/search" : paths[0]!.split("?")[0]!,
    reqPerS: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export interface HttpResult {
  connections: number;
  seconds: number;
  /** 16 questions in rotation: after the first round, each is answered from the retrieval cache. */
  search: LoadRun;
  /** Every request a new question: each one is searched. */
  searchNew: LoadRun;
  bare: LoadRun;
  /** search req/s over bare req/s. */
  ratio: number;
  /** searchNew req/s over bare req/s. */
  ratioNew: number;
}

/** Bare route first, then search, then bare again; ratios use the better bare run (the stricter figure). */
export async function benchHttp(server: ServerHandle, seconds: number): Promise<HttpResult> {
  const bare = ["/healthz"];
  await load(server, seedSearchPaths(), 2); // warm-up
  const bare1 = await load(server, bare, seconds);
  const search = await load(server, seedSearchPaths(), seconds);
  const searchNew = await load(server, uniqueSearchPaths(), seconds);
  const bare2 = await load(server, bare, seconds);
  const best = bare1.reqPerS >= bare2.reqPerS ? bare1 : bare2;
  return {
    connections: 10,
    seconds,
    search,
    searchNew,
    bare: best,
    ratio: round(search.reqPerS / best.reqPerS, 3),
    ratioNew: round(searchNew.reqPerS / best.reqPerS, 3),
  };
}

/** Server settings for latency runs that repeat questions: each request is searched, none answered from memory. */
export const NO_CACHE = { RETRIEVAL_CACHE_SIZE: "0" };

/** One request at a time over keep-alive: what a single client waits for. */
export async function sequentialLatency(server: ServerHandle, paths: string[], rounds = 2): Promise<Percentiles> {
  for (const path of paths.slice(0, 20)) await (await fetch(server.url + path)).arrayBuffer();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const path of paths) {
      const started = performance.now();
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      samples.push(performance.now() - started);
    }
  }
  return percentiles(samples);
}
