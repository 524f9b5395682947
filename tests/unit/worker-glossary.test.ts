/**
 * An operator's glossary reaches the Worker's bundled mode: `build:worker-index` with GLOSSARY_FILES builds the
 * keyword data with it and carries it in the bundle, and the Worker analyzes questions with it (before: ignored).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_GLOSSARY, setActiveGlossary } from "../../src/retrieval/glossary.js";
import { createWorkerDeps } from "../../src/worker/worker-deps.js";

const root = mkdtempSync(join(tmpdir(), "worker-glossary-"));
afterAll(() => {
  setActiveGlossary(BUILTIN_GLOSSARY);
  rmSync(root, { recursive: true, force: true });
});

const doc = [
  "测试 Testville",
  "测试市建成了一座潮汐能电站，年发电量三千万千瓦时。",
  "Testville has built a tidal power station that generates 30 million kilowatt-hours a year.",
  "",
  "样例 Sampleton",
  "样例市扩建了有轨电车网络。",
  "Sampleton extended its tram network.",
  "",
].join("\n");

function buildIndex(name: string, glossaryFiles?: string): string {
  const out = join(root, `${name}.json.txt`);
  const corpus = join(root, "corpus");
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, "cities.txt"), doc);
  execFileSync("npx", ["tsx", "src/cli/build-worker-index.ts", "--corpus", corpus, "--out", out], {
    env: { ...process.env, GLOSSARY_FILES: glossaryFiles ?? "" },
    stdio: "pipe",
  });
  return readFileSync(out, "utf8");
}

/** The Worker's engine over this bundle, as the entry makes it. */
function workerEngine(indexText: string) {
  const prompts = { answer: readFileSync("prompts/answer.md", "utf8"), condense: readFileSync("prompts/condense.md", "utf8") };
  return createWorkerDeps({ LOG_LEVEL: "silent" }, { indexText, prompts }).getEngine()!;
}

describe("an operator glossary in the Worker's bundle", () => {
  it("is built into the keyword data, carried in the bundle and used for questions", async () => {
    const glossary = join(root, "ocean.json");
    writeFileSync(glossary, JSON.stringify({ layer: "operator", groups: [{ id: "ocean-energy", en: ["wave energy", "ocean energy"], zh: ["潮汐能", "海洋能"] }] }));
    const withGlossary = buildIndex("with", glossary);
    expect(JSON.parse(withGlossary).glossary).toHaveLength(1);
    // "ocean energy" is in no passage: only the operator's concept links it to Testville's 潮汐能.
    const engine = workerEngine(withGlossary);
    expect(engine.keyword.has("c:ocean-energy")).toBe(true);
    expect(engine.terms("ocean energy").map((t) => t.term)).toContain("c:ocean-energy");
    const found = await engine.retriever.retrieve("ocean energy", 3);
    expect(found.results[0]?.city?.en).toBe("Testville");
    expect(found.coverages[0]).toBeGreaterThan(0);

    const without = buildIndex("without");
    expect(JSON.parse(without).glossary).toBeUndefined();
    const plain = workerEngine(without);
    expect(plain.keyword.has("c:ocean-energy")).toBe(false);
    expect(plain.terms("ocean energy").map((t) => t.term)).not.toContain("c:ocean-energy");
    const missed = await plain.retriever.retrieve("ocean energy", 3);
    // Without it "energy" still matches (the shipped glossary's energy concept), "ocean" does not.
    expect(missed.coverages[missed.results.findIndex((r) => r.city?.en === "Testville")] ?? 0).toBeLessThan(found.coverages[0]!);
  }, 60_000);
});
