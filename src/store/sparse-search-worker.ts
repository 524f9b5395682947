/**
 * The search thread's side: it reads the shared columns (no copy) and answers one scan per message, in order.
 * See sparse-search-thread.ts for the main thread's side and why the thread exists.
 */
import { parentPort, workerData } from "node:worker_threads";
import { scanBest } from "./sparse-scan.js";
import type { ScanReply, ScanRequest, ThreadData } from "./sparse-search-thread.js";

const { columns, passages } = workerData as ThreadData;
const scores = new Float64Array(passages);
const port = parentPort!;

port.on("message", ({ id, vector, k }: ScanRequest) => {
  let reply: ScanReply;
  try {
    if (vector.length !== columns.dimensions) throw new Error(`query has ${vector.length} dimensions, the index ${columns.dimensions}`);
    reply = { id, ...scanBest(columns, scores, vector, k) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
