import { readFileSync } from "node:fs";
import { loadEngineFromEnv } from "../../src/cli/load-engine.js";
const qs = JSON.parse(readFileSync(process.argv[2] ?? "tests/eval/questions.json", "utf8"));
const { engine } = await loadEngineFromEnv({ LOG_LEVEL: "silent" });
for (const q of qs) {
  const r = await engine.retriever.retrieve(q.question, 5);
  const s = r.signals;
  console.log([q.answerable ? "A" : "U", s.score.toFixed(2), s.coverage.toFixed(2), s.cosine.toFixed(2), r.analysis.cities.join("/"), r.reason ?? "", q.question.slice(0, 60)].join("\t"));
}
