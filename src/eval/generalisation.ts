/**
 * The evaluation beyond the one set (npm run eval, in-process): each part (tune / report) on its own, so the report
 * part shows how thresholds set on the tuning part generalise; the Traditional-script twins of the Chinese
 * questions; the same questions over a standard full-width-punctuation copy of the corpus; and beside each, the city
 * hit@1 of plain BM25 (plain-bm25.ts) over the same passages, tuned on the tuning part.
 */
import type { Engine } from "../engine.js";
import { fullWidthDocument } from "../text/full-width.js";
import { engineBackend } from "./backends.js";
import { evaluate, summarize, type EvalQuestion, type LangMetrics, type QuestionOutcome } from "./evaluate.js";
import { createMemoryEngine } from "./memory-engine.js";
import { createPlainBm25, plainCityHit1, tunePlainBm25 } from "./plain-bm25.js";

export interface GeneralisationRow {
  set: string;
  metrics: LangMetrics;
  /** Plain BM25's city hit@1 on the same questions and passages. */
  baselineCityHit1: number;
  /** Share of answered Chinese answers in Traditional script (Traditional set only). */
  traditionalShare?: number;
}

export interface GeneralisationReport {
  rows: GeneralisationRow[];
  /** Speakers named in Chinese in the full-width copy, against the original. */
  speakers: { original: number; fullWidth: number };
}

export async function generalisationReport(
  engine: Engine,
  questions: EvalQuestion[],
  outcomes: QuestionOutcome[],
  extra: { traditional: EvalQuestion[]; corpus: { doc: string; text: string }[] },
): Promise<GeneralisationReport> {
  const rows: GeneralisationRow[] = [];
  const baseline = (e: Engine) => {
    const bm25 = createPlainBm25(e.passages);
    const params = tunePlainBm25(bm25, e.passages, questions.filter((q) => q.split === "tune"));
    return (qs: EvalQuestion[]) => plainCityHit1(bm25, e.passages, qs, params);
  };
  const add = (set: string, of: QuestionOutcome[], base: (qs: EvalQuestion[]) => number) =>
    rows.push({ set, metrics: summarize(of), baselineCityHit1: base(of.map((o) => o.question).filter((q) => q.answerable)) });

  const shipped = baseline(engine);
  for (const lang of ["zh", "en"] as const) {
    for (const part of ["tune", "report"] as const) {
      add(`${lang} ${part}`, outcomes.filter((o) => o.question.lang === lang && o.question.split === part), shipped);
    }
  }
  for (const part of ["tune", "report"] as const) add(`all ${part}`, outcomes.filter((o) => o.question.split === part), shipped);

  const hant = await evaluate(extra.traditional, engineBackend(engine));
  add("zh-Hant", hant, shipped);
  const answered = hant.filter((o) => o.answer.answerable);
  rows.at(-1)!.traditionalShare = answered.length ? answered.filter((o) => o.answer.script === "hant").length / answered.length : 1;
  add("zh (twins)", outcomes.filter((o) => o.question.lang === "zh"), shipped);

  const fullWidth = await createMemoryEngine(extra.corpus.map((f) => ({ doc: f.doc, text: fullWidthDocument(f.text) })));
  const fw = await evaluate(questions, engineBackend(fullWidth));
  const fwBaseline = baseline(fullWidth);
  add("full-width zh", fw.filter((o) => o.question.lang === "zh"), fwBaseline);
  add("full-width en", fw.filter((o) => o.question.lang === "en"), fwBaseline);
  const speakers = (e: Engine) => e.passages.filter((p) => p.speaker?.zh).length;
  return { rows, speakers: { original: speakers(engine), fullWidth: speakers(fullWidth) } };
}

export function formatGeneralisation(report: GeneralisationReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    "| set | questions | city@1 | plain BM25 city@1 | passage@1 | facts | refusal acc | lang match | Traditional script |",
    "|---|---|---|---|---|---|---|---|---|",
    ...report.rows.map(({ set, metrics: m, baselineCityHit1, traditionalShare }) =>
      `| ${set} | ${m.questions} | ${pct(m.cityHit1)} | ${pct(baselineCityHit1)} | ${pct(m.passage1)} | ${pct(m.factAccuracy)} | ${pct(m.refusalAccuracy)} | ${pct(m.languageMatch)} | ${traditionalShare === undefined ? "" : pct(traditionalShare)} |`,
    ),
    `Chinese speaker names: ${report.speakers.original} in the corpus, ${report.speakers.fullWidth} in its full-width copy.`,
  ];
  return lines.join("\n");
}
