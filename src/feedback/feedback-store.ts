/**
 * The feedback and question-log port. The same SQL runs on SQLite (Node, better-sqlite3) and D1 (Workers);
 * each runtime supplies an adapter. No client IP is ever stored.
 */
import { z } from "zod";

export const FeedbackInputSchema = z.object({
  rating: z.enum(["up", "down"]),
  comment: z.string().max(2000).optional(),
  question: z.string().min(1).max(2000),
  answer: z.string().max(20_000),
  lang: z.enum(["zh", "en"]),
  mode: z.enum(["llm", "extractive"]),
  /** Ids of the cited passages. */
  citations: z.array(z.string().max(200)).max(20),
  timings: z.object({ retrieveMs: z.number(), generateMs: z.number(), totalMs: z.number() }).optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

export interface FeedbackRow extends FeedbackInput {
  id: number;
  createdAt: string;
}

export interface QuestionLogInput {
  question: string;
  lang: "zh" | "en";
  answerable: boolean;
  mode: "llm" | "extractive";
  timings: { retrieveMs: number; generateMs: number; totalMs: number };
}

export interface QuestionRow extends QuestionLogInput {
  id: number;
  createdAt: string;
}

export interface FeedbackStore {
  addFeedback(input: FeedbackInput): Promise<number>;
  logQuestion(input: QuestionLogInput): Promise<void>;
  listFeedback(limit: number): Promise<FeedbackRow[]>;
  listQuestions(limit: number): Promise<QuestionRow[]>;
}
