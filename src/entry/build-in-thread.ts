/**
 * Builds on the reindex thread (reindex-worker.ts), started on first use and kept (unref'd, so it never holds the
 * process open). Callers run one build at a time (node-reindex.ts serialises them).
 */
import { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import type { BuildResult } from "../store/build-index.js";

/** The build itself failed (not the thread): building again elsewhere would fail the same way. */
export class BuildFailedError extends Error {
  override name = "BuildFailedError";
}

type Reply = { ready: true } | { ok: true; result: BuildResult } | { ok: false; error: string };

let thread: Worker | null = null;

function reindexThread(config: Config): Worker {
  if (thread) return thread;
  const worker = new Worker(new URL("./reindex-worker-boot.mjs", import.meta.url), { workerData: { config }, execArgv: [] });
  worker.unref();
  worker.once("exit", () => {
    if (thread === worker) thread = null;
  });
  thread = worker;
  return worker;
}

/** Starts the thread ahead of the first reindex (its TypeScript loader takes seconds to start). */
export function warmReindexThread(config: Config): void {
  reindexThread(config);
}

/** `full`: reuse nothing of the build in service (a damaged one). */
export function buildInThread(config: Config, full = false): Promise<BuildResult> {
  const worker = reindexThread(config);
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply: Reply) => {
      if ("ready" in reply) return;
      done();
      if (reply.ok) resolve(reply.result);
      else reject(new BuildFailedError(reply.error));
    };
    const onError = (err: Error) => {
      done();
      thread = null;
      void worker.terminate();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`the reindex thread exited (${code}) without a result`));
    };
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
    worker.postMessage(full ? "rebuild" : "build");
  });
}
