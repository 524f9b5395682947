/** stop and max_tokens on answers that arrive whole or in pieces, and the token estimate they count with. */
import { describe, expect, it } from "vitest";
import { OutputLimiter, citedNumbers } from "../../src/routes/openai-compat-output-limit.js";
import { countTokens, takeTokens } from "../../src/routes/openai-compat-tokens.js";

const ANSWER = "Shenzhen has built 1,055 supercharging stations [1]. Its mayor says the city leads [2].";

/** Feeds the text in pieces of `size` characters, then ends; returns what was let through and the finish. */
function run(text: string, limits: ConstructorParameters<typeof OutputLimiter>[0], size = text.length) {
  const limiter = new OutputLimiter(limits);
  let out = "";
  for (let i = 0; i < text.length; i += size) {
    const piece = limiter.push(text.slice(i, i + size));
    out += piece.text;
    if (piece.finish) return { out, finish: piece.finish, text: limiter.text };
  }
  const end = limiter.end();
  return { out: out + end.text, finish: end.finish, text: limiter.text };
}

describe("token estimate", () => {
  it("counts one token per Chinese character and per short run of letters, and cuts on the same units", () => {
    expect(countTokens("深圳建成了")).toBe(5);
    expect(countTokens("the city")).toBe(2);
    expect(countTokens("")).toBe(0);
    for (const max of [1, 3, 7, 12]) {
      const cut = takeTokens(ANSWER, max);
      expect(ANSWER.startsWith(cut)).toBe(true);
      expect(countTokens(cut)).toBe(max);
    }
    expect(takeTokens("深圳建成了", 0)).toBe("");
    expect(takeTokens("深圳", 10)).toBe("深圳");
  });
});

describe("OutputLimiter", () => {
  it("lets a whole answer through with finish stop when no limit applies", () => {
    expect(run(ANSWER, {})).toEqual({ out: ANSWER, finish: "stop", text: ANSWER });
  });

  it("cuts at max_tokens, whole or streamed character by character, with the same result", () => {
    const whole = run(ANSWER, { maxTokens: 10 });
    expect(whole.finish).toBe("length");
    expect(countTokens(whole.out)).toBeLessThanOrEqual(10);
    expect(ANSWER.startsWith(whole.out)).toBe(true);
    for (const size of [1, 3, 7]) expect(run(ANSWER, { maxTokens: 10 }, size)).toEqual(whole);
  });

  it("never leaves half a citation marker when the budget ends inside one", () => {
    const upToMarker = countTokens("Shenzhen has built 1,055 supercharging stations [1");
    for (const size of [1, 2, ANSWER.length]) {
      const { out, finish } = run(ANSWER, { maxTokens: upToMarker }, size);
      expect(finish).toBe("length");
      expect(out).toBe("Shenzhen has built 1,055 supercharging stations ");
      expect(citedNumbers(out).size).toBe(0);
    }
    expect(citedNumbers(run(ANSWER, { maxTokens: upToMarker + 1 }).out)).toEqual(new Set([1]));
  });

  it("stops before the first stop sequence, even one split across pieces", () => {
    for (const size of [1, 4, ANSWER.length]) {
      const { out, finish } = run(ANSWER, { stop: ["mayor", "zzz"] }, size);
      expect(finish).toBe("stop");
      expect(out).toBe("Shenzhen has built 1,055 supercharging stations [1]. Its ");
    }
    // A held-back prefix of a stop sequence that never completes is let through at the end.
    expect(run("the end is ma", { stop: ["mayor"] }, 2).out).toBe("the end is ma");
  });

  it("applies whichever of stop and max_tokens comes first", () => {
    expect(run(ANSWER, { stop: ["."], maxTokens: 100 }).finish).toBe("stop");
    expect(run(ANSWER, { stop: ["mayor"], maxTokens: 2 })).toMatchObject({ out: "Shenzhen", finish: "length" });
  });
});
