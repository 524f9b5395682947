/**
 * Turns a follow-up into a standalone question before retrieval. The rule-based condenser (used without an LLM)
 * carries the previous turn's city to a question that names none ("and what did its mayor say?") and the previous
 * topic to a question that names only a city ("那大连呢?").
 */
import type { HistoryTurn } from "../schemas.js";
import type { QueryAnalyzer } from "../retrieval/query-analysis.js";

export interface Condensed {
  question: string;
  /** Cities of the conversation so far, for a question that names none. */
  contextCities: string[];
}

export interface Condenser {
  condense(question: string, history: HistoryTurn[], signal?: AbortSignal): Promise<Condensed>;
}

/** A question left with this little once places are removed asks "what about X?" */
const MAX_BARE_TOPIC_CHARS = 4;

export function createRuleCondenser(analyzer: QueryAnalyzer): Condenser {
  return {
    async condense(question, history) {
      const earlier = history.filter((t) => t.role === "user").map((t) => t.content);
      if (!earlier.length) return { question, contextCities: [] };
      const now = analyzer.analyze(question);
      // The most recent earlier question that named a city sets the context.
      const previous = [...earlier].reverse().find((q) => analyzer.citiesIn(q).length > 0) ?? earlier.at(-1)!;
      const contextCities = now.cities.length ? [] : analyzer.citiesIn(previous);
      const bareTopic = now.topicText.replace(/[\s\p{P}呢吗那和还]/gu, "");
      if (now.cities.length && bareTopic.length <= MAX_BARE_TOPIC_CHARS) {
        const previousTopic = analyzer.analyze(previous).topicText.trim();
        return { question: `${question} ${previousTopic}`.trim(), contextCities };
      }
      return { question, contextCities };
    },
  };
}
