/** Runs the conversation set in-process or over HTTP and prints the per-intent table (used by npm run eval). */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Engine } from "../engine.js";
import type { ChatAnswer } from "../schemas.js";
import { formatCriteriaTable } from "./conversation-criteria.js";
import { ConversationQuestionSchema, evaluateConversations, formatIntentTable, summarizeByIntent, type ConversationChat, type ConversationOutcome } from "./conversation-eval.js";

export const CONVERSATION_FILE = "tests/eval/conversation-questions.json";

export function engineConversationChat(engine: Engine): ConversationChat {
  return (question, history) => engine.chat.answer({ question, history, lang: "auto" });
}

export function httpConversationChat(baseUrl: string): ConversationChat {
  const base = baseUrl.replace(/\/$/, "");
  return async (question, history) => {
    const res = await fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, history }) });
    if (!res.ok) throw new Error(`chat ${res.status}: ${await res.text()}`);
    return (await res.json()) as ChatAnswer;
  };
}

export function cityNames(engine: Engine | null, outcomes?: ConversationOutcome[]) {
  const names = new Map<string, { zh: string; en: string }>();
  for (const p of engine?.passages ?? []) if (p.city) names.set(p.city.en, p.city);
  for (const o of outcomes ?? []) for (const c of o.answer.citations) if (c.city) names.set(c.city.en, c.city);
  return names;
}

export async function runConversationEval(file: string, chat: ConversationChat, names: Map<string, { zh: string; en: string }>, verbose = false): Promise<string> {
  const questions = z.array(ConversationQuestionSchema).parse(JSON.parse(await readFile(file, "utf8")));
  const outcomes = await evaluateConversations(questions, chat, names);
  const sets: [string, ReturnType<typeof summarizeByIntent>][] = [];
  for (const lang of ["zh", "en"] as const) {
    sets.push([`${lang} report`, summarizeByIntent(outcomes, { lang, part: "report" })]);
    sets.push([`${lang} all`, summarizeByIntent(outcomes, { lang })]);
  }
  sets.push(["all", summarizeByIntent(outcomes)]);
  const lines = [
    `Conversation set: ${questions.length} questions from ${file} (share passing per intent; tuning + report = all)`,
    "",
    formatIntentTable(sets),
    "",
    "Measures of issue 11 (answerable falsely refused: lower is better):",
    "",
    formatCriteriaTable(outcomes),
  ];
  if (verbose) {
    for (const o of outcomes.filter((x) => !x.passed)) {
      lines.push(`- ${o.question.id} [${o.question.part}] ${o.question.question} -> ${o.answer.plan?.intent} ${o.answer.plan?.cities.map((c) => c.en).join(",")} answerable=${o.answer.answerable}`);
      lines.push(`    cites ${o.answer.citations.map((c) => c.city?.en ?? "intro").join(",")}: ${o.answer.answer.slice(0, 300).replace(/\n/g, " / ")}`);
    }
  }
  return lines.join("\n");
}
