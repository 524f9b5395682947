/**
 * An in-memory Workers AI binding that follows the binding's interface: run(model, { text: [...] }) answers
 * { shape: [n, d], data } for an embedding model; run(model, { messages, stream }) answers { response } or, when
 * streaming, a text/event-stream of `data: {"response": "..."}` lines ending in `data: [DONE]`.
 * Its "bge-m3" embeds with the local embedder into the first 512 of 1024 dimensions: a stand-in with real meaning,
 * so retrieval through it can be compared with the bundled mode.
 */
import { LocalEmbeddings } from "../../../src/retrieval/local-embedder.js";
import type { WorkersAiBinding } from "../../../src/providers/workers-ai-chat.js";

export interface FakeAiOptions {
  dimensions?: number;
  /** The chat model's answer to the last user message. */
  reply?: (question: string) => string;
  /** Makes every call fail, like an outage. */
  fail?: boolean;
}

export interface FakeAi extends WorkersAiBinding {
  readonly calls: { model: string; inputs: Record<string, unknown> }[];
}

export function createFakeAi(options: FakeAiOptions = {}): FakeAi {
  const dimensions = options.dimensions ?? 1024;
  const local = new LocalEmbeddings();
  const calls: FakeAi["calls"] = [];
  return {
    calls,
    async run(model, inputs) {
      calls.push({ model, inputs });
      if (options.fail) throw new Error("3040: Capacity temporarily exceeded");
      if (Array.isArray(inputs.text)) {
        const data = (inputs.text as string[]).map((t) => {
          const v = new Array<number>(dimensions).fill(0);
          local.embed(t).forEach((x, i) => (v[i] = x));
          return v;
        });
        return { shape: [data.length, dimensions], data };
      }
      const messages = (inputs.messages ?? []) as { role: string; content: string }[];
      const text = options.reply?.(messages.filter((m) => m.role === "user").at(-1)?.content ?? "") ?? "";
      if (!inputs.stream) return { response: text };
      const pieces = text.match(/.{1,8}/gsu) ?? [];
      const body = [...pieces.map((p) => `data: ${JSON.stringify({ response: p })}\n\n`), "data: [DONE]\n\n"].join("");
      return new Response(body).body!;
    },
  };
}
