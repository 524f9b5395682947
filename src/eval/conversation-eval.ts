/**
 * The conversation evaluation: questions of every intent (compare, list, summary, quote, fact, about, greeting,
 * out of scope, follow-ups given as history), scored per intent and language on what each kind must get right:
 * compare/list cite every city they should, summaries hold the city's main figure, follow-ups resolve the city,
 * about answers name every covered city, out-of-scope questions are refused, answerable ones are not.
 */
import { z } from "zod";
import type { ChatAnswer, HistoryTurn, Lang } from "../schemas.js";

export const ConversationQuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(["zh", "en"]),
  part: z.enum(["tuning", "report"]),
  intent: z.enum(["fact", "list", "compare", "summary", "quote", "about", "greeting", "out_of_scope", "follow_up"]),
  question: z.string(),
  /** Earlier user turns, oldest first. */
  history: z.array(z.string()).optional(),
  answerable: z.boolean(),
  /** Cities the answer must cite (compare, list, summary, follow-ups) or name (about). */
  cities: z.array(z.string()),
  /** Each inner list: alternatives, one of which the answer must contain. */
  facts: z.array(z.array(z.string())),
  /** "no_topic": a covered city the material has nothing on for this topic (say so, with suggestions). */
  expect: z.literal("no_topic").optional(),
});
export type ConversationQuestion = z.infer<typeof ConversationQuestionSchema>;

export type ConversationChat = (question: string, history: HistoryTurn[]) => Promise<ChatAnswer>;

export interface ConversationOutcome {
  question: ConversationQuestion;
  answer: ChatAnswer;
  /** Whether the answer did what its intent requires (see `passes`). */
  passed: boolean;
  falselyRefused: boolean;
}

/** City names of the catalogue, for checking that an about answer names each one in the asker's language. */
export type CityNames = Map<string, { zh: string; en: string }>;

export async function evaluateConversations(questions: ConversationQuestion[], chat: ConversationChat, names: CityNames): Promise<ConversationOutcome[]> {
  const out: ConversationOutcome[] = [];
  for (const q of questions) {
    // History as the web chat sends it: the earlier questions (their answers do not change the plan).
    const history: HistoryTurn[] = (q.history ?? []).map((content) => ({ role: "user", content }));
    const answer = await chat(q.question, history);
    out.push({ question: q, answer, passed: passes(q, answer, names), falselyRefused: q.answerable && !answer.answerable });
  }
  return out;
}

function passes(q: ConversationQuestion, a: ChatAnswer, names: CityNames): boolean {
  const text = a.answer.toLowerCase();
  const hasFacts = q.facts.every((alts) => alts.some((f) => text.includes(f.toLowerCase())));
  const cited = new Set(a.citations.map((c) => c.city?.en).filter(Boolean));
  const citesAll = q.cities.every((c) => cited.has(c));
  if (q.expect === "no_topic") {
    // Says so about the asked city (named in the answer, not refused as uncovered) and offers questions.
    const name = names.get(q.cities[0]!);
    return !a.answerable && !!name && a.answer.includes(q.lang === "zh" ? name.zh : name.en) && (a.suggestions?.length ?? 0) >= 2;
  }
  switch (q.intent) {
    case "out_of_scope":
      return !a.answerable && a.citations.length === 0;
    case "greeting":
      return a.answerable && (a.suggestions?.length ?? 0) >= 2;
    case "about":
      return a.answerable && q.cities.every((c) => {
        const name = names.get(c);
        return !!name && a.answer.includes(q.lang === "zh" ? name.zh : name.en);
      });
    case "follow_up":
      // The city is resolved: the plan names it and the answer cites it (and nothing from another city first).
      return a.answerable && a.plan?.cities.some((c) => c.en === q.cities[0]) === true && a.citations[0]?.city?.en === q.cities[0] && hasFacts;
    default:
      return a.answerable && citesAll && hasFacts;
  }
}

export interface IntentRow {
  intent: string;
  questions: number;
  passed: number;
  falselyRefused: number;
  answerable: number;
}

export function summarizeByIntent(outcomes: ConversationOutcome[], filter: { lang?: Lang; part?: "tuning" | "report" } = {}): IntentRow[] {
  const chosen = outcomes.filter((o) => (!filter.lang || o.question.lang === filter.lang) && (!filter.part || o.question.part === filter.part));
  const intents = [...new Set(chosen.map((o) => o.question.intent))];
  const row = (intent: string, xs: ConversationOutcome[]): IntentRow => ({
    intent,
    questions: xs.length,
    passed: xs.filter((o) => o.passed).length,
    falselyRefused: xs.filter((o) => o.falselyRefused).length,
    answerable: xs.filter((o) => o.question.answerable).length,
  });
  return [...intents.map((i) => row(i, chosen.filter((o) => o.question.intent === i))), row("all", chosen)];
}

export function formatIntentTable(sets: [string, IntentRow[]][]): string {
  const intents = [...new Set(sets.flatMap(([, rows]) => rows.map((r) => r.intent)))];
  const header = ["intent", ...sets.map(([name]) => name)];
  const cell = (r: IntentRow | undefined) => (r ? `${pct(r.passed / r.questions)} (${r.passed}/${r.questions})` : "–");
  const body = intents.map((i) => [i, ...sets.map(([, rows]) => cell(rows.find((r) => r.intent === i)))]);
  body.push(["falsely refused", ...sets.map(([, rows]) => {
    const all = rows.find((r) => r.intent === "all")!;
    return `${pct(all.answerable ? all.falselyRefused / all.answerable : 0)} (${all.falselyRefused}/${all.answerable})`;
  })]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

