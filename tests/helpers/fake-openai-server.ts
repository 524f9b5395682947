/**
 * A real OpenAI-compatible server on loopback (node:http, 127.0.0.1, a free port) that speaks the actual wire
 * protocol: POST /v1/chat/completions as JSON or as SSE chunks ending in `data: [DONE]`, POST /v1/embeddings and
 * GET /v1/models. Each test scripts how it behaves (a reply, slow tokens, HTTP errors, a hang, a stream cut by
 * destroying the socket, an empty reply, garbage) and reads back what it received: bodies, headers, and whether
 * the client hung up before the reply was complete.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatBody {
  model?: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  [key: string]: unknown;
}

export type Behaviour =
  | { kind: "reply"; text: string | ((body: ChatBody) => string); tokenDelayMs?: number; firstTokenDelayMs?: number; chunkChars?: number }
  | { kind: "error"; status: number; message?: string }
  | { kind: "hang" }
  /** Streams `text` in chunks and destroys the socket after `afterChunks` of them. */
  | { kind: "cut"; text: string; afterChunks: number; chunkChars?: number }
  /** Ends the response cleanly after `afterChunks` chunks, with no finish reason and no [DONE]. */
  | { kind: "truncate"; text: string; afterChunks: number; chunkChars?: number }
  | { kind: "empty" }
  | { kind: "garbage" };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The client closed the connection before the reply was complete (an aborted request). */
  clientClosedEarly: boolean;
  /** performance.now() when the first content token was written (for the latency benchmark). */
  firstTokenAt?: number;
}

export interface FakeOpenAIServer {
  /** Base URL to configure as LLM_BASE_URL, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Chat completion requests only, with their parsed bodies. */
  chatRequests(): (RecordedRequest & { body: ChatBody })[];
  /** What every chat request gets unless a queued behaviour comes first. */
  setDefault(behaviour: Behaviour | ((body: ChatBody) => Behaviour)): void;
  /** Behaviours for the next requests, one each, before the default applies again. */
  enqueue(...behaviours: Behaviour[]): void;
  /** Resolves once some request has been closed early by its client. */
  waitForClientClose(timeoutMs?: number): Promise<RecordedRequest>;
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_REPLY = "This is a scripted answer [1].";
const EMBEDDING_DIMS = 16;

export async function startFakeOpenAIServer(): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour | ((body: ChatBody) => Behaviour) = { kind: "reply", text: DEFAULT_REPLY };
  const closeWaiters: ((r: RecordedRequest) => void)[] = [];

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const raw = await readBody(req);
    const record: RecordedRequest = { method: req.method ?? "", path, headers: req.headers, body: parseJson(raw), clientClosedEarly: false };
    requests.push(record);
    res.on("close", () => {
      if (res.writableFinished) return;
      record.clientClosedEarly = true;
      for (const resolve of closeWaiters.splice(0)) resolve(record);
    });

    if (req.method === "GET" && path === "/v1/models") {
      return json(res, 200, { object: "list", data: [{ id: "fake-model", object: "model", created: 0, owned_by: "test" }] });
    }
    if (req.method === "POST" && path === "/v1/embeddings") return embeddings(res, record.body);
    if (req.method !== "POST" || path !== "/v1/chat/completions") {
      return json(res, 404, { error: { message: "not found", type: "invalid_request_error" } });
    }
    const body = record.body as ChatBody;
    const next = queue.shift() ?? (typeof fallback === "function" ? fallback(body) : fallback);
    await respond(res, body, next, record);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === "/v1/chat/completions") as (RecordedRequest & { body: ChatBody })[],
    setDefault: (behaviour) => void (fallback = behaviour),
    enqueue: (...behaviours) => void queue.push(...behaviours),
    waitForClientClose(timeoutMs = 5000) {
      const already = requests.find((r) => r.clientClosedEarly);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no client closed its request early")), timeoutMs);
        closeWaiters.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
    reset() {
      requests.length = 0;
      queue.length = 0;
      fallback = { kind: "reply", text: DEFAULT_REPLY };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function respond(res: ServerResponse, body: ChatBody, behaviour: Behaviour, record: RecordedRequest): Promise<void> {
  const base = { id: "chatcmpl-fake", created: Math.floor(Date.now() / 1000), model: body.model ?? "fake-model" };
  const chunk = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  switch (behaviour.kind) {
    case "hang":
      return; // never answers; the client must give up on its own
    case "error":
      return json(res, behaviour.status, { error: { message: behaviour.message ?? `scripted ${behaviour.status}`, type: "server_error" } });
    case "garbage":
      if (!body.stream) return void res.writeHead(200, { "Content-Type": "application/json" }).end("{ this is not json");
      res.writeHead(200, sseHeaders());
      return void res.end(`${chunk({ role: "assistant", content: "" })}data: {"choices": [ {not json\n\n`);
    case "empty":
      return body.stream ? void sseText(res, chunk, [], record, 0, true) : completion(res, base, "");
    case "reply":
    case "cut":
    case "truncate": {
      const text = behaviour.kind === "reply" && typeof behaviour.text === "function" ? behaviour.text(body) : (behaviour.text as string);
      if (!body.stream) return completion(res, base, text);
      const pieces = splitText(text, behaviour.chunkChars ?? 4);
      if (behaviour.kind === "reply") {
        if (behaviour.firstTokenDelayMs) await sleep(behaviour.firstTokenDelayMs);
        return sseText(res, chunk, pieces, record, behaviour.tokenDelayMs ?? 0, true);
      }
      await sseText(res, chunk, pieces.slice(0, behaviour.afterChunks), record, 5, false);
      if (behaviour.kind === "cut") res.socket?.destroy();
      else res.end();
    }
  }
}

async function sseText(
  res: ServerResponse,
  chunk: (delta: object, finish?: string | null) => string,
  pieces: string[],
  record: RecordedRequest,
  delayMs: number,
  finish: boolean,
): Promise<void> {
  res.writeHead(200, sseHeaders());
  res.write(chunk({ role: "assistant", content: "" }));
  for (const piece of pieces) {
    if (delayMs) await sleep(delayMs);
    if (res.destroyed) return;
    record.firstTokenAt ??= performance.now();
    res.write(chunk({ content: piece }));
  }
  if (!finish) return;
  res.write(chunk({}, "stop"));
  res.end("data: [DONE]\n\n");
}

function completion(res: ServerResponse, base: object, text: string): void {
  json(res, 200, {
    ...base,
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

/** Deterministic vectors: the same text always gets the same unit vector. */
function embeddings(res: ServerResponse, body: unknown): void {
  const input = (body as { input?: string | string[] })?.input ?? [];
  const texts = Array.isArray(input) ? input : [input];
  const data = texts.map((text, index) => {
    const v = Array.from({ length: EMBEDDING_DIMS }, (_, d) => Math.sin((hash(text) % 1000) + d));
    const norm = Math.hypot(...v) || 1;
    return { object: "embedding", index, embedding: v.map((x) => x / norm) };
  });
  json(res, 200, { object: "list", data, model: "fake-embeddings", usage: { prompt_tokens: 1, total_tokens: 1 } });
}

/** The number the prompt gave the source whose text contains `needle`. */
export function sourceNumberOf(body: ChatBody, needle: string): number {
  const prompt = body.messages.map((m) => m.content).join("\n");
  for (const m of prompt.matchAll(/<source n="(\d+)"[^>]*>([\s\S]*?)<\/source>/g)) if (m[2]!.includes(needle)) return Number(m[1]);
  throw new Error(`no source in the prompt contains ${JSON.stringify(needle)}`);
}

/** Small pieces, as a model streams; code points are never split. */
export function splitText(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""));
  return out;
}

const sseHeaders = () => ({ "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(raw: string): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return raw;
  }
}
