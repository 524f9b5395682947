/**
 * Page weight and time to the first painted token, measured in Debian's chromium against the real server.
 *   npx tsx tests/e2e/page-metrics.ts [--runs N] [--json]
 * Weight: the bytes of the page's HTML, JS and CSS as loaded, raw and gzipped (each file on its own, level 9).
 * First token: from sending a question (Enter) to the first token's text in the answer (a MutationObserver in the
 * page, performance.now()) and to the animation frame after it (painted); also to the finished answer.
 */
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../helpers/browser.js";
import { startServer } from "../helpers/server.js";
import { PROBE_SCRIPT, type PageProbe } from "./page-probe.js";

const QUESTIONS = [
  "深圳建成了多少座超充站?",
  "How many supercharging stations has Shenzhen built?",
  "广州的通风廊道有几条?",
  "What did Wuhan's party secretary say?",
];

const args = process.argv.slice(2);
const runs = Math.max(1, Number(args[args.indexOf("--runs") + 1]) || 12);
const asJson = args.includes("--json");

type Kind = "html" | "js" | "css";
interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

function kindOf(contentType: string): Kind | null {
  if (/text\/html/.test(contentType)) return "html";
  if (/javascript/.test(contentType)) return "js";
  if (/text\/css/.test(contentType)) return "css";
  return null;
}

async function measureWeight(page: Page, url: string): Promise<Record<Kind | "total", Weight>> {
  const bodies: Promise<{ kind: Kind; body: Buffer } | null>[] = [];
  page.on("response", (res) => {
    if (!res.url().startsWith(url)) return;
    const kind = kindOf(res.headers()["content-type"] ?? "");
    if (kind) bodies.push(res.body().then((body) => ({ kind, body }), () => null));
  });
  await page.goto(`${url}/`, { waitUntil: "networkidle" });
  const out = {
    html: { files: 0, raw: 0, gzip: 0 },
    js: { files: 0, raw: 0, gzip: 0 },
    css: { files: 0, raw: 0, gzip: 0 },
    total: { files: 0, raw: 0, gzip: 0 },
  };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const gz = gzipSync(item.body, { level: 9 }).length;
    for (const w of [out[item.kind], out.total]) {
      w.files++;
      w.raw += item.body.length;
      w.gzip += gz;
    }
  }
  return out;
}

async function timeOneAnswer(page: Page, question: string): Promise<{ token: number; paint: number; done: number }> {
  await page.locator("#new-chat").click();
  await page.locator("#question").fill(question);
  await page.locator("#question").press("Enter");
  await page.waitForFunction(() => {
    const p = window.__probe;
    return p.doneAt !== null && p.firstPaintAt !== null;
  }, undefined, { timeout: 30_000 });
  const p = (await page.evaluate(() => window.__probe)) as PageProbe;
  const since = (t: number | null) => (t ?? NaN) - (p.sentAt ?? NaN);
  return { token: since(p.firstTokenAt), paint: since(p.firstPaintAt), done: since(p.doneAt) };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const weight = await measureWeight(page, server.url);
    await timeOneAnswer(page, QUESTIONS[0]!); // warm-up: server JIT, first index use
    const samples: { token: number; paint: number; done: number }[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timeOneAnswer(page, QUESTIONS[i % QUESTIONS.length]!));
    const stat = (key: "token" | "paint" | "done") => {
      const v = samples.map((s) => s[key]);
      return { median: quantile(v, 0.5), p90: quantile(v, 0.9), max: Math.max(...v) };
    };
    const timing = { firstToken: stat("token"), firstPaint: stat("paint"), done: stat("done") };
    const llm = ((await (await fetch(`${server.url}/healthz`)).json()) as { llm: string }).llm;

    if (asJson) {
      console.log(JSON.stringify({ weight, timing, runs, llm }, null, 2));
      return;
    }
    console.log("\nPage weight (HTML + JS + CSS as served; gzip -9 per file)");
    console.log("  kind    files        raw       gzip");
    for (const k of ["html", "js", "css", "total"] as const) {
      const w = weight[k];
      console.log(`  ${k.padEnd(6)} ${String(w.files).padStart(5)} ${kb(w.raw).padStart(10)} ${kb(w.gzip).padStart(10)}`);
    }
    console.log(`  JS + CSS gzipped: ${kb(weight.js.gzip + weight.css.gzip)} (budget 60 KB)`);
    console.log(`\nTime from sending a question (llm: ${llm}, ${runs} runs, loopback, after one warm-up)`);
    console.log("  to                  median       p90       max");
    for (const [label, s] of [
      ["first token in DOM", timing.firstToken],
      ["first token painted", timing.firstPaint],
      ["answer done", timing.done],
    ] as const) {
      console.log(`  ${label.padEnd(19)} ${ms(s.median).padStart(7)} ${ms(s.p90).padStart(9)} ${ms(s.max).padStart(9)}`);
    }
    console.log("");
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
