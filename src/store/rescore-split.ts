/**
 * The exact re-score of the two-stage search (sparse-two-stage.ts), split between the search thread and the main
 * thread in shared memory.
 *
 * Why: a hybrid search runs BM25 on the main thread while the vector search runs on its thread. At a million
 * passages BM25 is usually done first (p50 ~5 ms against ~11 ms), and the main thread then sat idle until the
 * vector search answered. The re-score (5,000 candidate rows, ~40% of the vector search) is a list of independent
 * dot products, so once the search thread has chosen the candidates, both threads take chunks of them from a shared
 * counter until none are left. Each candidate's sum is computed by one thread in the same order as before, so the
 * scores and the result are the same to the last bit whoever computes them.
 *
 * The search thread never depends on the main thread: it takes chunks too, and a chunk the main thread took but
 * has not finished within HELPER_GRACE_MS (it never should) is computed again by the search thread.
 */

/** Candidates per chunk: small enough to share the work evenly, large enough that taking one costs little. */
export const CHUNK = 256;
/** How long the search thread waits for chunks the main thread took before computing them itself. */
const HELPER_GRACE_MS = 250;

/** Control words. */
const STATE = 0;
const NEXT = 1;
const DONE = 2;
const COUNT = 3;
/** Which search of the main thread's the buffers serve (set by resetRescoreSplit), so a late helper never joins the next one. */
const SEARCH = 4;
const CONTROL_WORDS = 5;

/** STATE: the search has not chosen its candidates yet; they are ready to re-score; the search is over. */
const IDLE = 0;
const READY = 1;
const OVER = 2;

/** Per chunk: not taken, taken, computed. */
const TAKEN = 1;
const COMPUTED = 2;

/** Computes the exact scores of candidates [from, to) into `out` at the same positions. */
export type RescoreRange = (candidates: Int32Array, from: number, to: number, out: Float64Array) => void;

/** The shared memory of one split re-score: made by the main thread, sent to the search thread with a search. */
export interface RescoreSplitBuffers {
  control: Int32Array;
  chunks: Int32Array;
  candidates: Int32Array;
  exact: Float64Array;
}

export function createRescoreSplit(capacity: number): RescoreSplitBuffers {
  const chunkCount = Math.ceil(capacity / CHUNK);
  return {
    control: new Int32Array(new SharedArrayBuffer(4 * CONTROL_WORDS)),
    chunks: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, chunkCount))),
    candidates: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, capacity))),
    exact: new Float64Array(new SharedArrayBuffer(8 * Math.max(1, capacity))),
  };
}

/** Before a search: nothing chosen, nothing taken; returns the search's number. Only while no search uses the buffers. */
export function resetRescoreSplit(split: RescoreSplitBuffers): number {
  const search = (split.control[SEARCH]! + 1) | 0;
  split.control.fill(0);
  split.chunks.fill(0);
  split.control[SEARCH] = search;
  return search;
}

/**
 * The search thread's side: publishes `chosen` (when it fits), computes chunks until none is left, waits for the
 * main thread's, and returns the exact scores (a view of shared memory, valid until the next search).
 */
export function rescoreOnSearchThread(split: RescoreSplitBuffers, chosen: Int32Array, rescore: RescoreRange): Float64Array {
  const count = chosen.length;
  if (count > split.candidates.length) {
    // More candidates than the buffers hold (a caller asked for many): computed here alone.
    const exact = new Float64Array(count);
    rescore(chosen, 0, count, exact);
    return exact;
  }
  const { control, chunks, candidates, exact } = split;
  candidates.set(chosen);
  Atomics.store(control, COUNT, count);
  Atomics.store(control, STATE, READY);
  Atomics.notify(control, STATE);
  const chunkCount = Math.ceil(count / CHUNK);
  takeChunks(split, count, rescore);
  // The main thread's chunks: it notifies DONE after each one.
  const deadline = performance.now() + HELPER_GRACE_MS;
  for (let done = Atomics.load(control, DONE); done < chunkCount; done = Atomics.load(control, DONE)) {
    const left = deadline - performance.now();
    if (left <= 0) break;
    Atomics.wait(control, DONE, done, left);
  }
  for (let c = 0; c < chunkCount; c++) {
    if (Atomics.load(chunks, c) !== COMPUTED) rescore(candidates, c * CHUNK, Math.min(count, (c + 1) * CHUNK), exact);
  }
  return exact.subarray(0, count);
}

/** After the search thread's search, whatever it was: wakes a main thread still waiting for candidates. */
export function finishRescoreSplit(split: RescoreSplitBuffers): void {
  Atomics.store(split.control, STATE, OVER);
  Atomics.notify(split.control, STATE);
}

/**
 * The main thread's side, once it has nothing else to do for the search: waits (without blocking the event loop)
 * until the candidates are chosen or the search is over, then computes chunks until none is left. `over` settles
 * when the search thread has answered (or failed), so the wait never outlives the search.
 */
export async function helpRescore(split: RescoreSplitBuffers, search: number, over: Promise<unknown>, rescore: RescoreRange): Promise<number> {
  const { control } = split;
  if (!waitAsync) return 0;
  const waiting = waitAsync(control, STATE, IDLE);
  if (waiting.async) await Promise.race([waiting.value, over.then(noop, noop)]);
  if (Atomics.load(control, STATE) !== READY || Atomics.load(control, SEARCH) !== search) return 0;
  return takeChunks(split, Atomics.load(control, COUNT), rescore);
}

/** Takes chunks from the shared counter and computes them, until none is left; returns the candidates computed. */
function takeChunks(split: RescoreSplitBuffers, count: number, rescore: RescoreRange): number {
  const { control, chunks, candidates, exact } = split;
  let computed = 0;
  for (let c = Atomics.add(control, NEXT, 1); c * CHUNK < count; c = Atomics.add(control, NEXT, 1)) {
    const to = Math.min(count, (c + 1) * CHUNK);
    Atomics.store(chunks, c, TAKEN);
    rescore(candidates, c * CHUNK, to, exact);
    Atomics.store(chunks, c, COMPUTED);
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
    computed += to - c * CHUNK;
  }
  return computed;
}

function noop(): void {}

/** Atomics.waitAsync (ES2024; in Node since 16), which this TypeScript's library does not declare yet. */
const waitAsync = (Atomics as unknown as { waitAsync?: (array: Int32Array, index: number, value: number) => { async: false; value: string } | { async: true; value: Promise<string> } }).waitAsync;
