/** Starts a one-build worker thread (reindex-worker.ts) and resolves with its result, or rejects with its error. */

/** The build itself failed (not the thread): building again elsewhere would fail the same way. */
export class BuildFailedError extends Error {
  override name = "BuildFailedError";
}
import { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import type { BuildResult } from "../store/build-index.js";

export function buildInThread(config: Config): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./reindex-worker-boot.mjs", import.meta.url), { workerData: { config }, execArgv: [] });
    let settled = false;
    worker.once("message", (message: { ok: true; result: BuildResult } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new BuildFailedError(message.error));
      void worker.terminate();
    });
    worker.once("error", (err) => {
      settled = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the build thread exited (${code}) without a result`));
    });
  });
}
