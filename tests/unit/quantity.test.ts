/** The kind of quantity a question asks for, and whether a sentence states one (src/answer/quantity.ts). */
import { describe, expect, it } from "vitest";
import { askedQuantities, statesQuantity } from "../../src/answer/quantity.js";

describe("askedQuantities", () => {
  it.each([
    ["How long is the bridge?", ["length", "duration"]],
    ["大桥有多长？", ["length"]],
    ["What is the area of the park?", ["area"]],
    ["公园面积多大？", ["area"]],
    ["How much CO2 does the forest absorb?", ["mass"]],
    ["How many people live there?", ["people"]],
    ["What share of buses are electric?", ["share"]],
    ["装机容量是多少千瓦？", ["power"]],
    ["What did the mayor say?", []],
  ])("%s -> %j", (question, kinds) => {
    expect(askedQuantities(question)).toEqual(kinds);
  });
});

describe("HAS_FIGURE", () => {
  it("reads digits, Chinese numerals before a measure word and English number words as figures, but not 'one'", async () => {
    const { HAS_FIGURE } = await import("../../src/answer/sentence-ranker.js");
    for (const s of ["1,055 stations", "六条通风廊道", "six ventilation corridors", "two local standards"]) expect(HAS_FIGURE.test(s), s).toBe(true);
    for (const s of ["one of the first pilot projects", "a model to manage energy"]) expect(HAS_FIGURE.test(s), s).toBe(false);
  });
});

describe("statesQuantity", () => {
  it("finds a number with a unit of the asked kind, in either language", () => {
    expect(statesQuantity("It spans 7.5 kilometers along the river.", ["length"])).toBe(true);
    expect(statesQuantity("岸线长达7.5公里。", ["length"])).toBe(true);
    expect(statesQuantity("It created 95.83 hectares of green space.", ["length"])).toBe(false);
    expect(statesQuantity("It created 95.83 hectares of green space.", ["area"])).toBe(true);
    expect(statesQuantity("打造95.83公顷绿色空间", ["area"])).toBe(true);
    expect(statesQuantity("about 2,400 tons of oxygen", ["mass"])).toBe(true);
    expect(statesQuantity("释放氧气量约2400吨", ["mass"])).toBe(true);
    expect(statesQuantity("from 52% to 61%", ["share"])).toBe(true);
    expect(statesQuantity("no figure here", ["share", "mass"])).toBe(false);
  });
});

describe("a figure question's extractive answer", () => {
  it("holds the figure of the kind asked for, not just any figure of the passage", async () => {
    const { createTestEngine } = await import("../helpers/test-engine.js");
    // Three sentences repeat the question's words and hold other figures; the length is in the one that does not.
    const doc = [
      "测试 Testville",
      "测试市滨江公园占地120公顷。滨江公园每年吸收二氧化碳500吨。滨江公园2024年接待游客200万人次。它沿水岸延伸3.2公里。",
      "Testville's riverside park covers 120 hectares. The riverside park absorbs 500 tons of CO2 a year. The riverside park drew 2 million visitors in 2024. It runs for 3.2 kilometres along the water.",
      "",
    ].join("\n");
    const engine = await createTestEngine({ extraDocs: { "testville.txt": doc }, withoutSeed: true });
    const answerTo = async (question: string) => {
      for await (const e of engine.chat.events({ question, lang: "auto" })) if (e.type === "done") return e.data.answer;
      return "";
    };
    // ... and leads with it: a reader checking a number finds it first.
    expect(await answerTo("How long is Testville's riverside park?")).toMatch(/^It runs for 3\.2 kilometres/);
    expect(await answerTo("测试市的滨江公园有多长？")).toContain("3.2公里");
  });
});
