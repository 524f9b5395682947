/**
 * The answer step's port: extractive and LLM answerers both implement it, so the chat flow does not care which
 * one runs. Sources are numbered 1..k in retrieval order; the text cites them as [n].
 */
import type { AnswerPlan, Citation, HistoryTurn, Lang } from "../schemas.js";
import type { QueryAnalysis } from "../retrieval/query-analysis.js";

export interface AnswerInput {
  question: string;
  lang: Lang;
  analysis: QueryAnalysis;
  sources: Citation[];
  history: HistoryTurn[];
  /** How the question was understood: the LLM prompt follows its intent and groups the sources per city. */
  plan?: AnswerPlan;
}

export interface GenerateOptions {
  /** Called with each piece of text as it is produced. */
  onToken?: (text: string) => void;
  signal?: AbortSignal;
}

export interface GeneratedAnswer {
  text: string;
  mode: "llm" | "extractive";
  warnings: string[];
}

export interface AnswerGenerator {
  readonly name: string;
  generate(input: AnswerInput, options?: GenerateOptions): Promise<GeneratedAnswer>;
}
