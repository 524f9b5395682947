/**
 * npx tsx tests/eval/calibrate-plan.ts: for the list questions of the TUNING part of the conversation set, each
 * city's best score as a share of the best city's, marked expected (E) or not (-). LIST_CITY_RATIO
 * (src/chat/plan-retrieval.ts) sits between the weakest expected city and the strongest unexpected one.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConversationQuestionSchema } from "../../src/eval/conversation-eval.js";
import { createTestEngine } from "../helpers/test-engine.js";

const questions = z.array(ConversationQuestionSchema).parse(JSON.parse(readFileSync("tests/eval/conversation-questions.json", "utf8")));
const engine = await createTestEngine();
for (const q of questions.filter((x) => x.intent === "list" && x.part === "tuning")) {
  const r = await engine.retriever.retrieve(q.question, 40);
  const best = new Map<string, number>();
  for (const p of r.results) if (p.city && !best.has(p.city.en)) best.set(p.city.en, p.score);
  const top = Math.max(...best.values());
  const cells = [...best].map(([city, s]) => `${q.cities.includes(city) ? "E" : "-"} ${city} ${(s / top).toFixed(2)}`);
  console.log(`${q.id} answerable=${r.answerable}\t${cells.join("\t")}`);
}
