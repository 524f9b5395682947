/**
 * The search thread's side: it reads the shared vectors (no copy) and answers one scan per message, in order.
 * Started with a file instead (a large build), it first reads the vectors from it into shared memory and sends
 * them back, so that the main thread reads the rest of the build meanwhile.
 * See sparse-search-thread.ts for the main thread's side and why the thread exists.
 */
import { parentPort, workerData } from "node:worker_threads";
import { finishRescoreSplit } from "./rescore-split.js";
import { searchData } from "./sparse-two-stage.js";
import type { ScanReply, ScanRequest, StartReply, ThreadData } from "./sparse-search-thread.js";
import { openSparseSearchData, type SparseSearchData } from "./sparse-vectors.js";

const port = parentPort!;

async function searchDataOf(start: ThreadData): Promise<SparseSearchData | null> {
  if ("data" in start) return start.data;
  return openSparseSearchData(start.load.path, start.passages, { shared: true, shownAs: start.load.shownAs });
}

function serve(data: SparseSearchData, passages: number): void {
  const dimensions = data.kind === "exact" ? data.columns.dimensions : data.rows.dimensions;
  const scores = new Float64Array(passages);
  port.on("message", ({ id, vector, k, split }: ScanRequest) => {
    let reply: ScanReply;
    try {
      if (vector.length !== dimensions) throw new Error(`query has ${vector.length} dimensions, the index ${dimensions}`);
      reply = { id, ...searchData(data, scores, vector, k, split) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    } finally {
      // Whatever happened, a main thread waiting to help is released before the reply goes.
      if (split) finishRescoreSplit(split);
    }
    port.postMessage(reply);
  });
}

const start = workerData as ThreadData;
let reply: StartReply;
try {
  const data = await searchDataOf(start);
  if (data) serve(data, start.passages);
  // The data go back only when this thread read them (shared memory: the main thread gets the same bytes).
  reply = data ? { ready: true, data: "load" in start ? data : undefined } : { ready: false };
} catch (err) {
  reply = { ready: false, error: err instanceof Error ? err.message : String(err) };
}
port.postMessage(reply);
