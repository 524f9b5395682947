/**
 * The evaluation harness: asks each question of a set through a `Backend` (in-process engine or HTTP) and
 * measures, per language, retrieval (city hit@1/@3, passage@1, MRR) and answers (fact accuracy, refusal
 * accuracy, language match). The same code scores Node, the Worker and held-out sets.
 */
import { z } from "zod";
import { detectLanguage } from "../corpus/language.js";
import type { ChatAnswer, Lang, ScoredPassage } from "../schemas.js";

export const EvalQuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(["zh", "en"]),
  question: z.string(),
  answerable: z.boolean(),
  city: z.string().nullable(),
  kind: z.enum(["intro", "initiative", "quote"]).nullable(),
  facts: z.array(z.array(z.string())),
  type: z.string().optional(),
  /** "tune": may set thresholds and parameters; "report": only ever measured (tests/eval/questions.json). */
  split: z.enum(["tune", "report"]).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export interface Backend {
  search(question: string, k: number): Promise<ScoredPassage[]>;
  chat(question: string): Promise<ChatAnswer>;
}

export interface QuestionOutcome {
  question: EvalQuestion;
  cityRank: number | null;
  passageRank: number | null;
  factsFound: boolean;
  refusedCorrectly: boolean;
  languageMatches: boolean;
  answer: ChatAnswer;
}

export interface LangMetrics {
  questions: number;
  answerable: number;
  cityHit1: number;
  cityHit3: number;
  passage1: number;
  mrr: number;
  factAccuracy: number;
  refusalAccuracy: number;
  unanswerableRefused: number;
  languageMatch: number;
}

const K = 5;

export async function evaluate(questions: EvalQuestion[], backend: Backend): Promise<QuestionOutcome[]> {
  const out: QuestionOutcome[] = [];
  for (const q of questions) {
    const [results, answer] = await Promise.all([backend.search(q.question, K), backend.chat(q.question)]);
    const cityRank = q.city ? rankOf(results, (p) => p.city?.en === q.city) : null;
    const passageRank = q.city || q.kind === "intro" ? rankOf(results, (p) => (p.city?.en ?? null) === q.city && p.kind === q.kind) : null;
    const text = answer.answer.toLowerCase();
    const factsFound = q.facts.every((alternatives) => alternatives.some((f) => text.includes(f.toLowerCase())));
    const answerLang = detectLanguage(answer.answer.replace(/\[\d+\]/g, ""), q.lang);
    out.push({
      question: q,
      cityRank,
      passageRank,
      factsFound: q.answerable ? answer.answerable && factsFound : true,
      refusedCorrectly: answer.answerable === q.answerable,
      languageMatches: answerLang === q.lang && answer.lang === q.lang,
      answer,
    });
  }
  return out;
}

function rankOf(results: ScoredPassage[], match: (p: ScoredPassage) => boolean): number | null {
  const i = results.findIndex(match);
  return i < 0 ? null : i + 1;
}

export function summarize(outcomes: QuestionOutcome[], lang?: Lang): LangMetrics {
  const all = outcomes.filter((o) => !lang || o.question.lang === lang);
  const answerable = all.filter((o) => o.question.answerable);
  const withCity = answerable.filter((o) => o.question.city);
  const withPassage = answerable.filter((o) => o.question.city || o.question.kind === "intro");
  const unanswerable = all.filter((o) => !o.question.answerable);
  const share = <T>(xs: T[], f: (x: T) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
  return {
    questions: all.length,
    answerable: answerable.length,
    cityHit1: share(withCity, (o) => o.cityRank === 1),
    cityHit3: share(withCity, (o) => (o.cityRank ?? 99) <= 3),
    passage1: share(withPassage, (o) => o.passageRank === 1),
    mrr: withPassage.length ? withPassage.reduce((s, o) => s + (o.passageRank ? 1 / o.passageRank : 0), 0) / withPassage.length : 1,
    factAccuracy: share(answerable, (o) => o.factsFound),
    refusalAccuracy: share(all, (o) => o.refusedCorrectly),
    unanswerableRefused: share(unanswerable, (o) => !o.answer.answerable),
    languageMatch: share(all, (o) => o.languageMatches),
  };
}

export function formatTable(rows: [string, LangMetrics][]): string {
  const cols: [string, (m: LangMetrics) => string][] = [
    ["questions", (m) => String(m.questions)],
    ["city@1", (m) => pct(m.cityHit1)],
    ["city@3", (m) => pct(m.cityHit3)],
    ["passage@1", (m) => pct(m.passage1)],
    ["MRR", (m) => m.mrr.toFixed(3)],
    ["facts", (m) => pct(m.factAccuracy)],
    ["refusal acc", (m) => pct(m.refusalAccuracy)],
    ["unanswerable refused", (m) => pct(m.unanswerableRefused)],
    ["lang match", (m) => pct(m.languageMatch)],
  ];
  const header = ["set", ...cols.map(([h]) => h)];
  const body = rows.map(([name, m]) => [name, ...cols.map(([, f]) => f(m))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
