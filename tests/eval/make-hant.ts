/**
 * Writes tests/eval/questions-hant.json: the Chinese questions of questions.json in Traditional script (OpenCC,
 * Taiwan standard), with their expected facts converted too, as the answers are. Each keeps its twin's split, so the
 * Traditional set is scored against its Simplified twins part by part. Run: npx tsx tests/eval/make-hant.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { toTraditional } from "../../src/text/to-traditional.js";

const source = new URL("./questions.json", import.meta.url);
const target = new URL("./questions-hant.json", import.meta.url);
const questions = JSON.parse(readFileSync(source, "utf8")) as { id: string; lang: string; question: string; facts: string[][] }[];
const lines = questions
  .filter((q) => q.lang === "zh")
  .map((q) => ({ ...q, id: q.id.replace(/^zh-/, "hant-"), question: toTraditional(q.question), facts: q.facts.map((alts) => alts.map(toTraditional)) }))
  .map((q) => `  ${JSON.stringify(q)}`);
writeFileSync(target, `[\n${lines.join(",\n")}\n]\n`);
console.log(`wrote ${lines.length} questions to ${target.pathname}`);
