/** Evaluation backends: the engine in-process, or a running server over HTTP (Node or the Worker). */
import type { Engine } from "../engine.js";
import type { ChatAnswer, ScoredPassage } from "../schemas.js";
import type { Backend } from "./evaluate.js";

export function engineBackend(engine: Engine): Backend {
  return {
    search: async (q, k) => (await engine.retriever.retrieve(q, k)).results,
    chat: (q) => engine.chat.answer({ question: q, lang: "auto" }),
  };
}

export function httpBackend(baseUrl: string): Backend {
  const base = baseUrl.replace(/\/$/, "");
  return {
    async search(q, k) {
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&k=${k}`);
      if (!res.ok) throw new Error(`search ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { results: ScoredPassage[] }).results;
    },
    async chat(q) {
      const res = await fetch(`${base}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: q }),
      });
      if (!res.ok) throw new Error(`chat ${res.status}: ${await res.text()}`);
      return (await res.json()) as ChatAnswer;
    },
  };
}
