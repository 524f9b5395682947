/**
 * Prints each tuning question's retrieval signals and the answerability bars they imply (npx tsx tests/eval/calibrate.ts
 * [questions.json] [conversation-questions.json]): each bar midway between the weakest answerable question and the strongest unanswerable one of
 * its kind (naming a covered city or not). Only the tuning parts are read: the report parts never set a threshold.
 */
import { readFileSync } from "node:fs";
import { buildCatalogue } from "../../src/catalogue/catalogue.js";
import { loadEngineFromEnv } from "../../src/cli/load-engine.js";
import { createPlanner } from "../../src/plan/plan.js";

type Tuned = { question: string; answerable: boolean; split?: string; part?: string; intent?: string; history?: unknown[] };
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Tuned[];
// The fact set's "tune" part, and the conversation set's "tuning" part: the questions that meet the retrieval bar
// (facts, lists, quotes and out-of-scope ones asked on their own; greetings, "about", compare and summary questions
// and follow-ups are decided by their plan, not by these bars).
const BY_BAR = new Set(["fact", "list", "quote", "out_of_scope"]);
const qs = [
  ...read(process.argv[2] ?? "tests/eval/questions.json").filter((q) => (q.split ?? "tune") === "tune"),
  ...read(process.argv[3] ?? "tests/eval/conversation-questions.json").filter(
    (q) => q.part === "tuning" && BY_BAR.has(q.intent ?? "") && !q.history?.length,
  ),
];
const { engine } = await loadEngineFromEnv({ LOG_LEVEL: "silent" });
// Each question is searched as the chat searches it: the planner's search text (a cityless list or quote question
// without the words that frame it).
const planner = createPlanner(engine.retriever.analyzer, buildCatalogue(engine.passages));
const kinds = { withCity: { A: [] as number[][], U: [] as number[][] }, withoutCity: { A: [] as number[][], U: [] as number[][] } };
for (const q of qs) {
  const r = await engine.retriever.retrieve(planner.plan(q.question, []).searchText, 5);
  const s = r.signals;
  if (r.reason !== "uncovered_place" && r.reason !== "no_topic") {
    kinds[r.analysis.cities.length ? "withCity" : "withoutCity"][q.answerable ? "A" : "U"].push([s.score, s.coverage]);
  }
  console.log([q.answerable ? "A" : "U", s.score.toFixed(2), s.coverage.toFixed(2), s.cosine.toFixed(2), r.analysis.cities.join("/"), r.reason ?? "", q.question.slice(0, 60)].join("\t"));
}
for (const [kind, { A, U }] of Object.entries(kinds)) {
  for (const [i, name] of [[0, "minScore"], [1, "minCoverage"]] as const) {
    const weakest = Math.min(...A.map((x) => x[i]!));
    const strongest = U.length ? Math.max(...U.map((x) => x[i]!)) : 0;
    console.log(`${kind}.${name}: answerable from ${weakest.toFixed(3)}, unanswerable up to ${strongest.toFixed(3)} -> midway ${((weakest + strongest) / 2).toFixed(3)}`);
  }
}
