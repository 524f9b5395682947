import { describe, expect, it } from "vitest";
import { checkCitations } from "../../src/answer/citations.js";
import type { Citation } from "../../src/schemas.js";

const shenzhen: Citation = {
  n: 1,
  id: "doc-shenzhen",
  doc: "doc.txt",
  city: { zh: "深圳", en: "Shenzhen" },
  kind: "initiative",
  zh: "深圳全市已累计建成超充站1055座,新能源汽车渗透率高达75.5%,新能源汽车保有量达到133万辆。",
  en: "Shenzhen has installed a total of 1,055 supercharging stations, and 1.33 million EVs with market penetration at 75.5%.",
  score: 0.9,
};
const dalian: Citation = {
  ...shenzhen,
  n: 2,
  id: "doc-dalian",
  city: { zh: "大连", en: "Dalian" },
  zh: "到2030年,新型储能装机规模达到150万千瓦以上。洁净能源产业产值达到610亿元以上。",
  en: "By 2030, energy storage is expected to exceed 1.5 million kilowatts. Output reached more than 61 billion yuan.",
};

describe("checkCitations", () => {
  it("removes markers that point outside the sources, with a warning", () => {
    const r = checkCitations("Shenzhen has 1,055 stations [1][9].", [shenzhen, dalian]);
    expect(r.answer).toBe("Shenzhen has 1,055 stations [1].");
    expect(r.citations.map((c) => c.id)).toEqual(["doc-shenzhen"]);
    expect(r.warnings.join(" ")).toContain("[9]");
  });

  it("renumbers densely in order of first use and returns only cited passages", () => {
    const r = checkCitations("Storage will exceed 1.5 million kilowatts [2]. Shenzhen has 1,055 stations [1]. Again [2].", [shenzhen, dalian]);
    expect(r.answer).toBe("Storage will exceed 1.5 million kilowatts [1]. Shenzhen has 1,055 stations [2]. Again [1].");
    expect(r.citations.map((c) => [c.n, c.id])).toEqual([[1, "doc-dalian"], [2, "doc-shenzhen"]]);
  });

  it("accepts figures written the other language's way", () => {
    const r = checkCitations("深圳有1.33 million辆新能源汽车[1],大连储能将超过1.5 million kilowatts,产值61 billion yuan[2]。", [shenzhen, dalian]);
    expect(r.unsupportedNumbers).toEqual([]);
    const r2 = checkCitations("Shenzhen has 133万 EVs and a 75.5% share [1].", [shenzhen]);
    expect(r2.unsupportedNumbers).toEqual([]);
  });

  it("flags a figure no cited passage supports, in English and in Chinese", () => {
    expect(checkCitations("Shenzhen has 9,999 stations [1].", [shenzhen]).unsupportedNumbers).toEqual(["9,999"]);
    const zh = checkCitations("深圳建成超充站9999座[1]。", [shenzhen]);
    expect(zh.unsupportedNumbers).toEqual(["9999"]);
    expect(zh.warnings.join(" ")).toContain("9999");
  });

  it("checks a sentence against the passages it cites, not all of them", () => {
    const r = checkCitations("Dalian's storage will exceed 1.5 million kilowatts [1].", [shenzhen, dalian]);
    expect(r.unsupportedNumbers).toEqual(["1.5 million"]);
  });

  it("gives a marker written after the full stop to the sentence before it", () => {
    const r = checkCitations("Shenzhen has 1,055 stations. [1] Dalian's output is 61 billion yuan. [2]", [shenzhen, dalian]);
    expect(r.unsupportedNumbers).toEqual([]);
    expect(r.citations).toHaveLength(2);
  });

  it("leaves the uncited counts of a text the service composed unchecked, but still checks what it cites", () => {
    const composed = "The material covers 6 cities. Shenzhen has 9,999 stations [1].";
    expect(checkCitations(composed, [shenzhen], { checkUncited: false }).unsupportedNumbers).toEqual(["9,999"]);
    expect(checkCitations(composed, [shenzhen]).unsupportedNumbers).toEqual(["6", "9,999"]);
  });

  it("reads grouped and full-width markers", () => {
    const r = checkCitations("Both cities act [1, 2]. 深圳【1】", [shenzhen, dalian]);
    expect(r.answer).toBe("Both cities act [1][2]. 深圳[1]");
  });
});
