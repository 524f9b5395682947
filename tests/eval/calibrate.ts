/**
 * Prints each tuning question's retrieval signals and the answerability bars they imply (npx tsx tests/eval/calibrate.ts
 * [questions.json]): each bar midway between the weakest answerable question and the strongest unanswerable one of
 * its kind (naming a covered city or not). Only the "tune" part is read: the "report" part never sets a threshold.
 */
import { readFileSync } from "node:fs";
import { loadEngineFromEnv } from "../../src/cli/load-engine.js";

const qs = (JSON.parse(readFileSync(process.argv[2] ?? "tests/eval/questions.json", "utf8")) as { question: string; answerable: boolean; split?: string }[])
  .filter((q) => (q.split ?? "tune") === "tune");
const { engine } = await loadEngineFromEnv({ LOG_LEVEL: "silent" });
const kinds = { withCity: { A: [] as number[][], U: [] as number[][] }, withoutCity: { A: [] as number[][], U: [] as number[][] } };
for (const q of qs) {
  const r = await engine.retriever.retrieve(q.question, 5);
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
