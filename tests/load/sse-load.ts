/**
 * Load test (not part of `npm test`): N concurrent streaming chats for D seconds against the real server process,
 * which talks to a loopback OpenAI-compatible model server (tests/helpers/fake-openai-server.ts) that streams its
 * reply token by token. Everything listens on 127.0.0.1; the run is bounded in time (a hard stop kills it).
 *
 *   npx tsx tests/load/sse-load.ts [--concurrency 100] [--duration 30] [--mode llm|extractive]
 *                                  [--token-delay-ms 15] [--tokens 40] [--compat-share 0.25] [--warmup 30]
 *                                  [--timeline] [--json out.json]
 *
 * Prints failures (must be 0), time to first token (p50/p90/p99/max), and the server's RSS over the first and the
 * last 10 s (growth must stay under 50 MB). Exits 1 when either bar is missed, 2 on the hard stop.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { spawnServer, type ServerProcess } from "../helpers/processes.js";
import { readSse } from "../helpers/sse-client.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "../helpers/test-engine.js";

const MAX_RSS_GROWTH_MB = 50;
const WINDOW_MS = 10_000;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const concurrency = Number(flag("concurrency", "100"));
const durationMs = Number(flag("duration", "30")) * 1000;
const mode = flag("mode", "llm") as "llm" | "extractive";
const tokenDelayMs = Number(flag("token-delay-ms", "15"));
const tokens = Number(flag("tokens", "40"));
const compatShare = Number(flag("compat-share", "0.25"));
const jsonOut = flag("json", "");
/**
 * Seconds of full load before the measured window. V8 grows its heap lazily and in-flight model calls keep their
 * timeout signals for LLM_TIMEOUT_MS, so RSS climbs for about 30 s before it levels off; measuring growth from a
 * cold start would report warm-up, not a leak. 0 = only a few warm-up requests.
 */
const warmupMs = Number(flag("warmup", "30")) * 1000;
const timeline = process.argv.includes("--timeline");
const HARD_STOP_MS = durationMs + warmupMs + 120_000;

const QUESTIONS = [
  "How many supercharging stations has Shenzhen built?",
  "深圳建成了多少座超充站?",
  "What is Wuhan doing about climate change?",
  "青岛在低碳发展方面有哪些举措?",
  "What did the mayor of Guangzhou say?",
  "大连的新能源汽车推广情况如何?",
  "Which cities are covered?",
  "镇江的碳达峰行动是什么?",
];

/** A reply of `tokens` pieces that cites the first source and carries no figure (so no check rewrites it). */
const REPLY = `${Array.from({ length: Math.max(1, Math.round(tokens / 8)) }, (_, i) => `The city has taken step ${["one", "two", "three", "four", "five"][i % 5]} of its plan [1]. `).join("")}`;

interface Outcome {
  ok: boolean;
  reason?: string;
  ttftMs?: number;
  totalMs: number;
  route: "chat" | "compat";
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function oneChat(url: string, question: string, route: "chat" | "compat"): Promise<Outcome> {
  const started = performance.now();
  const fail = (reason: string): Outcome => ({ ok: false, reason, totalMs: performance.now() - started, route });
  try {
    const body =
      route === "chat"
        ? { question, stream: true }
        : { model: "city-climate-qa", stream: true, messages: [{ role: "user", content: question }] };
    const res = await fetch(`${url}${route === "chat" ? "/api/chat" : "/v1/chat/completions"}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    if (res.status !== 200) return fail(`HTTP ${res.status}: ${(await res.text()).slice(0, 120)}`);
    let ttftMs: number | undefined;
    let finished = false;
    for await (const event of readSse(res)) {
      if (route === "chat") {
        if (event.event === "token") ttftMs ??= event.at - started;
        if (event.event === "error") return fail(`error frame: ${event.data.slice(0, 120)}`);
        if (event.event === "done") {
          const answer = JSON.parse(event.data) as { mode: string; answerable: boolean };
          if (answer.answerable && answer.mode !== mode) return fail(`answered in ${answer.mode} mode (a fallback)`);
          finished = true;
        }
      } else {
        if (event.data === "[DONE]") {
          finished = true;
          continue;
        }
        const chunk = JSON.parse(event.data) as { error?: unknown; choices?: { delta?: { content?: string } }[] };
        if (chunk.error) return fail(`error chunk: ${event.data.slice(0, 120)}`);
        if (chunk.choices?.[0]?.delta?.content) ttftMs ??= event.at - started;
      }
    }
    if (!finished) return fail("stream ended without done");
    return { ok: true, ttftMs, totalMs: performance.now() - started, route };
  } catch (err) {
    return fail(`exception: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function main(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), "cqa-load-"));
  const corpusDir = join(root, "corpus");
  mkdirSync(corpusDir);
  copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
  let fake: FakeOpenAIServer | null = null;
  let server: ServerProcess | null = null;
  const hardStop = setTimeout(() => {
    console.error(`hard stop after ${HARD_STOP_MS} ms`);
    server?.child.kill("SIGKILL");
    process.exit(2);
  }, HARD_STOP_MS);
  hardStop.unref();

  try {
    fake = await startFakeOpenAIServer();
    fake.setDefault({ kind: "reply", text: REPLY, tokenDelayMs, chunkChars: Math.max(1, Math.round(REPLY.length / tokens)) });
    const llmEnv: Record<string, string> =
      mode === "llm" ? { LLM_PROVIDER: "openai", LLM_BASE_URL: fake.baseURL, LLM_API_KEY: "sk-load-test-0000000000", LLM_MODEL: "fake-model" } : {};
    server = await spawnServer(
      { corpusDir, indexDir: join(root, "index"), dataDir: join(root, "data") },
      {
        ...llmEnv,
        LOG_LEVEL: "error",
        RATE_LIMIT_RPM: "0",
        LLM_MAX_CONCURRENCY: String(concurrency),
        LLM_QUEUE_SIZE: String(concurrency),
        LLM_TIMEOUT_MS: "30000",
      },
    );
    await server.ready(120_000);
    if (!server.url.startsWith("http://127.0.0.1:") || !fake.baseURL.startsWith("http://127.0.0.1:")) throw new Error("not loopback");
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { llm: string; passages: number };
    const pid = server.child.pid!;
    console.log(
      `load: ${concurrency} concurrent streams for ${durationMs / 1000} s after ${warmupMs / 1000} s of warm-up; server pid ${pid}, llm ${health.llm}, ${health.passages} passages; ` +
        `model: ${tokens} tokens, ${tokenDelayMs} ms apart; ${Math.round(compatShare * 100)}% via /v1/chat/completions`,
    );
    // Warm up (JIT, first connections), outside the measured window.
    await Promise.all(QUESTIONS.map((q) => oneChat(server!.url, q, "chat")));
    if (warmupMs > 0) {
      const until = performance.now() + warmupMs;
      await Promise.all(Array.from({ length: concurrency }, async (_, w) => {
        for (let i = w; performance.now() < until; i += concurrency) await oneChat(server!.url, QUESTIONS[i % QUESTIONS.length]!, "chat");
      }));
    }

    const samples: { t: number; mb: number }[] = [];
    const outcomes: Outcome[] = [];
    let modelRequests = 0;
    const t0 = performance.now();
    const sampler = setInterval(() => {
      const mb = rssMb(pid);
      if (mb === null) return;
      const t = performance.now() - t0;
      if (timeline && Math.floor(t / 5000) !== Math.floor((samples.at(-1)?.t ?? -5000) / 5000)) {
        console.log(`  t=${Math.round(t / 1000)}s rss ${Math.round(mb)} MB, ${outcomes.length} done`);
      }
      samples.push({ t, mb });
      // The fake model server records every request body; this process is not the one measured, but keep it light.
      modelRequests += fake!.requests.length;
      fake!.requests.length = 0;
    }, 250);
    const stopAt = t0 + durationMs;
    let n = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < stopAt) {
          const i = n++;
          const route = (i * 7919) % 100 < compatShare * 100 ? "compat" : "chat";
          outcomes.push(await oneChat(server!.url, QUESTIONS[i % QUESTIONS.length]!, route));
        }
      }),
    );
    const elapsed = performance.now() - t0;
    clearInterval(sampler);

    const failures = outcomes.filter((o) => !o.ok);
    const ttft = outcomes.filter((o) => o.ok && o.ttftMs !== undefined).map((o) => o.ttftMs!).sort((a, b) => a - b);
    const total = outcomes.filter((o) => o.ok).map((o) => o.totalMs).sort((a, b) => a - b);
    const first = samples.filter((s) => s.t <= WINDOW_MS).map((s) => s.mb);
    const last = samples.filter((s) => s.t >= elapsed - WINDOW_MS).map((s) => s.mb);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const growth = mean(last) - mean(first);
    const reasons = new Map<string, number>();
    for (const f of failures) reasons.set(f.reason!, (reasons.get(f.reason!) ?? 0) + 1);

    const report = {
      concurrency,
      durationS: round(elapsed / 1000),
      mode,
      llm: health.llm,
      requests: outcomes.length,
      perSecond: round(outcomes.length / (elapsed / 1000)),
      failures: failures.length,
      failureReasons: Object.fromEntries(reasons),
      ttftMs: { p50: round(percentile(ttft, 50)), p90: round(percentile(ttft, 90)), p99: round(percentile(ttft, 99)), max: round(ttft.at(-1) ?? NaN) },
      totalMs: { p50: round(percentile(total, 50)), p99: round(percentile(total, 99)) },
      rssMb: {
        first10s: { mean: round(mean(first)), max: round(Math.max(...first)) },
        last10s: { mean: round(mean(last)), max: round(Math.max(...last)) },
        growth: round(growth),
      },
      modelRequests: modelRequests + fake.requests.length,
    };
    console.log(`requests     ${report.requests} (${report.perSecond}/s), failures ${report.failures}`);
    for (const [reason, count] of reasons) console.log(`  failure ×${count}: ${reason}`);
    console.log(`first token  p50 ${report.ttftMs.p50} ms, p90 ${report.ttftMs.p90} ms, p99 ${report.ttftMs.p99} ms, max ${report.ttftMs.max} ms`);
    console.log(`whole answer p50 ${report.totalMs.p50} ms, p99 ${report.totalMs.p99} ms`);
    console.log(
      `server RSS   first 10 s ${report.rssMb.first10s.mean} MB (max ${report.rssMb.first10s.max}), last 10 s ${report.rssMb.last10s.mean} MB ` +
        `(max ${report.rssMb.last10s.max}); growth ${report.rssMb.growth} MB (limit ${MAX_RSS_GROWTH_MB})`,
    );
    if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
    const passed = failures.length === 0 && growth < MAX_RSS_GROWTH_MB && ttft.length > 0;
    console.log(passed ? "PASS" : "FAIL");
    return passed ? 0 : 1;
  } finally {
    const stopped = await server?.stop(15_000);
    if (stopped && stopped.code !== 0) console.log(`server exited with ${stopped.code ?? stopped.signal}`);
    await fake?.close();
    rmSync(root, { recursive: true, force: true });
    clearTimeout(hardStop);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
