/**
 * The "done when" measures over the conversation set, per language, on the report part and the whole set:
 * each measure counts only the questions it applies to.
 */
import { pct, type ConversationOutcome, type ConversationQuestion } from "./conversation-eval.js";

export const CRITERIA: { name: string; applies: (q: ConversationQuestion) => boolean; holds: (o: ConversationOutcome) => boolean }[] = [
  {
    name: "compare/list cite every city",
    applies: (q) => (q.intent === "compare" || q.intent === "list") && q.answerable,
    holds: (o) => o.question.cities.every((c) => o.answer.citations.some((x) => x.city?.en === c)),
  },
  {
    name: "summary holds the main figure",
    applies: (q) => q.intent === "summary",
    holds: (o) => o.question.facts.every((alts) => alts.some((f) => o.answer.answer.toLowerCase().includes(f.toLowerCase()))),
  },
  {
    name: "follow-up resolves the city",
    applies: (q) => q.intent === "follow_up",
    holds: (o) => o.answer.plan?.cities.some((c) => c.en === o.question.cities[0]) === true && o.answer.citations.every((c) => c.city?.en === o.question.cities[0]),
  },
  { name: "about lists every city", applies: (q) => q.intent === "about", holds: (o) => o.passed },
  { name: "out of scope refused", applies: (q) => q.intent === "out_of_scope", holds: (o) => !o.answer.answerable },
  { name: "answerable falsely refused", applies: (q) => q.answerable, holds: (o) => o.falselyRefused },
];

export function formatCriteriaTable(outcomes: ConversationOutcome[]): string {
  const sets: [string, ConversationOutcome[]][] = [];
  for (const lang of ["zh", "en"] as const) {
    sets.push([`${lang} report`, outcomes.filter((o) => o.question.lang === lang && o.question.part === "report")]);
    sets.push([`${lang} all`, outcomes.filter((o) => o.question.lang === lang)]);
  }
  const header = ["measure", ...sets.map(([n]) => n)];
  const body = CRITERIA.map((c) => [
    c.name,
    ...sets.map(([, xs]) => {
      const applied = xs.filter((o) => c.applies(o.question));
      const held = applied.filter(c.holds).length;
      return applied.length ? `${pct(held / applied.length)} (${held}/${applied.length})` : "–";
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}
