/**
 * Response bodies that no handler parses, as zod schemas, so the OpenAPI document describes them from schemas too.
 * The API tests parse real responses with them, which keeps them from drifting away from the handlers.
 */
import { z } from "zod";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { BilingualNameSchema, ScoredPassageSchema, TimingsSchema } from "../schemas.js";

export const HealthSchema = z.object({
  status: z.string().describe('"ok" when the index is loaded; anything else comes with HTTP 503'),
  passages: z.number().int(),
  embedder: z.string(),
  llm: z.string().describe('"none" when answers are extractive'),
  reason: z.string().optional().describe('Why the service is degraded (status "degraded", HTTP 503)'),
}).passthrough();

/** POST /api/admin/reindex: what the incremental ingest read, merged and skipped (ReindexReport). */
export const ReindexReportSchema = z.object({
  documents: z.number().int(),
  passages: z.number().int(),
  duplicatesMerged: z.number().int(),
  skipped: z.array(z.object({ doc: z.string(), reason: z.string() })),
  embedded: z.number().int().describe("Passages embedded in this build; the rest kept their vectors"),
  ms: z.number(),
  empty: z.string().optional().describe("Set when nothing usable was indexed; the service then reports itself degraded"),
});

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


/** GET /api/catalogue: what the material covers, from its own catalogue. */
export const CatalogueResponseSchema = z.object({
  cities: z.array(
    BilingualNameSchema.extend({
      initiatives: z.number().int(),
      quotes: z.number().int(),
      speakers: z.array(z.object({ zh: z.string().optional(), en: z.string().optional() })),
    }),
  ),
  documents: z.array(z.string()).describe("Document titles (file names without folder or extension)"),
  passages: z.number().int(),
  welcome: BilingualNameSchema.describe("The web chat's welcome line, worded from the catalogue"),
  suggestions: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
