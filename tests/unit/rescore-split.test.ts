/**
 * The two-stage re-score shared between the search thread and the main thread (src/store/rescore-split.ts): every
 * candidate's score is the one computed alone, whoever takes its chunk; a chunk taken and never finished is computed
 * again by the search thread; a helper late for its search, or with nothing chosen, computes nothing.
 */
import { describe, expect, it } from "vitest";
import { CHUNK, createRescoreSplit, finishRescoreSplit, helpRescore, rescoreOnSearchThread, resetRescoreSplit, type RescoreRange } from "../../src/store/rescore-split.js";

/** A stand-in for the dot products: a score from the candidate's passage number, counting each computation. */
function countingRescore(): { rescore: RescoreRange; computed: number[] } {
  const computed: number[] = [];
  const rescore: RescoreRange = (candidates, from, to, out) => {
    for (let i = from; i < to; i++) {
      out[i] = Math.sqrt(candidates[i]!) / 7;
      computed.push(candidates[i]!);
    }
  };
  return { rescore, computed };
}

const chosen = Int32Array.from({ length: 5 * CHUNK + 17 }, (_, i) => 3 * i + 1);
const alone = Float64Array.from(chosen, (p) => Math.sqrt(p) / 7);

describe("split re-score", () => {
  it("on the search thread alone, computes every candidate once, as computed alone", () => {
    const split = createRescoreSplit(6_000);
    resetRescoreSplit(split);
    const { rescore, computed } = countingRescore();
    const exact = rescoreOnSearchThread(split, chosen, rescore);
    expect(Array.from(exact)).toEqual(Array.from(alone));
    expect(computed.length).toBe(chosen.length);
  });

  it("computes again, after a grace period, a chunk the main thread took and never finished", () => {
    const split = createRescoreSplit(6_000);
    resetRescoreSplit(split);
    // As if the helper had taken chunk 0 (counter moved, chunk marked taken) and then stopped.
    split.control[1] = 1;
    split.chunks[0] = 1;
    const { rescore, computed } = countingRescore();
    const exact = rescoreOnSearchThread(split, chosen, rescore);
    expect(Array.from(exact)).toEqual(Array.from(alone));
    expect(computed.length).toBe(chosen.length);
  });

  it("with more candidates than the buffers hold, computes them all on the search thread", () => {
    const split = createRescoreSplit(CHUNK);
    resetRescoreSplit(split);
    const { rescore, computed } = countingRescore();
    expect(Array.from(rescoreOnSearchThread(split, chosen, rescore))).toEqual(Array.from(alone));
    expect(computed.length).toBe(chosen.length);
  });

  it("the helper computes nothing for a search that is over, or one that is not its own", async () => {
    const split = createRescoreSplit(6_000);
    const first = resetRescoreSplit(split);
    finishRescoreSplit(split);
    const { rescore, computed } = countingRescore();
    expect(await helpRescore(split, first, Promise.resolve(), rescore)).toBe(0);
    // A new search whose candidates are ready: a helper of the first one stays out of it.
    const second = resetRescoreSplit(split);
    expect(second).not.toBe(first);
    split.candidates.set(chosen);
    split.control[3] = chosen.length;
    split.control[0] = 1;
    expect(await helpRescore(split, first, Promise.resolve(), rescore)).toBe(0);
    expect(computed.length).toBe(0);
    // Its own helper takes every chunk left.
    expect(await helpRescore(split, second, Promise.resolve(), rescore)).toBe(chosen.length);
    expect(Array.from(split.exact.subarray(0, chosen.length))).toEqual(Array.from(alone));
  });

  it("the helper stops waiting when the search ends without candidates (it failed, or was exact)", async () => {
    const split = createRescoreSplit(6_000);
    const search = resetRescoreSplit(split);
    const { rescore } = countingRescore();
    const helping = helpRescore(split, search, new Promise(() => undefined), rescore);
    setTimeout(() => finishRescoreSplit(split), 10);
    expect(await helping).toBe(0);
  });
});
