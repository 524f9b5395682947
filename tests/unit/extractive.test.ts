import { describe, expect, it } from "vitest";
import { createExtractiveGenerator } from "../../src/answer/extractive.js";
import { detectLanguage } from "../../src/corpus/language.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import type { Citation } from "../../src/schemas.js";
import type { QueryAnalysis } from "../../src/retrieval/query-analysis.js";

const generator = createExtractiveGenerator({ terms: createTermAnalyzer(), idf: () => 1 });
const analysis = (topicText: string, extra: Partial<QueryAnalysis> = {}): QueryAnalysis => ({
  lang: "zh",
  cities: [],
  uncoveredPlaces: [],
  asksForQuote: false,
  asksForFigure: false,
  topicText,
  ...extra,
});
const englishOnly: Citation = {
  n: 1,
  id: "intro-1",
  doc: "d.txt",
  city: null,
  kind: "intro",
  zh: null,
  en: "As COP30 underscores the urgent need for climate action, the focus shifts to cities.",
  score: 0.6,
};

describe("extractive answers", () => {
  it("answers a Chinese question about an English-only passage in Chinese, pointing to the source", async () => {
    const question = "这个系列和COP30有什么关系?";
    const a = await generator.generate({ question, lang: "zh", analysis: analysis(question), sources: [englishOnly], history: [] });
    expect(detectLanguage(a.text)).toBe("zh");
    expect(a.text).toContain("COP30");
    expect(a.text).toContain("[1]");
  });

  it("leads a figure question with the sentence holding the figure, cited", async () => {
    const source: Citation = {
      ...englishOnly,
      kind: "initiative",
      city: { zh: "甲市", en: "Jiashi" },
      zh: "甲市推进公交电动化。全市电动公交车达到5200辆。",
      en: "Jiashi is electrifying its buses. The city now runs 5,200 electric buses.",
    };
    const question = "How many electric buses does Jiashi run?";
    const a = await generator.generate({
      question,
      lang: "en",
      analysis: analysis("how many electric buses does run?", { lang: "en", asksForFigure: true }),
      sources: [source],
      history: [],
    });
    expect(a.text).toMatch(/5,200 electric buses \[1\]/);
  });
});
