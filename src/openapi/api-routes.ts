/**
 * Every route of the service, described once, in one place, by the zod schemas the handlers validate with (or,
 * for responses no handler parses, by schemas in response-schemas.ts). The handlers stay as they are; a test checks
 * that each route registered on the app is listed here, so a new route cannot be left out of /openapi.json.
 */
import { z } from "zod";
import { ExportQuerySchema } from "../routes/admin.js";
import { CompletionRequestSchema } from "../routes/openai-compat-request.js";
import { ChatCompletionChunkSchema, ChatCompletionSchema, ModelListSchema, ModelSchema, OpenAIErrorBodySchema } from "../routes/openai-compat-schemas.js";
import { FeedbackInputSchema } from "../feedback/feedback-store.js";
import { ChatAnswerSchema, ChatRequestSchema, ErrorBodySchema, PassageSchema, SearchQuerySchema } from "../schemas.js";
import { CatalogueResponseSchema, FeedbackCreatedSchema, FeedbackExportSchema, HealthSchema, QuestionExportSchema, ReindexReportSchema, SearchResponseSchema } from "./response-schemas.js";
import { DocsFileParamsSchema, PassageParamsSchema, ModelParamsSchema, StaticFileParamsSchema } from "./param-schemas.js";

export interface ResponseSpec {
  description: string;
  /** Body schema by content type; null = not JSON (a page, a file, a stream described in words). */
  content?: Record<string, z.ZodType | null>;
}

export interface RouteSpec {
  method: "get" | "post";
  /** In Hono's syntax, as registered on the app ("/api/passages/:id"). */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  admin?: boolean;
  responses: Record<string, ResponseSpec>;
}

const json = (schema: z.ZodType) => ({ "application/json": schema });
const error = (description: string): ResponseSpec => ({ description, content: json(ErrorBodySchema) });
const openAIError = (description: string): ResponseSpec => ({ description, content: json(OpenAIErrorBodySchema) });
const HTML = { "text/html": null };

export const API_ROUTES: readonly RouteSpec[] = [
  {
    method: "get", path: "/healthz", operationId: "health", tag: "service", summary: "Whether the index is loaded",
    responses: { 200: { description: "Ready", content: json(HealthSchema) }, 503: { description: "Starting or degraded", content: json(HealthSchema) } },
  },
  {
    method: "get", path: "/api/search", operationId: "search", tag: "passages", summary: "Hybrid search over the passages",
    description: "Vector and keyword search fused; `score` is 0..1, higher is closer, the same on every backend.",
    query: SearchQuerySchema,
    responses: { 200: { description: "The best passages", content: json(SearchResponseSchema) }, 400: error("Bad q or k"), 503: error("Index not loaded yet") },
  },
  {
    method: "get", path: "/api/passages/:id", operationId: "getPassage", tag: "passages", summary: "One passage, both languages",
    params: PassageParamsSchema,
    responses: { 200: { description: "The passage", content: json(PassageSchema) }, 404: error("No such passage") },
  },
  {
    method: "get", path: "/api/catalogue", operationId: "catalogue", tag: "passages", summary: "What the material covers",
    description: "Cities in both languages with their passage counts and who is quoted, document titles, and the welcome line and example questions in both languages.",
    responses: { 200: { description: "The catalogue", content: json(CatalogueResponseSchema) }, 503: error("Index not loaded yet") },
  },
  {
    method: "post", path: "/api/chat", operationId: "chat", tag: "chat", summary: "A cited answer, as JSON or Server-Sent Events",
    description:
      "With `stream: true` (or `Accept: text/event-stream`) the answer streams as events: `sources` (the candidates), " +
      "`token` (`{ text }`) many times, then `done` (the checked ChatAnswer) or `error` (an error body).",
    body: ChatRequestSchema,
    responses: {
      200: { description: "The answer", content: { ...json(ChatAnswerSchema), "text/event-stream": null } },
      400: error("Invalid request"), 413: error("Body too large"), 415: error("Not JSON"), 429: error("Rate limited"), 503: error("Not ready or queue full"),
    },
  },
  {
    method: "post", path: "/api/feedback", operationId: "addFeedback", tag: "feedback", summary: "Thumbs up or down on an answer",
    body: FeedbackInputSchema,
    responses: { 201: { description: "Stored", content: json(FeedbackCreatedSchema) }, 400: error("Invalid feedback"), 404: error("Feedback is not collected here") },
  },
  {
    method: "get", path: "/api/admin/feedback", operationId: "exportFeedback", tag: "admin", summary: "Feedback, newest first (JSON or CSV)",
    query: ExportQuerySchema, admin: true,
    responses: { 200: { description: "The rows", content: { ...json(FeedbackExportSchema), "text/csv": null } }, 401: error("Wrong token"), 404: error("No ADMIN_TOKEN set") },
  },
  {
    method: "get", path: "/api/admin/questions", operationId: "exportQuestions", tag: "admin", summary: "The question log, newest first (JSON or CSV)",
    query: ExportQuerySchema, admin: true,
    responses: { 200: { description: "The rows", content: { ...json(QuestionExportSchema), "text/csv": null } }, 401: error("Wrong token"), 404: error("No ADMIN_TOKEN set") },
  },
  {
    method: "post", path: "/api/admin/reindex", operationId: "reindex", tag: "admin", summary: "Re-read the corpus and swap the new index in",
    description: "The incremental ingest (only changed documents are embedded again), then a swap without a restart; answers when the new index serves.",
    admin: true,
    responses: { 200: { description: "What the ingest did", content: json(ReindexReportSchema) }, 401: error("Wrong token"), 404: error("No ADMIN_TOKEN set, or no reindexing on this runtime"), 503: error("The index is still loading") },
  },
  {
    method: "get", path: "/v1/models", operationId: "listModels", tag: "openai", summary: "The one model this service offers",
    responses: { 200: { description: "The model list", content: json(ModelListSchema) } },
  },
  {
    method: "get", path: "/v1/models/:id", operationId: "getModel", tag: "openai", summary: "The model card",
    params: ModelParamsSchema,
    responses: { 200: { description: "The model", content: json(ModelSchema) }, 404: openAIError("No such model") },
  },
  {
    method: "post", path: "/v1/chat/completions", operationId: "createChatCompletion", tag: "openai", summary: "OpenAI-compatible chat completion",
    description:
      "The last user message is the question and the earlier turns (the last 20 used) its history; system messages are ignored. " +
      "Honoured: stream, stream_options.include_usage, max_tokens / max_completion_tokens, stop. Refused with 400: n > 1, tools, " +
      "tool_choice, functions, response_format other than text, logprobs. Citations come as message.annotations (url_citation) " +
      "and a top-level citations array; streamed, as text/event-stream of ChatCompletionChunk then `[DONE]`.",
    body: CompletionRequestSchema,
    responses: {
      200: { description: "The completion", content: { ...json(ChatCompletionSchema), "text/event-stream": ChatCompletionChunkSchema } },
      400: openAIError("A parameter that cannot be honoured, or invalid messages"), 413: openAIError("Body over 1 MiB"),
      429: openAIError("Rate limited"), 503: openAIError("Not ready or queue full"),
    },
  },
  {
    method: "post", path: "/mcp", operationId: "mcp", tag: "mcp", summary: "Model Context Protocol server (Streamable HTTP, stateless, JSON replies)",
    description:
      "JSON-RPC 2.0 messages of the Model Context Protocol. Tools: ask, search_passages, get_passage, list_cities; passages as " +
      "passage://{id} resources. Bearer MCP_TOKEN when set. Use an MCP client (the official SDKs), not this page.",
    body: z.unknown(),
    responses: {
      200: { description: "A JSON-RPC response", content: { "application/json": null } }, 202: { description: "A notification was accepted" },
      400: error("Malformed JSON"), 401: error("Wrong or missing MCP_TOKEN"), 413: error("Body too large"), 415: error("Not JSON"),
    },
  },
  {
    method: "get", path: "/metrics", operationId: "metrics", tag: "service", summary: "Prometheus metrics (text format)",
    description: "Requests by route and status, stage latency histograms, answers by mode and answerability, model fallbacks, rate limits. Bearer METRICS_TOKEN when set.",
    responses: { 200: { description: "Prometheus text exposition", content: { "text/plain": null } }, 401: error("Wrong or missing METRICS_TOKEN"), 404: error("No metrics on this runtime") },
  },
  {
    method: "get", path: "/openapi.json", operationId: "openapi", tag: "service", summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": null } } },
  },
  {
    method: "get", path: "/docs", operationId: "docs", tag: "service", summary: "The API reference page (Swagger UI)",
    responses: { 200: { description: "HTML page", content: HTML } },
  },
  {
    method: "get", path: "/docs/:file", operationId: "docsFile", tag: "service", summary: "The API reference page's script and style",
    params: DocsFileParamsSchema,
    responses: { 200: { description: "The file", content: { "text/javascript": null, "text/css": null } }, 404: error("No such file") },
  },
  {
    method: "get", path: "/", operationId: "webChat", tag: "web", summary: "The web chat",
    responses: { 200: { description: "HTML page", content: HTML } },
  },
  {
    method: "get", path: "/index.html", operationId: "webChatIndex", tag: "web", summary: "The web chat (by its file name)",
    responses: { 200: { description: "HTML page", content: HTML } },
  },
  {
    method: "get", path: "/*", operationId: "webFile", tag: "web", summary: "The web chat's static files (app.js, app.css…)",
    params: StaticFileParamsSchema,
    responses: { 200: { description: "The file", content: { "text/javascript": null, "text/css": null } }, 404: error("No such file") },
  },
];
