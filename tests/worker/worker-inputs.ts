/**
 * What the Worker entry feeds createWorkerDeps, for tests that build the Worker's app with their own bindings:
 * the bundled index (built by the global setup) and the prompt files, imported as text as the entry does.
 */
import answerPrompt from "../../prompts/answer.md";
import condensePrompt from "../../prompts/condense.md";
import indexText from "../../src/generated/worker-index.json.txt";
import { createApp } from "../../src/app.js";
import { createWorkerDeps, type WorkerInputs } from "../../src/worker/worker-deps.js";
import type { WorkerEnv } from "../../src/worker/worker-env.js";

export const workerInputs: WorkerInputs = { indexText, prompts: { answer: answerPrompt, condense: condensePrompt } };

/** The Worker's app over these bindings and vars (LOG_LEVEL silent unless given). */
export function workerApp(env: WorkerEnv) {
  return createApp(createWorkerDeps({ LOG_LEVEL: "silent", ...env }, workerInputs));
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
