/**
 * The chat messages of one answer: the system rules, the recent conversation, then the sources and the question.
 * Earlier answers lose their [n] markers, because those numbers pointed at that turn's sources, not this one's.
 */
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { AnswerInput } from "./generator.js";
import { escapeText, formatSources, languageName, renderAnswerPrompt, stripMarkers } from "./prompts.js";

/** Enough context for "it" and "that city", without paying for the whole conversation on every turn. */
const HISTORY_TURNS = 6;
const HISTORY_TURN_CHARS = 1500;

export function buildAnswerMessages(template: string, input: AnswerInput): BaseMessage[] {
  const prompt = renderAnswerPrompt(template, {
    language: languageName(input.lang),
    sources: formatSources(input.sources),
    question: escapeText(input.question),
  });
  const history = input.history.slice(-HISTORY_TURNS).map((turn) => {
    const content = stripMarkers(turn.content).slice(0, HISTORY_TURN_CHARS);
    return turn.role === "user" ? new HumanMessage(content) : new AIMessage(content);
  });
  return [new SystemMessage(prompt.system), ...history, new HumanMessage(prompt.user)];
}
