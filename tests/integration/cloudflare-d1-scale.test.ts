/**
 * The Worker's D1 scale mode end to end in workerd, small enough for every test run (2,000 passages): the real
 * bundle under Miniflare, a local SQLite-backed D1 filled by cloudflare:sync's D1 half, a Vectorize stand-in
 * speaking the binding's interface. `npm run bench:cloudflare` runs the same at 10k and 100k passages.
 * Tolerance against Node (the same build, the same questions): top-5 overlap at least 0.9 and city@1 within
 * 2 points; the bounded BM25 query (src/worker/d1-corpus-sql.ts) is what may differ.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleWorker } from "../bench/cloudflare/scale-worker.js";
import { runScaleScenario } from "../bench/cloudflare/scenario.js";
import { ROOT } from "../bench/lib/processes.js";

describe("D1 scale mode in workerd at 2,000 passages", () => {
  it("syncs idempotently and ranks as Node does, in two D1 round trips per search", async () => {
    const workDir = join(ROOT, "generated", "cloudflare-test");
    mkdirSync(workDir, { recursive: true });
    const result = await runScaleScenario({ label: "2k", passages: 2000, seed: 42, questions: 60, bundleDir: bundleWorker(join(workDir, "bundle")), workDir });
    console.log(JSON.stringify(result));
    expect(result.sync.resyncStatements).toBe(0);
    expect(result.sync.resyncChanged).toBe(0);
    expect(result.worker.d1RoundTripsPerRequest).toBe(2);
    expect(result.agreement.top5Overlap).toBeGreaterThanOrEqual(0.9);
    expect(result.worker.cityAt1).toBeGreaterThanOrEqual(result.node.cityAt1 - 0.02);
  }, 600_000);
});
