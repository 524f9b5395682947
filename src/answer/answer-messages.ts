/**
 * The chat messages of one answer: the system rules, the recent conversation, then the sources and the question.
 * Earlier answers lose their [n] markers, because those numbers pointed at that turn's sources, not this one's.
 */
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { AnswerInput } from "./generator.js";
import { escapeText, languageName, renderAnswerPrompt, stripMarkers } from "./prompts.js";
import { formatPlannedSources, planGuidance } from "./plan-guidance.js";

/** Enough context for "it" and "that city", without paying for the whole conversation on every turn. */
const HISTORY_TURNS = 6;
const HISTORY_TURN_CHARS = 1500;

export function buildAnswerMessages(template: string, input: AnswerInput): BaseMessage[] {
  const guidance = planGuidance(input.plan);
  const rendered = renderAnswerPrompt(template, {
    language: languageName(input.lang),
    sources: formatPlannedSources(input.sources, input.plan),
    question: escapeText(input.question),
    guidance,
  });
  // A prompt file without a {{guidance}} place still gets the plan's instructions, ahead of the sources.
  const prompt = guidance && !/\{\{\s*guidance\s*\}\}/.test(template) ? { ...rendered, user: `${guidance}\n\n${rendered.user}` } : rendered;
  const history = input.history.slice(-HISTORY_TURNS).map((turn) => {
    const content = stripMarkers(turn.content).slice(0, HISTORY_TURN_CHARS);
    return turn.role === "user" ? new HumanMessage(content) : new AIMessage(content);
  });
  return [new SystemMessage(prompt.system), ...history, new HumanMessage(prompt.user)];
}
