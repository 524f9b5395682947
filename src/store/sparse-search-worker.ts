/**
 * The search thread's side: it reads the shared vectors (no copy) and answers one scan per message, in order.
 * See sparse-search-thread.ts for the main thread's side and why the thread exists.
 */
import { parentPort, workerData } from "node:worker_threads";
import { searchData } from "./sparse-two-stage.js";
import type { ScanReply, ScanRequest, ThreadData } from "./sparse-search-thread.js";

const { data, passages } = workerData as ThreadData;
const dimensions = data.kind === "exact" ? data.columns.dimensions : data.rows.dimensions;
const scores = new Float64Array(passages);
const port = parentPort!;

port.on("message", ({ id, vector, k }: ScanRequest) => {
  let reply: ScanReply;
  try {
    if (vector.length !== dimensions) throw new Error(`query has ${vector.length} dimensions, the index ${dimensions}`);
    reply = { id, ...searchData(data, scores, vector, k) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
