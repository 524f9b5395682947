/** The streaming citation renumberer agrees with checkCitations, however the text is cut into chunks. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCitations } from "../../src/answer/citations.js";
import { createMarkerRenumberer } from "../../src/answer/marker-stream.js";
import type { Citation } from "../../src/schemas.js";

const sources: Citation[] = [1, 2, 3, 4].map((n) => ({
  id: `p${n}`,
  doc: "d.txt",
  city: null,
  kind: "initiative",
  zh: `资料${n}`,
  en: `source ${n}`,
  score: 0.5,
  n,
}));

function streamThrough(text: string, cuts: number[]) {
  const markers = createMarkerRenumberer(sources.map((s) => s.n));
  let out = "";
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    out += markers.push(text.slice(from, cut));
    from = cut;
  }
  out += markers.push(text.slice(from)) + markers.flush();
  return { out, cited: markers.cited };
}

const squash = (s: string) => s.replace(/\s+/g, "");

describe("createMarkerRenumberer", () => {
  it("renumbers in order of first use and drops markers that point to no source", () => {
    const { out, cited } = streamThrough("A [3]. B [1, 3] and [9]. C 【4】[^2].", [2, 3, 4, 9, 10, 11]);
    expect(out).toBe("A [1]. B [2][1] and . C [3][4].");
    expect(cited).toEqual([3, 1, 4, 2]);
  });

  it("holds back a marker split across chunks until it is complete", () => {
    const markers = createMarkerRenumberer([1, 2]);
    expect(markers.push("Shenzhen has 1,055 stations [")).toBe("Shenzhen has 1,055 stations ");
    expect(markers.push("2")).toBe("");
    expect(markers.push("].")).toBe("[1].");
  });

  it("lets a bracket that is not a marker through", () => {
    const markers = createMarkerRenumberer([1]);
    expect(markers.push("see [the plan")).toBe("see [the plan");
    expect(markers.push("[1")).toBe("");
    expect(markers.flush()).toBe("[1");
  });

  it("agrees with checkCitations on any text and any chunking", () => {
    const piece = fc.constantFrom("Shenzhen", " has", " 1,055", " [1]", "[2]", " [9]", "[1, 3]", "【4】", ".", "。", " [", "2]", "深圳", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(200), { maxLength: 10 }), (parts, cuts) => {
        const text = parts.join("");
        const checked = checkCitations(text, sources);
        const { out, cited } = streamThrough(text, cuts);
        expect(squash(out)).toBe(squash(checked.answer));
        expect(cited).toEqual(checked.citations.map((c) => sources.find((s) => s.id === c.id)!.n));
      }),
      { numRuns: 300 },
    );
  });
});
