/**
 * Response bodies that no handler parses, as zod schemas, so the OpenAPI document describes them from schemas too.
 * The API tests parse real responses with them, which keeps them from drifting away from the handlers.
 */
import { z } from "zod";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { ScoredPassageSchema, TimingsSchema } from "../schemas.js";

export const HealthSchema = z.object({
  status: z.string().describe('"ok" when the index is loaded; anything else comes with HTTP 503'),
  passages: z.number().int(),
  embedder: z.string(),
  llm: z.string().describe('"none" when answers are extractive'),
}).passthrough();

export const SearchResponseSchema = z.object({ query: z.string(), results: z.array(ScoredPassageSchema) });

export const FeedbackCreatedSchema = z.object({ id: z.number().int() });

const Row = { id: z.number().int(), createdAt: z.string() };
export const FeedbackExportSchema = z.object({
  count: z.number().int(),
  items: z.array(FeedbackInputSchema.extend(Row)),
});
export const QuestionExportSchema = z.object({
  count: z.number().int(),
  items: z.array(
    z.object({ ...Row, question: z.string(), lang: z.enum(["zh", "en"]), answerable: z.boolean(), mode: z.enum(["llm", "extractive"]), timings: TimingsSchema }),
  ),
});
