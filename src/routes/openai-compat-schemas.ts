/**
 * What /v1 answers, as zod schemas: the OpenAPI document is generated from them, the handlers' objects are checked
 * against them at compile time (`satisfies`), and the tests parse real responses with them.
 */
import { z } from "zod";
import { CitationSchema } from "../schemas.js";

export const ModelSchema = z.object({ id: z.string(), object: z.literal("model"), created: z.number().int(), owned_by: z.string() });
export const ModelListSchema = z.object({ object: z.literal("list"), data: z.array(ModelSchema) });

export const UrlCitationSchema = z
  .object({
    type: z.literal("url_citation"),
    url_citation: z.object({
      url: z.string().describe("The cited passage: GET /api/passages/{id}, absolute"),
      title: z.string().describe("City and kind of passage, in the answer's language"),
      start_index: z.number().int().describe("Where the citation's first [n] marker starts in the content"),
      end_index: z.number().int(),
    }),
  });

export const UsageSchema = z
  .object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() })
  .describe("Estimated tokens (see the README): the question and history turns used, and the answer sent");

const FinishReasonSchema = z.enum(["stop", "length"]);
const extras = {
  citations: z.array(CitationSchema).describe("The cited passages whole, numbered as the [n] markers"),
  warnings: z.array(z.string()).optional(),
};

export const ChatCompletionSchema = z
  .object({
    id: z.string(),
    object: z.literal("chat.completion"),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        message: z.object({
          role: z.literal("assistant"),
          content: z.string(),
          refusal: z.null(),
          annotations: z.array(UrlCitationSchema),
        }),
        finish_reason: FinishReasonSchema,
        logprobs: z.null(),
      }),
    ),
    usage: UsageSchema,
    ...extras,
  });

export const ChatCompletionChunkSchema = z
  .object({
    id: z.string(),
    object: z.literal("chat.completion.chunk"),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        delta: z.object({ role: z.literal("assistant").optional(), content: z.string().optional(), annotations: z.array(UrlCitationSchema).optional() }),
        finish_reason: FinishReasonSchema.nullable(),
        logprobs: z.null(),
      }),
    ).describe("Empty in the usage chunk"),
    usage: UsageSchema.nullish().describe("With stream_options.include_usage: null, except on the last chunk"),
    citations: extras.citations.optional().describe("On the chunk with the finish reason"),
    warnings: extras.warnings,
  });

export const OpenAIErrorBodySchema = z
  .object({
    error: z.object({
      message: z.string(),
      type: z.string().describe("invalid_request_error, not_found_error, rate_limit_error, server_error…"),
      param: z.string().nullable().describe("The request field at fault, e.g. n or messages[2].content"),
      code: z.string().describe("The service's error code (invalid_request, rate_limited…)"),
    }),
  });
