/**
 * npx tsx tests/eval/calibrate-city-boost.ts [boost …]: how the weight of a named city's names in the keyword query
 * (RELEVANCE.cityBoost, src/retrieval/hybrid.ts) moves the TUNING parts only: city hit@1 of the tuning questions
 * among 5,000 generated same-topic passages about other cities (the crowded benchmark's corpus), and the seed
 * corpus's tuning questions (facts found, refusals right). The boost is the smallest with the fewest tuning misses.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { EvalQuestionSchema, evaluate } from "../../src/eval/evaluate.js";
import { engineBackend } from "../../src/eval/backends.js";
import { RELEVANCE } from "../../src/retrieval/hybrid.js";
import { generateCorpus } from "../bench/generate-corpus.js";
import { createTestEngine } from "../helpers/test-engine.js";

const SEED_CITIES = ["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"];
const tuning = z.array(EvalQuestionSchema).parse(JSON.parse(readFileSync("tests/eval/questions.json", "utf8"))).filter((q) => q.split === "tune");
const withCity = tuning.filter((q) => q.answerable && q.city);
const { files } = generateCorpus({ passages: 5_000, seed: 7, questions: 0, excludeCities: SEED_CITIES });
const crowdedDocs = Object.fromEntries(files.map((f) => [f.name, f.text]));

const boosts = process.argv.slice(2).map(Number);
for (const boost of boosts.length ? boosts : [0, 0.5, 1, 2, 4, 8]) {
  RELEVANCE.cityBoost = boost;
  const crowded = await createTestEngine({ extraDocs: crowdedDocs, retrievalCacheSize: 0 });
  const crowdedMisses: string[] = [];
  for (const q of withCity) if ((await crowded.retriever.retrieve(q.question, 1)).results[0]?.city?.en !== q.city) crowdedMisses.push(q.id);
  const seed = await createTestEngine({ retrievalCacheSize: 0 });
  const seedMisses = (await evaluate(tuning, engineBackend(seed))).filter((o) => o.cityRank !== null && o.cityRank !== 1 || !o.factsFound || !o.refusedCorrectly).map((o) => o.question.id);
  console.log(`boost ${boost}: crowded misses ${crowdedMisses.length} of ${withCity.length} [${crowdedMisses.join(" ")}], seed misses ${seedMisses.length} of ${tuning.length} [${seedMisses.join(" ")}]`);
}
