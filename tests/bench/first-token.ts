/**
 * How long the service holds the first token: from the moment a loopback model server writes its first content
 * chunk to the moment the client has the first SSE `token` event of /api/chat. The model streams instantly, the
 * app runs over real HTTP (@hono/node-server) with the real ChatOpenAI client, all in one process so both ends
 * read the same clock. Target: under 10 ms median.
 *
 *   npx tsx tests/bench/first-token.ts [--runs 50] [--json]
 */
import { startFakeOpenAIServer, sourceNumberOf } from "../helpers/fake-openai-server.js";
import { createLlmTestApp, listen } from "../helpers/llm-test-app.js";
import { readSse } from "../helpers/sse-client.js";

const TARGET_MEDIAN_MS = 10;
const WARMUP_RUNS = 5;

export interface FirstTokenResult {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export async function measureFirstToken(runs = 50): Promise<FirstTokenResult> {
  const fake = await startFakeOpenAIServer();
  fake.setDefault({
    kind: "reply",
    text: (body) => `Shenzhen has built 1,055 supercharging stations [${sourceNumberOf(body, "1,055 supercharging")}].`,
  });
  const { app } = await createLlmTestApp({ baseURL: fake.baseURL, timeoutMs: 10_000 });
  const server = await listen(app);
  const samples: number[] = [];
  try {
    for (let i = 0; i < WARMUP_RUNS + runs; i++) {
      const res = await fetch(`${server.url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: "How many supercharging stations has Shenzhen built?", stream: true }),
      });
      let firstTokenAt: number | undefined;
      for await (const event of readSse(res)) if (event.event === "token") firstTokenAt ??= event.at;
      const sentAt = fake.chatRequests().at(-1)?.firstTokenAt;
      if (firstTokenAt === undefined || sentAt === undefined) throw new Error(`run ${i}: no token went through`);
      if (i >= WARMUP_RUNS) samples.push(firstTokenAt - sentAt);
    }
  } finally {
    await server.close();
    await fake.close();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(samples[0]!), maxMs: round(samples.at(-1)!) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
  const result = await measureFirstToken(runs);
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    console.log(`first token, model -> client (${result.runs} runs): median ${result.medianMs} ms, p95 ${result.p95Ms} ms, min ${result.minMs} ms, max ${result.maxMs} ms`);
    console.log(result.medianMs < TARGET_MEDIAN_MS ? `within the ${TARGET_MEDIAN_MS} ms target` : `OVER the ${TARGET_MEDIAN_MS} ms target`);
  }
  process.exitCode = result.medianMs < TARGET_MEDIAN_MS ? 0 : 1;
}
