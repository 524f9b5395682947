/**
 * The streamed form of /v1/chat/completions: `data: {chat.completion.chunk}` frames; the last one carries the
 * finish reason, the citations as `delta.annotations` (url_citation) and as a top-level `citations` array; with
 * `stream_options.include_usage`, a usage chunk (empty `choices`) follows; then `data: [DONE]`. OpenAI clients only
 * ever append deltas, so the markers are renumbered as they stream (matching the citations at the end), `stop` and
 * `max_tokens` cut the text as it passes (and stop the answer there), and when the model breaks off midway the
 * extractive answer is appended after a short notice instead of silently replacing text the client already shows.
 */
import type { Context } from "hono";
import { streamSSE, type SSEStreamingApi } from "hono/streaming";
import type { AppEnv } from "../app-types.js";
import { createMarkerRenumberer, type MarkerRenumberer } from "../answer/marker-stream.js";
import type { ChatService } from "../chat/chat-service.js";
import { detectLanguage } from "../corpus/language.js";
import { toErrorBody } from "../errors.js";
import { clientAbort } from "../middleware/client-abort.js";
import type { ChatAnswer, Citation, Lang } from "../schemas.js";
import { toOpenAIError } from "./openai-compat-errors.js";
import { OutputLimiter, type FinishReason } from "./openai-compat-output-limit.js";
import { COMPAT_MODEL_ID, type ParsedCompletion } from "./openai-compat-request.js";
import { citationFields, keepCited, usageOf } from "./openai-compat-response.js";

const BROKE_OFF = {
  en: "\n\n(The model's answer broke off; here is the answer taken from the sources instead.)\n\n",
  zh: "\n\n(模型的回答中断了,以下是从资料中摘录的回答。)\n\n",
};

export function streamCompletion(c: Context<AppEnv>, chat: ChatService, parsed: ParsedCompletion, release: (() => void) | undefined) {
  const deps = c.get("deps");
  const request = parsed.chat;
  const abort = clientAbort(c);
  const base = { id: `chatcmpl-${crypto.randomUUID()}`, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: COMPAT_MODEL_ID };
  // With include_usage, OpenAI sends `usage: null` on every chunk but the usage chunk.
  const usageNull = parsed.includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, unknown>, finish: FinishReason | null = null, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...usageNull, ...extra });

  return streamSSE(c, async (stream) => {
    stream.onAbort(() => abort.abort());
    let sources: Citation[] = [];
    let markers: MarkerRenumberer = createMarkerRenumberer([]);
    let produced = "";
    let lang: Lang = request.lang === "auto" ? detectLanguage(request.question) : request.lang;
    let warnings: string[] = [];
    let finish: FinishReason | null = null;
    const limiter = new OutputLimiter(parsed.limits);
    const send = async (text: string) => {
      if (!text || finish) return;
      produced += text;
      const piece = limiter.push(text);
      if (piece.text) await stream.writeSSE({ data: chunk({ content: piece.text }) });
      finish = piece.finish;
    };
    try {
      await stream.writeSSE({ data: chunk({ role: "assistant", content: "" }) });
      for await (const event of chat.events(request, abort.signal)) {
        if (abort.signal.aborted) break;
        if (event.type === "sources") {
          sources = event.data;
          markers = createMarkerRenumberer(sources.map((s) => s.n));
        } else if (event.type === "token") {
          await send(markers.push(event.data.text));
        } else {
          ({ lang } = event.data);
          warnings = event.data.warnings ?? [];
          await send(markers.flush());
          if (!finish && !sameText(produced, event.data.answer)) await appendAnswer(event.data, sources, markers, send, produced.trim() !== "");
          await deps.onAnswered?.(request, event.data);
        }
        if (finish) {
          // stop or max_tokens ended the output: end the answer (and any model call behind it) here.
          abort.abort();
          break;
        }
      }
      if (abort.signal.aborted && !finish) return;
      if (!finish) {
        const rest = limiter.end();
        if (rest.text) await stream.writeSSE({ data: chunk({ content: rest.text }) });
        finish = rest.finish;
      }
      const content = limiter.text;
      const cited = markers.cited.map((n, i) => ({ ...sources.find((s) => s.n === n)!, n: i + 1 }));
      const citations = keepCited(cited, content);
      const { annotations } = citationFields({ content, citations, lang, requestUrl: c.req.url });
      const extra = { citations, ...(warnings.length ? { warnings } : {}) };
      await stream.writeSSE({ data: chunk(annotations.length ? { annotations } : {}, finish, extra) });
      if (parsed.includeUsage) {
        await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [], usage: usageOf(parsed.promptTokens, content) }) });
      }
      await stream.writeSSE({ data: "[DONE]" });
    } catch (err) {
      deps.log?.({ level: "error", msg: "completion stream failed", error: String(err) });
      await writeError(stream, err);
    } finally {
      abort.done();
      release?.();
    }
  }, async (err, stream) => writeError(stream, err));
}

/**
 * The checked answer differs from what streamed: the model broke off and the answer fell back to extractive (or
 * nothing streamed at all). Its markers are mapped back to source numbers and through the same renumbering, so
 * every marker the client holds still matches the citations.
 */
async function appendAnswer(
  answer: ChatAnswer,
  sources: Citation[],
  markers: MarkerRenumberer,
  send: (text: string) => Promise<void>,
  afterPartialText: boolean,
) {
  const sourceN = new Map(answer.citations.map((cit) => [cit.n, sources.find((s) => s.id === cit.id)?.n]));
  const inSourceNumbers = answer.answer.replace(/\[(\d+)\]/g, (whole, m: string) => {
    const n = sourceN.get(Number(m));
    return n ? `[${n}]` : whole;
  });
  const notice = afterPartialText ? BROKE_OFF[answer.lang] : "";
  await send(markers.push(`${notice}${inSourceNumbers}`) + markers.flush());
}

/** The same text once whitespace (which the citation check tidies) is set aside. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
}

async function writeError(stream: SSEStreamingApi, err: unknown) {
  // OpenAI clients raise a `data: {"error": …}` frame as an API error; it has OpenAI's error shape, like the 4xx.
  const { status, body } = toErrorBody(err);
  await stream.writeSSE({ data: JSON.stringify(toOpenAIError(status, body)) });
}
