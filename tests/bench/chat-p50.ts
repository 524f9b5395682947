/**
 * npx tsx tests/bench/chat-p50.ts [rounds]: /api/chat (extractive, JSON) latency over HTTP on the real server with
 * the seed corpus, one request at a time over keep-alive, every question of the old and the new evaluation sets
 * (each asked once per round with a running suffix, so no answer comes from the retrieval cache). Prints p50/p95.
 */
import { existsSync, readFileSync } from "node:fs";
import { startServer } from "../helpers/server.js";

const rounds = Number(process.argv[2] ?? 3);
const sets = ["tests/eval/questions.json", "tests/eval/conversation-questions.json"].filter((f) => existsSync(f));
const questions = sets.flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { question: string }[]).map((q) => q.question));
const server = await startServer({ env: { RATE_LIMIT_RPM: "0" } });
const times: number[] = [];
try {
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: r === 0 ? q : `${q} ${"?".repeat(r)}` }),
      });
      await res.text();
      if (!res.ok) throw new Error(`chat ${res.status}`);
      times.push(performance.now() - started);
    }
  }
} finally {
  await server.stop();
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`${times.length} requests (${questions.length} questions x ${rounds}); p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
