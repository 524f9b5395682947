/**
 * The named schemas of the OpenAPI document (components.schemas). They are registered by id in zod's global
 * registry, where `.describe()` texts live too, so z.toJSONSchema refers to them by name instead of repeating them.
 */
import { z } from "zod";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { ChatAnswerSchema, ChatRequestSchema, CitationSchema, ErrorBodySchema, PassageSchema, ScoredPassageSchema } from "../schemas.js";

const SHARED: [z.ZodType, string][] = [
  [PassageSchema, "Passage"],
  [ScoredPassageSchema, "ScoredPassage"],
  [CitationSchema, "Citation"],
  [ChatRequestSchema, "ChatRequest"],
  [ChatAnswerSchema, "ChatAnswer"],
  [ErrorBodySchema, "Error"],
  [FeedbackInputSchema, "FeedbackInput"],
];

export function registerComponents(): void {
  for (const [schema, id] of SHARED) {
    if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
  }
}
