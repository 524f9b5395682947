/**
 * The body of POST /v1/chat/completions, turned into our ChatRequest: the last message is the question, earlier
 * user and assistant messages are the history. System (and developer, tool) messages are ignored, so a client cannot
 * replace the service's own rules about grounding and citations. What can be honoured is (max_tokens, stop,
 * stream_options.include_usage); what cannot is refused with a 400 naming the parameter, never silently ignored.
 * Sampling knobs (temperature, top_p, seed, penalties, user…) are accepted and have no effect: answers are grounded
 * in the sources, not sampled.
 */
import { z } from "zod";
import { MAX_HISTORY_TURNS, MAX_QUESTION_CHARS, type ChatRequest, type HistoryTurn } from "../schemas.js";
import { parseChatRequest } from "./chat.js";
import { paramError } from "./openai-compat-errors.js";
import type { OutputLimits } from "./openai-compat-output-limit.js";
import { countPromptTokens } from "./openai-compat-tokens.js";
import { parseBody } from "./validation.js";

/** The one model this service offers; requests may name any model (clients insist on sending one). */
export const COMPAT_MODEL_ID = "city-climate-qa";

const MAX_TURN_CHARS = 20_000;

const ContentPartSchema = z.object({ type: z.string(), text: z.string().optional() });
const MessageSchema = z.object({ role: z.string(), content: z.union([z.string(), z.array(ContentPartSchema), z.null()]).optional() });

export const CompletionRequestSchema = z.object({
  model: z.string().max(200).optional(),
  // No upper bound on the number of messages: a client re-sending a long conversation is trimmed, never refused
  // (the body limit bounds the size).
  messages: z.array(MessageSchema).min(1, "messages must hold at least one message"),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: z.number().int().min(1).nullish().describe("Cuts the answer (and its citations) after this many tokens"),
  max_completion_tokens: z.number().int().min(1).nullish().describe("The same as max_tokens; the smaller one wins"),
  stop: z.union([z.string().min(1), z.array(z.string().min(1)).max(4)]).nullish(),
  n: z.number().int().min(1).nullish().describe("Only 1 is supported"),
  tools: z.array(z.unknown()).nullish().describe("Not supported: a non-empty list is refused"),
  tool_choice: z.unknown().optional().describe('Not supported: anything but "none" is refused'),
  functions: z.array(z.unknown()).nullish().describe("Not supported: a non-empty list is refused"),
  function_call: z.unknown().optional().describe('Not supported: anything but "none" is refused'),
  response_format: z.object({ type: z.string() }).passthrough().nullish().describe('Only {"type":"text"} is supported'),
  logprobs: z.boolean().nullish().describe("Not supported: true is refused"),
  top_logprobs: z.number().int().nullish().describe("Not supported: refused"),
});
export type CompletionRequest = z.infer<typeof CompletionRequestSchema>;

export interface ParsedCompletion {
  completion: CompletionRequest;
  chat: ChatRequest;
  limits: OutputLimits;
  includeUsage: boolean;
  /** Estimated tokens of the turns the answer is built from (the question and the history kept). */
  promptTokens: number;
}

export function parseCompletionRequest(body: unknown): ParsedCompletion {
  const completion = parseBody(CompletionRequestSchema, body);
  refuseWhatCannotBeHonoured(completion);
  const dialogue = completion.messages
    .map((m, index) => ({ index, role: m.role, content: textOf(m.content) }))
    .filter((m) => m.role === "user" || m.role === "assistant");
  const last = dialogue.at(-1);
  if (!last || last.role !== "user") throw paramError("messages", "The last user or assistant message in messages must be the user's question");
  const question = last.content.trim();
  const param = `messages[${last.index}].content`;
  if (!question) throw paramError(param, `${param} (the question) must not be blank`);
  if (question.length > MAX_QUESTION_CHARS) throw paramError(param, `${param} (the question) must be at most ${MAX_QUESTION_CHARS} characters`);
  // Chat clients send the whole conversation; the recent turns are the ones that give a follow-up its meaning.
  const history: HistoryTurn[] = dialogue
    .slice(0, -1)
    .filter((t) => t.content.trim())
    .slice(-MAX_HISTORY_TURNS)
    .map((t) => ({ role: t.role as HistoryTurn["role"], content: t.content.slice(0, MAX_TURN_CHARS) }));
  const chat = parseChatRequest({ question, history, lang: "auto", stream: completion.stream ?? false });
  const budgets = [completion.max_tokens, completion.max_completion_tokens].filter((n): n is number => typeof n === "number");
  const stop = completion.stop == null ? [] : typeof completion.stop === "string" ? [completion.stop] : completion.stop;
  return {
    completion,
    chat,
    limits: { maxTokens: budgets.length ? Math.min(...budgets) : undefined, stop },
    includeUsage: completion.stream === true && completion.stream_options?.include_usage === true,
    promptTokens: countPromptTokens([...history, { content: question }]),
  };
}

/** 400s for parameters that would change the response's form in ways this service cannot produce. */
function refuseWhatCannotBeHonoured(r: CompletionRequest): void {
  if (r.n != null && r.n > 1) throw paramError("n", "n must be 1: this service returns one grounded answer per request");
  if (r.tools?.length) throw paramError("tools", "tools are not supported: this service answers from its sources and calls no tools");
  if (r.tool_choice != null && r.tool_choice !== "none") throw paramError("tool_choice", 'tool_choice is not supported (only "none")');
  if (r.functions?.length) throw paramError("functions", "functions are not supported: this service calls no tools");
  if (r.function_call != null && r.function_call !== "none") throw paramError("function_call", 'function_call is not supported (only "none")');
  if (r.response_format && r.response_format.type !== "text") {
    throw paramError("response_format", `response_format ${JSON.stringify(r.response_format.type)} is not supported: answers are cited text (only "text")`);
  }
  if (r.logprobs) throw paramError("logprobs", "logprobs are not supported: answers are not sampled token by token");
  if (r.top_logprobs != null) throw paramError("top_logprobs", "top_logprobs are not supported");
}

/** Text of a message: a string, or the text parts of a multi-part content array. */
function textOf(content: CompletionRequest["messages"][number]["content"]): string {
  if (typeof content === "string") return content;
  return (content ?? [])
    .filter((p) => p.type === "text" && typeof p.text === "string")
    .map((p) => p.text)
    .join("\n");
}
