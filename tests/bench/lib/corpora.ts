/** The generated corpora the benchmark runs on (generated/, git-ignored), made on first use. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runTsx } from "./processes.js";

export interface GeneratedQuestion {
  id: string;
  question: string;
  lang: "zh" | "en";
  expectedText: string;
}

export interface Corpus {
  dir: string;
  passages: number;
  questions: GeneratedQuestion[];
}

/** generated/corpus-<label>[-seed<seed>], generated with tests/bench/generate-corpus.ts when missing. */
export async function ensureCorpus(label: string, passages: number, seed = 42): Promise<Corpus> {
  const dir = join(ROOT, "generated", seed === 42 ? `corpus-${label}` : `corpus-${label}-seed${seed}`);
  const questionsPath = join(dir, "questions.json");
  const ready = existsSync(questionsPath) && readdirSync(dir).some((f) => f.endsWith(".txt"));
  if (!ready) {
    const result = await runTsx("tests/bench/generate-corpus.ts", ["--passages", String(passages), "--seed", String(seed), "--out", dir]);
    if (result.code !== 0) throw new Error(`generate-corpus failed:\n${result.stderr}`);
  }
  return { dir, passages, questions: JSON.parse(readFileSync(questionsPath, "utf8")) as GeneratedQuestion[] };
}

/** Whether a passage holds a question's known answer text. */
export const holdsAnswer = (p: { zh: string | null; en: string | null }, q: GeneratedQuestion) =>
  Boolean(p.zh?.includes(q.expectedText) || p.en?.includes(q.expectedText));
