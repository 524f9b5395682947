/**
 * The Cloudflare Worker entry: the same createApp as Node, with dependencies built from bindings and
 * parseConfig(env). Everything is built once per isolate, at start-up (module scope): parsing the bundled index and
 * assembling the engine count against the 1 s startup budget instead of a request's CPU time, and a wrong
 * configuration stops the Worker from starting (wrangler deploy and wrangler dev report it), as it stops Node.
 */
import { env } from "cloudflare:workers";
import answerPrompt from "../../prompts/answer.md";
import condensePrompt from "../../prompts/condense.md";
import indexText from "../generated/worker-index.json.txt";
import { createApp } from "../app.js";
import { createWorkerDeps } from "../worker/worker-deps.js";

const deps = createWorkerDeps(env, { indexText, prompts: { answer: answerPrompt, condense: condensePrompt } });
const app = createApp(deps);

// prepare(): in D1 scale mode the engine is read from D1 on the first request (no I/O is allowed at start-up).
export default {
  async fetch(...args: Parameters<typeof app.fetch>) {
    await deps.prepare();
    return app.fetch(...args);
  },
};
