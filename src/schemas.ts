/**
 * Wire-format schemas shared by the server, the CLI and the web client.
 * Every type that crosses the network is `z.infer` of a schema here, so the format cannot drift.
 */
import { z } from "zod";

export const LangSchema = z.enum(["zh", "en"]);
export type Lang = z.infer<typeof LangSchema>;

export const PassageKindSchema = z.enum(["intro", "initiative", "quote"]);
export type PassageKind = z.infer<typeof PassageKindSchema>;

export const BilingualNameSchema = z.object({ zh: z.string(), en: z.string() });

export const PassageSchema = z.object({
  id: z.string(),
  doc: z.string(),
  city: BilingualNameSchema.nullable(),
  kind: PassageKindSchema,
  speaker: z.object({ zh: z.string().optional(), en: z.string().optional() }).optional(),
  /** The topic heading (not a place) the passage sits under, in a document with headings. */
  section: z.string().optional(),
  zh: z.string().nullable(),
  en: z.string().nullable(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const ScoredPassageSchema = PassageSchema.extend({ score: z.number().min(0).max(1) });
export type ScoredPassage = z.infer<typeof ScoredPassageSchema>;

export const ScriptSchema = z.enum(["hans", "hant"]);
export type Script = z.infer<typeof ScriptSchema>;

export const CitationSchema = ScoredPassageSchema.extend({
  n: z.number().int().positive(),
  /** The passage as written (Simplified), when the card shows it converted to Traditional script. */
  original: PassageSchema.pick({ zh: true, city: true, speaker: true }).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const MAX_QUESTION_CHARS = 2000;
export const MAX_HISTORY_TURNS = 20;

export const HistoryTurnSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(20_000),
});
export type HistoryTurn = z.infer<typeof HistoryTurnSchema>;

export const ChatRequestSchema = z.object({
  question: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "question must not be blank").max(MAX_QUESTION_CHARS)),
  history: z.array(HistoryTurnSchema).max(MAX_HISTORY_TURNS).optional(),
  lang: z.enum(["auto", "zh", "en"]).default("auto"),
  k: z.number().int().min(1).max(10).optional(),
  stream: z.boolean().optional(),
  /** The Chinese script to answer in; by default the question's own. */
  script: ScriptSchema.optional(),
});
export type ChatRequest = z.infer<typeof ChatRequestSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().min(1).max(MAX_QUESTION_CHARS),
  k: z.coerce.number().int().min(1).max(20).default(5),
});

export const TimingsSchema = z.object({
  retrieveMs: z.number(),
  generateMs: z.number(),
  totalMs: z.number(),
});
export type Timings = z.infer<typeof TimingsSchema>;

/** How the question was understood (CONTRACT "Additions"): its intent and the entities it names. */
export const IntentSchema = z.enum(["fact", "list", "compare", "summary", "quote", "about", "greeting", "out_of_scope"]);
export const PlanSchema = z
  .object({
    intent: IntentSchema,
    cities: z.array(BilingualNameSchema),
    uncoveredPlaces: z.array(z.string()).optional(),
    speakers: z.array(z.string()).optional(),
    topic: z.string().optional(),
    followUp: z.boolean().optional(),
    /** The model was asked with an explicit "say the material does not cover it" instruction. */
    borderline: z.boolean().optional(),
  })
  .passthrough();
export type AnswerPlan = z.infer<typeof PlanSchema>;

export const ChatAnswerSchema = z.object({
  answer: z.string(),
  lang: LangSchema,
  answerable: z.boolean(),
  mode: z.enum(["llm", "extractive"]),
  citations: z.array(CitationSchema),
  timings: TimingsSchema,
  warnings: z.array(z.string()).optional(),
  /** Figures in the answer that no cited passage supports (raw text as written in the answer). */
  unsupportedNumbers: z.array(z.string()).optional(),
  plan: PlanSchema.optional(),
  /** Questions the material can answer, in the answer's language (after a refusal, a greeting or an "about" answer). */
  suggestions: z.array(z.string()).optional(),
  /** The Chinese script of the answer (Traditional when the question was); absent for English answers. */
  script: ScriptSchema.optional(),
});
export type ChatAnswer = z.infer<typeof ChatAnswerSchema>;

export const ErrorCodeSchema = z.enum([
  "invalid_request",
  "unauthorized",
  "not_found",
  "method_not_allowed",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
  "upstream_error",
  "not_ready",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
