/** Position by id (src/util/id-index.ts) answers as a Map filled in order would, before and after its slices. */
import { describe, expect, it } from "vitest";
import { IdIndex } from "../../src/util/id-index.js";

describe("IdIndex", () => {
  it("finds every id, misses unknown ones, and keeps the last position of a repeated id", () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `doc-${(i * 7919).toString(16)}`);
    ids.push("doc-0", "", "长沙-1");
    const index = new IdIndex(ids);
    const map = new Map<string, number>();
    ids.forEach((id, i) => map.set(id, i));
    for (const id of ids) expect(index.get(id)).toBe(map.get(id));
    expect(index.get("doc-0")).toBe(ids.length - 3);
    for (const id of ["nope", "doc-", "doc-00", "长沙"]) expect(index.get(id)).toBeUndefined();
    expect(new IdIndex([]).get("x")).toBeUndefined();
  });

  it("answers a lookup that comes before its slices are done", () => {
    const ids = Array.from({ length: 250_000 }, (_, i) => `p${i}`);
    const index = new IdIndex(ids);
    expect(index.get("p249999")).toBe(249_999);
    expect(index.get("p0")).toBe(0);
    expect(index.get("p250000")).toBeUndefined();
  });
});

describe("IdIndex with ids alike but for their start", () => {
  it("tells apart ids that share their last characters", () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => `${i}-doc-with-a-long-common-ending-0123456789abcdef`);
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    expect(index.get("x-doc-with-a-long-common-ending-0123456789abcdef")).toBeUndefined();
  });
});
