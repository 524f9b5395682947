/**
 * The named schemas of the OpenAPI document (components.schemas). Each route's schema is converted whole by
 * z.toJSONSchema; wherever a part of it is exactly one of these (Citation inside ChatAnswer, for instance), that
 * part becomes a `$ref`. Done on the JSON rather than through zod's id registry, so registering ids here changes
 * nothing for any other user of z.toJSONSchema (the MCP tools' schemas, say).
 */
import type { z } from "zod";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { ChatCompletionChunkSchema, ChatCompletionSchema, OpenAIErrorBodySchema, UrlCitationSchema } from "../routes/openai-compat-schemas.js";
import { ChatAnswerSchema, ChatRequestSchema, CitationSchema, ErrorBodySchema, PassageSchema, ScoredPassageSchema } from "../schemas.js";

export const COMPONENTS: readonly [string, z.ZodType, "input" | "output"][] = [
  ["Passage", PassageSchema, "output"],
  ["ScoredPassage", ScoredPassageSchema, "output"],
  ["Citation", CitationSchema, "output"],
  ["ChatRequest", ChatRequestSchema, "input"],
  ["ChatAnswer", ChatAnswerSchema, "output"],
  ["Error", ErrorBodySchema, "output"],
  ["FeedbackInput", FeedbackInputSchema, "input"],
  ["UrlCitation", UrlCitationSchema, "output"],
  ["ChatCompletion", ChatCompletionSchema, "output"],
  ["ChatCompletionChunk", ChatCompletionChunkSchema, "output"],
  ["OpenAIError", OpenAIErrorBodySchema, "output"],
];
