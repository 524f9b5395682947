/**
 * The chat flow: condense a follow-up, retrieve, decide answerability, generate (streaming tokens), check the
 * citations, and finish with a ChatAnswer. It yields events so the JSON route and the SSE route share one path.
 */
import type { ChatAnswer, ChatRequest, Citation, Lang } from "../schemas.js";
import type { AnswerGenerator } from "../answer/generator.js";
import { checkCitations } from "../answer/citations.js";
import { refusalText } from "../answer/refusal.js";
import { streamText } from "../answer/stream-text.js";
import type { HybridRetriever } from "../retrieval/hybrid.js";
import { detectLanguage } from "../corpus/language.js";
import type { Condenser } from "./condense.js";
import { EventQueue } from "./event-queue.js";
import { normalizeScript } from "../text/script.js";
import type { ToTraditional } from "../text/to-traditional.js";
import { inScript, traditionalCitation } from "../text/traditional-answer.js";

export type ChatEvent =
  | { type: "sources"; data: Citation[] }
  | { type: "token"; data: { text: string } }
  | { type: "done"; data: ChatAnswer };

export interface ChatServiceDeps {
  retriever: HybridRetriever;
  generator: AnswerGenerator;
  condenser: Condenser;
  now?: () => number;
  /** Simplified -> Traditional, for questions asked in Traditional script (Node; absent on the Worker). */
  toTraditional?: ToTraditional;
}

export const DEFAULT_K = 5;

export interface ChatService {
  events(request: ChatRequest, signal?: AbortSignal): AsyncIterable<ChatEvent>;
  answer(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer>;
}

export function createChatService(deps: ChatServiceDeps): ChatService {
  const now = deps.now ?? (() => performance.now());

  async function run(asked: ChatRequest, outQueue: EventSink, signal?: AbortSignal): Promise<void> {
    const started = now();
    // Traditional script is understood as its Simplified form and answered back in Traditional (src/text/).
    const { request, queue } = scriptOf(asked, outQueue, deps.toTraditional);
    const history = request.history ?? [];
    const lang: Lang =
      request.lang === "auto" ? detectLanguage(request.question, lastUserLanguage(history)) : request.lang;
    const condensed = await deps.condenser.condense(request.question, history, signal);
    const retrieval = await deps.retriever.retrieve(condensed.question, request.k ?? DEFAULT_K, {
      contextCities: condensed.contextCities,
    });
    const retrieved = now();
    const retrieveMs = retrieved - started;

    if (!retrieval.answerable) {
      queue.push({ type: "sources", data: [] });
      const answer = refusalText(lang, deps.retriever.cities, retrieval.analysis.uncoveredPlaces);
      await streamText(answer, { onToken: (text) => queue.push({ type: "token", data: { text } }), signal });
      const end = now();
      queue.push({
        type: "done",
        data: {
          answer,
          lang,
          answerable: false,
          mode: "extractive",
          citations: [],
          timings: timings(retrieveMs, end - retrieved, end - started),
        },
      });
      return;
    }

    const sources: Citation[] = retrieval.results.map((p, i) => ({ ...p, n: i + 1 }));
    queue.push({ type: "sources", data: sources });
    const generated = await deps.generator.generate(
      { question: condensed.question, lang, analysis: { ...retrieval.analysis, lang }, sources, history },
      { onToken: (text) => queue.push({ type: "token", data: { text } }), signal },
    );
    const checked = checkCitations(generated.text, sources);
    const warnings = [...generated.warnings, ...checked.warnings];
    const end = now();
    queue.push({
      type: "done",
      data: {
        answer: checked.answer,
        lang,
        answerable: true,
        mode: generated.mode,
        citations: checked.citations,
        timings: timings(retrieveMs, end - retrieved, end - started),
        ...(warnings.length ? { warnings } : {}),
        ...(checked.unsupportedNumbers.length ? { unsupportedNumbers: checked.unsupportedNumbers } : {}),
      },
    });
  }

  return {
    events(request, signal) {
      const queue = new EventQueue<ChatEvent>();
      run(request, queue, signal).then(
        () => queue.close(),
        (err) => queue.fail(err),
      );
      return queue;
    },
    async answer(request, signal) {
      let done: ChatAnswer | undefined;
      for await (const event of this.events(request, signal)) if (event.type === "done") done = event.data;
      if (!done) throw new Error("chat flow ended without an answer");
      return done;
    },
  };
}

type EventSink = Pick<EventQueue<ChatEvent>, "push">;

/**
 * The request in Simplified script, and a queue that converts what goes out to the script asked in: tokens and
 * sources as they stream, the final answer (with its originals) at the end.
 */
function scriptOf(asked: ChatRequest, out: EventSink, convert?: ToTraditional): { request: ChatRequest; queue: EventSink } {
  const q = normalizeScript(asked.question);
  const history = asked.history?.map((t) => ({ ...t, content: normalizeScript(t.content).text }));
  const request: ChatRequest = { ...asked, question: q.text, ...(history ? { history } : {}) };
  const script = asked.script ?? q.script;
  const queue: EventSink = {
    push(event) {
      if (event.type !== "done") {
        if (script === "hant" && convert && event.type === "token") event = { type: "token", data: { text: convert(event.data.text) } };
        if (script === "hant" && convert && event.type === "sources") event = { type: "sources", data: event.data.map((c) => traditionalCitation(c, convert)) };
        return out.push(event);
      }
      return out.push({ type: "done", data: inScript(event.data, event.data.lang, script, convert) });
    },
  };
  return { request, queue };
}

function lastUserLanguage(history: { role: string; content: string }[]): Lang {
  const last = [...history].reverse().find((t) => t.role === "user");
  return last ? detectLanguage(last.content) : "en";
}

const ms = (x: number) => Math.round(x * 100) / 100;
const timings = (retrieveMs: number, generateMs: number, totalMs: number) => ({
  retrieveMs: ms(retrieveMs),
  generateMs: ms(generateMs),
  totalMs: ms(totalMs),
});
