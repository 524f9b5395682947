/**
 * The body of POST /v1/chat/completions, turned into our ChatRequest: the last message is the question, earlier
 * user and assistant messages are the history. System (and developer, tool) messages are ignored, so a client cannot
 * replace the service's own rules about grounding and citations.
 */
import { z } from "zod";
import { AppError } from "../errors.js";
import { parseBody } from "./validation.js";
import { MAX_HISTORY_TURNS, type ChatRequest, type HistoryTurn } from "../schemas.js";
import { parseChatRequest } from "./chat.js";

/** The one model this service offers; requests may name any model (clients insist on sending one). */
export const COMPAT_MODEL_ID = "city-climate-qa";

const MAX_MESSAGES = 200;
const MAX_TURN_CHARS = 20_000;

const ContentPartSchema = z.object({ type: z.string(), text: z.string().optional() });

export const CompletionRequestSchema = z.object({
  model: z.string().max(200).optional(),
  messages: z
    .array(z.object({ role: z.string(), content: z.union([z.string(), z.array(ContentPartSchema), z.null()]).optional() }))
    .min(1, "messages must hold at least one message")
    .max(MAX_MESSAGES),
  stream: z.boolean().optional(),
});
export type CompletionRequest = z.infer<typeof CompletionRequestSchema>;

export function parseCompletionRequest(body: unknown): { completion: CompletionRequest; chat: ChatRequest } {
  const completion = parseBody(CompletionRequestSchema, body);
  const dialogue = completion.messages
    .filter((m) => m.role === "user" || m.role === "assistant")
    .map((m) => ({ role: m.role as HistoryTurn["role"], content: textOf(m.content) }));
  const last = dialogue.at(-1);
  if (!last || last.role !== "user") {
    throw new AppError("invalid_request", "The last user or assistant message must be the user's question");
  }
  // Chat clients send the whole conversation; the recent turns are the ones that give a follow-up its meaning.
  const history = dialogue
    .slice(0, -1)
    .filter((t) => t.content.trim())
    .slice(-MAX_HISTORY_TURNS)
    .map((t) => ({ role: t.role, content: t.content.slice(0, MAX_TURN_CHARS) }));
  const chat = parseChatRequest({ question: last.content, history, lang: "auto", stream: completion.stream ?? false });
  return { completion, chat };
}

/** Text of a message: a string, or the text parts of a multi-part content array. */
function textOf(content: CompletionRequest["messages"][number]["content"]): string {
  if (typeof content === "string") return content;
  return (content ?? [])
    .filter((p) => p.type === "text" && typeof p.text === "string")
    .map((p) => p.text)
    .join("\n");
}
