/**
 * Retrieval among many same-topic passages about other cities: the seed corpus plus N generated passages (the same
 * topics: supercharging, canteens, ventilation corridors... about ~140 other cities, never the seed's six), asked the
 * evaluation questions. City hit@1 per language and per part (tune / report), ours beside plain BM25 (MiniSearch,
 * src/eval/plain-bm25.ts) tuned on the tuning part, both over the same passages in the same run.
 *
 *   npx tsx tests/bench/crowded.ts [--passages 5000] [--seed 7]
 */
import { readFileSync } from "node:fs";
import { createPlainBm25, plainCityHit1, tunePlainBm25, type PlainBm25Params } from "../../src/eval/plain-bm25.js";
import type { Engine } from "../../src/engine.js";
import { createTestEngine } from "../helpers/test-engine.js";
import { generateCorpus } from "./generate-corpus.js";

interface Question {
  id: string;
  lang: "zh" | "en";
  question: string;
  city: string | null;
  answerable: boolean;
  split?: "tune" | "report";
}

export interface CrowdedRow {
  set: string;
  questions: number;
  ours: number;
  bm25: number;
}

export interface CrowdedResult {
  passages: number;
  bm25Params: PlainBm25Params;
  rows: CrowdedRow[];
  engine: Engine;
}

const SEED_CITIES = ["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"];
const load = (file: string) => JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), "utf8")) as Question[];

export async function runCrowded(options: { passages?: number; seed?: number } = {}): Promise<CrowdedResult> {
  const { files } = generateCorpus({ passages: options.passages ?? 5_000, seed: options.seed ?? 7, questions: 0, excludeCities: SEED_CITIES });
  const engine = await createTestEngine({ extraDocs: Object.fromEntries(files.map((f) => [f.name, f.text])), retrievalCacheSize: 0 });
  const passages = engine.passages;
  const zhAndEn = load("questions.json").filter((q) => q.answerable && q.city);
  const hant = load("questions-hant.json").filter((q) => q.answerable && q.city);
  const bm25 = createPlainBm25(passages);
  const bm25Params = tunePlainBm25(bm25, passages, zhAndEn.filter((q) => q.split === "tune"));

  const oursHit1 = async (qs: Question[]) => {
    let hits = 0;
    for (const q of qs) if ((await engine.retriever.retrieve(q.question, 1)).results[0]?.city?.en === q.city) hits++;
    return qs.length ? hits / qs.length : 1;
  };
  const rows: CrowdedRow[] = [];
  const sets: [string, Question[]][] = [];
  for (const lang of ["zh", "en"] as const) {
    const of = zhAndEn.filter((q) => q.lang === lang);
    sets.push([lang, of], [`${lang} tune`, of.filter((q) => q.split === "tune")], [`${lang} report`, of.filter((q) => q.split === "report")]);
  }
  sets.push(["zh-Hant", hant]);
  for (const [set, qs] of sets) {
    rows.push({ set, questions: qs.length, ours: await oursHit1(qs), bm25: plainCityHit1(bm25, passages, qs, bm25Params) });
  }
  return { passages: passages.length, bm25Params, rows, engine };
}

export function formatCrowded(result: Omit<CrowdedResult, "engine">): string {
  const lines = [
    `City hit@1 among ${result.passages} passages (seed corpus + generated same-topic passages about other cities)`,
    `plain BM25 tuned on the tuning part: k1=${result.bm25Params.k} b=${result.bm25Params.b} city boost=${result.bm25Params.cityBoost}`,
    "| set | questions | ours | plain BM25 |",
    "|---|---|---|---|",
    ...result.rows.map((r) => `| ${r.set} | ${r.questions} | ${(r.ours * 100).toFixed(1)}% | ${(r.bm25 * 100).toFixed(1)}% |`),
  ];
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const started = performance.now();
  const result = await runCrowded({ passages: arg("passages"), seed: arg("seed") });
  console.log(formatCrowded(result));
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
