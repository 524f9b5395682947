/**
 * The chat flow: plan the question (intent and entities, with the conversation), retrieve what the plan needs,
 * decide answerability by plan, generate (streaming tokens), check the citations, and finish with a ChatAnswer.
 * It yields events so the JSON route and the SSE route share one path.
 */
import type { AnswerPlan, ChatAnswer, ChatRequest, Citation, Lang } from "../schemas.js";
import type { AnswerGenerator } from "../answer/generator.js";
import { checkCitations } from "../answer/citations.js";
import { streamText } from "../answer/stream-text.js";
import type { HybridRetriever } from "../retrieval/hybrid.js";
import type { QueryAnalyzer } from "../retrieval/query-analysis.js";
import { detectLanguage } from "../corpus/language.js";
import { buildCatalogue, type Catalogue } from "../catalogue/catalogue.js";
import { createPlanner } from "../plan/plan.js";
import { createPlanAnswers } from "../answer/plan-answers.js";
import type { RankerDeps } from "../answer/sentence-ranker.js";
import type { Condenser } from "./condense.js";
import { EventQueue } from "./event-queue.js";
import { decideByPlan, type Decision } from "./plan-decision.js";
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
  /** Reads places in questions for the plan (the retriever's own analyzer). */
  analyzer: QueryAnalyzer;
  /** Term weights for picking sentences in per-intent answers. */
  ranker: RankerDeps;
  now?: () => number;
  /** What the material covers; built from the retriever's passages when absent (a D1-backed engine holds none). */
  catalogue?: Catalogue;
  /** Simplified -> Traditional, for questions asked in Traditional script (Node; absent on the Worker). */
  toTraditional?: ToTraditional;
}

export const DEFAULT_K = 5;

export interface ChatService {
  /** What the material covers, built from the passages (for the welcome and /api/catalogue). */
  readonly catalogue: Catalogue;
  events(request: ChatRequest, signal?: AbortSignal): AsyncIterable<ChatEvent>;
  answer(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer>;
}

export function createChatService(deps: ChatServiceDeps): ChatService {
  const now = deps.now ?? (() => performance.now());
  // Built on first use, not with the engine: walking a million passages for the catalogue and the planner's
  // phrasing costs ~0.2 s that a server's start need not wait for (the Node entry builds them right after ready).
  let built: ReturnType<typeof buildParts> | undefined;
  const parts = () => (built ??= buildParts());
  function buildParts() {
    const catalogue = deps.catalogue ?? buildCatalogue(deps.retriever.passages);
    const planner = createPlanner(deps.analyzer, catalogue);
    const context = { ...deps, catalogue, answers: createPlanAnswers(deps.ranker), usesModel: deps.generator.name !== "extractive" };
    return { catalogue, planner, context };
  }

  async function run(asked: ChatRequest, outQueue: EventSink, signal?: AbortSignal): Promise<void> {
    const started = now();
    // Traditional script is understood as its Simplified form and answered back in Traditional (src/text/).
    const { request, queue } = scriptOf(asked, outQueue, deps.toTraditional);
    const history = request.history ?? [];
    const lang: Lang =
      request.lang === "auto" ? detectLanguage(request.question, lastUserLanguage(history)) : request.lang;
    const earlier = history.filter((t) => t.role === "user").map((t) => t.content);
    const { planner, context } = parts();
    const plan = planner.plan(request.question, earlier);
    const condensed = await deps.condenser.condense(request.question, history, signal);
    const decision = await decideByPlan(context, { plan, lang, condensed, k: request.k ?? DEFAULT_K, original: request.question });
    const retrieved = now();
    const onToken = (text: string) => queue.push({ type: "token", data: { text } });
    const sources = decision.sources;
    queue.push({ type: "sources", data: sources });

    let text = decision.text;
    let mode: ChatAnswer["mode"] = "extractive";
    const warnings: string[] = [];
    if (text === undefined) {
      const generated = await deps.generator.generate(
        { question: decision.question, lang, analysis: { ...decision.analysis, lang }, sources, history, plan: decision.plan },
        { onToken, signal },
      );
      text = generated.text;
      mode = generated.mode;
      warnings.push(...generated.warnings);
    } else await streamText(text, { onToken, signal });

    // Text the service composed itself (decision.text) cites every passage claim it makes; its uncited figures are
    // the catalogue's counts. Text from a generator (a model) is checked in full.
    const checked = checkCitations(text, sources, { checkUncited: decision.text === undefined });
    warnings.push(...checked.warnings);
    // A borderline question the model judged uncovered (it cites nothing) is a refusal, like any other.
    const answerable = decision.answerable && (!decision.plan.borderline || checked.citations.length > 0);
    const end = now();
    queue.push({
      type: "done",
      data: {
        answer: checked.answer,
        lang,
        answerable,
        mode,
        citations: checked.citations,
        timings: timings(retrieved - started, end - retrieved, end - started),
        ...(warnings.length ? { warnings } : {}),
        ...(checked.unsupportedNumbers.length ? { unsupportedNumbers: checked.unsupportedNumbers } : {}),
        plan: decision.plan,
        ...(decision.suggestions?.length ? { suggestions: decision.suggestions } : {}),
      },
    });
  }

  return {
    get catalogue() {
      return parts().catalogue;
    },
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

export type { Decision, AnswerPlan };

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
