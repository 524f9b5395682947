/**
 * Holds what the evaluation measures beyond the one set (src/eval/generalisation.ts): the report part against the
 * tuning part, the Traditional-script twins against their Simplified originals, the standard full-width-punctuation
 * corpus against the original, and plain BM25 beside ours. Floors sit a little under the measured figures.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { splitSentences } from "../../src/answer/sentences.js";
import { engineBackend } from "../../src/eval/backends.js";
import { EvalQuestionSchema, evaluate, summarize, type QuestionOutcome } from "../../src/eval/evaluate.js";
import { generalisationReport, type GeneralisationReport } from "../../src/eval/generalisation.js";
import { createMemoryEngine } from "../../src/eval/memory-engine.js";
import { fullWidthDocument } from "../../src/text/full-width.js";
import { SEED_DOC, readSeedCorpus, sharedTestEngine } from "../helpers/test-engine.js";

const load = (file: string) => z.array(EvalQuestionSchema).parse(JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")));
const questions = load("./questions.json");
const traditional = load("./questions-hant.json");
let outcomes: QuestionOutcome[];
let report: GeneralisationReport;
const row = (set: string) => report.rows.find((r) => r.set === set)!;

beforeAll(async () => {
  const engine = await sharedTestEngine();
  outcomes = await evaluate(questions, engineBackend(engine));
  report = await generalisationReport(engine, questions, outcomes, { traditional, corpus: [{ doc: SEED_DOC, text: readSeedCorpus() }] });
}, 120_000);

describe("generalisation", () => {
  it("splits every question into a tuning or a report part, twins together, both parts in both languages", () => {
    expect(questions.every((q) => q.split === "tune" || q.split === "report")).toBe(true);
    for (const q of questions) expect(questions.find((t) => t.id === q.id.replace(/^(zh|en)/, q.lang === "zh" ? "en" : "zh"))?.split).toBe(q.split);
    for (const lang of ["zh", "en"]) for (const part of ["tune", "report"]) expect(questions.filter((q) => q.lang === lang && q.split === part).length).toBeGreaterThanOrEqual(15);
  });

  it("holds floors on the report part, which never set a threshold", () => {
    const m = row("all report").metrics;
    expect(m.cityHit1).toBeGreaterThanOrEqual(0.95);
    expect(m.passage1).toBeGreaterThanOrEqual(0.9);
    expect(m.factAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.refusalAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.languageMatch).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps the report part within 3 points of the tuning part (both languages together)", () => {
    const tune = row("all tune").metrics;
    const held = row("all report").metrics;
    for (const key of ["cityHit1", "passage1", "factAccuracy", "refusalAccuracy", "languageMatch"] as const) {
      expect(held[key], key).toBeGreaterThanOrEqual(tune[key] - 0.03);
    }
  });

  it("answers Traditional-script questions as often and as well as their Simplified twins, in Traditional script", () => {
    const hant = row("zh-Hant");
    const twins = row("zh (twins)");
    for (const key of ["cityHit1", "passage1", "factAccuracy", "refusalAccuracy", "languageMatch"] as const) {
      expect(hant.metrics[key], key).toBeGreaterThanOrEqual(twins.metrics[key] - 0.05);
    }
    expect(hant.traditionalShare).toBeGreaterThanOrEqual(0.95);
  });

  it("scores the same on the standard full-width-punctuation corpus, with every speaker's Chinese name", () => {
    for (const lang of ["zh", "en"] as const) {
      const { questions: _n, ...original } = summarize(outcomes, lang);
      const { questions: _m, ...fullWidth } = row(`full-width ${lang}`).metrics;
      expect(fullWidth, lang).toEqual(original);
    }
    expect(report.speakers).toEqual({ original: 6, fullWidth: 6 });
  });

  it("cuts the full-width corpus's Chinese at every sentence mark", async () => {
    const engine = await createMemoryEngine([{ doc: SEED_DOC, text: fullWidthDocument(readSeedCorpus()) }]);
    const end = /[\u3002\uFF01\uFF1F\uFF1B]+[\u201D\u2019\u300D\u300F"]?/gu;
    let marks = 0;
    for (const p of engine.passages.filter((x) => x.zh)) {
      const runs = p.zh!.match(end) ?? [];
      marks += runs.length;
      const trailing = p.zh!.replace(end, "\u0000").split("\u0000").at(-1)!.trim() ? 1 : 0;
      const sentences = splitSentences(p.zh!, "zh");
      expect(sentences.length, p.zh!).toBe(runs.length + trailing);
      for (const s of sentences.slice(0, -1)) expect(s, p.zh!).toMatch(/[\u3002\uFF01\uFF1F\uFF1B][\u201D\u2019\u300D\u300F"]?$/u);
    }
    expect(marks).toBeGreaterThanOrEqual(20);
  });

  it("puts plain BM25 beside every row, and ours is not below it on city hit@1", () => {
    for (const r of report.rows) {
      expect(r.baselineCityHit1, r.set).toBeGreaterThanOrEqual(0);
      expect(r.metrics.cityHit1, r.set).toBeGreaterThanOrEqual(r.baselineCityHit1);
    }
  });
});
