/**
 * The MCP server: the service's tools and passages for assistants (Claude Desktop, VS Code, Cursor, the MCP
 * Inspector). One factory for both transports: Streamable HTTP at /mcp (a fresh server per request, stateless, so it
 * runs the same on Node and on a Worker isolate) and stdio (`npm run mcp`). Inputs go through the HTTP API's own zod
 * schemas, so the limits are the same; `ask` is admitted like /api/chat (rate limit, model-call queue).
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
// Re-exported so the route imports one module on first use; a named import lets bundlers drop the rest of
// @hono/mcp (its auth router imports hono-rate-limiter, which is not installed: workerd then fails to load).
export { StreamableHTTPTransport } from "@hono/mcp";
import { z } from "zod";
import type { LogRecord } from "../app-types.js";
import type { Engine } from "../engine.js";
import { AppError } from "../errors.js";
import { parseBody } from "../routes/validation.js";
import {
  ChatAnswerSchema,
  ChatRequestSchema,
  MAX_HISTORY_TURNS,
  MAX_QUESTION_CHARS,
  PassageSchema,
  ScoredPassageSchema,
  SearchQuerySchema,
  type ChatAnswer,
  type ChatRequest,
} from "../schemas.js";
import { CatalogueSchema, cityCatalogue } from "./catalogue.js";
import { registerPassageResources } from "./passage-resources.js";
import { answerText, guarded, structuredResult } from "./tool-results.js";

export const MCP_SERVER_INFO = { name: "city-climate-qa", version: "0.1.0" };

export interface McpBackend {
  /** The engine, or throws 503 not_ready while the index is being built. */
  engine(): Engine;
  /** Admission of one `ask` call (rate limit + model queue); returns the release. */
  admit?(): Promise<(() => void) | undefined>;
  onAnswered?(request: ChatRequest, answer: ChatAnswer): Promise<void> | void;
  /** Aborts generation when the client goes away. */
  signal?: AbortSignal;
  log?(record: LogRecord): void;
}

const askInput = {
  question: z.string().describe(`The question, in Chinese or English (1..${MAX_QUESTION_CHARS} characters)`),
  lang: z.enum(["auto", "zh", "en"]).optional().describe("Language of the answer; auto = the question's language"),
  history: z
    .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string() }))
    .optional()
    .describe(`Earlier turns of the conversation, oldest first (at most ${MAX_HISTORY_TURNS})`),
  k: z.number().int().optional().describe("Passages to retrieve, 1..10"),
};

export function createMcpServer(backend: McpBackend): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions:
      "Answers questions about how Chinese cities put climate commitments into practice, from a bilingual (zh/en) corpus. " +
      "Use `ask` for a cited answer; every claim carries an [n] marker matching a citation. Cite passages by their passage:// URI.",
  });
  const unexpected = (err: unknown) => backend.log?.({ level: "error", msg: "mcp tool failed", error: String(err) });

  server.registerTool(
    "ask",
    {
      title: "Ask a question",
      description: "A cited answer from the corpus, in the question's language; refuses (answerable=false) what the material does not cover.",
      inputSchema: askInput,
      outputSchema: ChatAnswerSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      guarded(async () => {
        const request = parseBody(ChatRequestSchema, { ...args, stream: undefined });
        const engine = backend.engine();
        const release = await backend.admit?.();
        try {
          const answer = await engine.chat.answer(request, backend.signal);
          await backend.onAnswered?.(request, answer);
          return structuredResult(answer, answerText(answer));
        } finally {
          release?.();
        }
      }, unexpected),
  );

  server.registerTool(
    "search_passages",
    {
      title: "Search passages",
      description: "The passages that best match a query (hybrid vector + keyword search), each with a 0..1 score.",
      inputSchema: { query: z.string().describe(`Search text (1..${MAX_QUESTION_CHARS} characters)`), k: z.number().int().optional().describe("Results, 1..20 (default 5)") },
      outputSchema: z.object({ query: z.string(), results: z.array(ScoredPassageSchema) }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query, k }) =>
      guarded(async () => {
        const { q, k: count } = parseBody(SearchQuerySchema, { q: query, k });
        const retrieval = await backend.engine().retriever.retrieve(q, count);
        return structuredResult({ query: q, results: retrieval.results });
      }, unexpected),
  );

  server.registerTool(
    "get_passage",
    {
      title: "Get a passage",
      description: "One passage by its id, in both languages.",
      inputSchema: { id: z.string().max(200).describe("Passage id, as in a citation or search result") },
      outputSchema: PassageSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ id }) =>
      guarded(async () => {
        // findById: the passage may live in D1 (the Worker's scale mode), not in memory.
        const passage = await backend.engine().retriever.findById(id);
        if (!passage) throw new AppError("not_found", `No passage with id ${JSON.stringify(id)}`);
        return structuredResult(passage);
      }, unexpected),
  );

  server.registerTool(
    "list_cities",
    {
      title: "List cities and speakers",
      description: "The cities the corpus covers, with how many passages each has and the people quoted there.",
      outputSchema: CatalogueSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () => guarded(() => structuredResult(cityCatalogue(backend.engine().chat.catalogue)), unexpected),
  );

  registerPassageResources(server, () => backend.engine());
  return server;
}

