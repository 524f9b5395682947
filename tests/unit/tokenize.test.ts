import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/corpus/language.js";
import { KeywordIndex } from "../../src/retrieval/keyword-index.js";
import { stem } from "../../src/retrieval/stem.js";
import { analyze, hanPieces } from "../../src/retrieval/tokenize.js";

describe("analyze", () => {
  it("reads Chinese without spaces as bigrams, cut at function words", () => {
    expect(hanPieces("深圳的超充站有多少座")).toEqual(["深圳", "超充站", "座"]);
    const terms = analyze("超充站").map((t) => t.term);
    expect(terms).toContain("z:超充");
    expect(terms).toContain("z:充站");
  });

  it("keeps non-ASCII text instead of stripping it", () => {
    expect(analyze("新能源汽车渗透率").length).toBeGreaterThan(5);
  });

  it("stems English and drops stopwords", () => {
    const terms = analyze("How many charging stations has the city built?").map((t) => t.term);
    expect(terms).toEqual(["e:charg", "e:station", "e:citi", "e:build"]);
    expect(stem("electrified")).toBe(stem("electrify"));
  });

  it("normalises numbers with thousands separators", () => {
    expect(analyze("1,055 stations").map((t) => t.term)).toContain("n:1055");
  });
});

describe("detectLanguage", () => {
  it("tells Chinese, English and mixed questions apart", () => {
    expect(detectLanguage("深圳建成了多少座超充站?")).toBe("zh");
    expect(detectLanguage("How many stations?")).toBe("en");
    expect(detectLanguage("Shenzhen 的超充站有多少座?")).toBe("zh");
    expect(detectLanguage("What did 盛阅春 say about the Yangtze?")).toBe("en");
    expect(detectLanguage("1234", "zh")).toBe("zh");
  });
});

describe("KeywordIndex (BM25)", () => {
  const index = KeywordIndex.build([
    "深圳率先建设超充之城,全市已累计建成超充站1055座",
    "广州构建引风入城的六条通风廊道体系",
    "Dalian raised the share of renewable energy from 52% to 61%",
  ]);

  it("ranks the Chinese passage that holds the query's bigrams first", () => {
    expect(index.search("超充站有多少座", 3)[0]?.index).toBe(0);
    expect(index.search("通风廊道", 3)[0]?.index).toBe(1);
  });

  it("ranks English passages by stems", () => {
    expect(index.search("renewables share", 3)[0]?.index).toBe(2);
  });

  it("returns nothing for terms it has never seen, and reuses its buffers between searches", () => {
    expect(index.search("football", 3)).toEqual([]);
    const a = index.search("超充站", 3);
    const b = index.search("超充站", 3);
    expect(b).toEqual(a);
  });
});
