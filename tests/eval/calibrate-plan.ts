/**
 * npx tsx tests/eval/calibrate-plan.ts: for the list questions of the TUNING part of the conversation set, each
 * city's best score as a share of the best city's and that passage's topic coverage, marked expected (E) or not (-).
 * LIST_CITY_RATIO (src/chat/plan-retrieval.ts) sits between the weakest expected city and the strongest unexpected
 * one; a city's passage must also cover the topic as an answer on its own would (the no-city coverage bar).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConversationQuestionSchema } from "../../src/eval/conversation-eval.js";
import { bestPerCity } from "../../src/chat/plan-retrieval.js";
import { listSearchText } from "../../src/plan/intent.js";
import { createTestEngine } from "../helpers/test-engine.js";

const questions = z.array(ConversationQuestionSchema).parse(JSON.parse(readFileSync("tests/eval/conversation-questions.json", "utf8")));
const engine = await createTestEngine();
for (const q of questions.filter((x) => x.intent === "list" && x.part === "tuning")) {
  // Searched as the planner searches a list question: for its topic, without the words that frame it.
  const r = await engine.retriever.retrieve(listSearchText(q.question), 40);
  const best = bestPerCity(r);
  const top = best[0]?.passage.score ?? 0;
  // Each city: its best passage's score as a share of the best city's, and that passage's own topic coverage.
  const cells = best.map(({ passage, coverage }) => {
    const city = passage.city!.en;
    return `${q.cities.includes(city) ? "E" : "-"} ${city} ${(passage.score / top).toFixed(2)} c${coverage.toFixed(2)}`;
  });
  console.log(`${q.id} answerable=${r.answerable}\t${cells.join("\t")}`);
}
