/**
 * The question plan and the catalogue: intents in both languages, cities in any script or a misspelling, speakers
 * leading to their city, follow-ups that inherit the previous question, and a catalogue (and its wording) that
 * follows whatever corpus it is built from.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { buildCatalogue } from "../../src/catalogue/catalogue.js";
import { scopeSentence, suggestions } from "../../src/catalogue/describe.js";
import { createPlanner } from "../../src/plan/plan.js";
import { createQueryAnalyzer } from "../../src/retrieval/query-analysis.js";
import { refusalText } from "../../src/answer/refusal.js";
import { readSeedCorpus } from "../helpers/test-engine.js";

const passages = parseDocument("cities-climate-action.txt", readSeedCorpus());
const catalogue = buildCatalogue(passages);
const planner = createPlanner(createQueryAnalyzer(passages), catalogue);
const plan = (q: string, earlier: string[] = []) => planner.plan(q, earlier);

describe("question plan", () => {
  it.each([
    ["Compare Qingdao and Dalian.", "compare"],
    ["青岛和大连分别做了什么?", "compare"],
    ["Which cities are building sponge projects?", "list"],
    ["哪些城市在发展氢能?", "list"],
    ["Give me an overview of Qingdao's work.", "summary"],
    ["说说青岛都干了什么", "summary"],
    ["青岛在做什么？", "summary"],
    ["What did the mayor of Wuhan say?", "quote"],
    ["How many charging stations does Shenzhen have?", "fact"],
    ["What topics can I ask about?", "about"],
    ["这里面有哪些城市?", "about"],
    ["这份资料讲了什么内容？", "about"],
    ["资料里收录了哪些城市？", "about"],
    ["这里提到了哪些领导？", "about"],
    ["Which mayors are featured here?", "about"],
    ["What is this about?", "about"],
    ["What are the main themes?", "about"],
    ["这个系列想说明什么？", "about"],
    ["hello", "greeting"],
    ["谢谢", "greeting"],
    ["What is Chengdu doing about heat?", "out_of_scope"],
  ])("%s -> %s", (question, intent) => {
    expect(plan(question).intent).toBe(intent);
  });

  it("searches a cityless list question for its topic, without the verb that frames it", () => {
    expect(plan("Which cities mention hydrogen?").searchText).not.toMatch(/mention/);
    expect(plan("哪些城市提到了氢能？").searchText).not.toMatch(/提到/);
    expect(plan("Which cities work on energy storage?").searchText).toMatch(/energy storage/);
  });

  it("reads a comparison of 'these cities' or 'all the cities' as a comparison of every city the catalogue holds", () => {
    const all = catalogue.cities.map((c) => c.name.en);
    for (const q of ["What do these cities have in common?", "这些城市有什么共同点？", "Compare all the cities.", "比较一下各城市的做法"]) {
      const p = plan(q);
      expect(p.intent, q).toBe("compare");
      expect(p.cities.map((c) => c.en), q).toEqual(all);
    }
  });

  it("reads 'what did every leader say' as a quote of each city the catalogue holds, and a topic keeps it narrow", () => {
    const all = catalogue.cities.map((c) => c.name.en);
    for (const q of ["What did the leaders of all the cities say?", "What did each mayor say?", "各个城市的领导人都说了什么？", "所有市长都讲了什么"]) {
      const p = plan(q);
      expect(p.intent, q).toBe("quote");
      expect(p.cities.map((c) => c.en), q).toEqual(all);
    }
    expect(plan("每个城市的领导对氢能说了什么？").cities).toEqual([]);
  });

  it("reads an overview of every city as a summary of each city the catalogue holds", () => {
    const all = catalogue.cities.map((c) => c.name.en);
    for (const q of ["Give me an overview of all the cities.", "What has each city done?", "列出每个城市的主要举措", "每个城市都做了什么？", "请概述整份资料"]) {
      const p = plan(q);
      expect(p.intent, q).toBe("summary");
      expect(p.cities.map((c) => c.en), q).toEqual(all);
    }
    // A list with a topic stays a list; an overview with no "all/each" stays "what the material covers".
    expect(plan("Which cities are cutting waste?").intent).toBe("list");
    expect(plan("Give me an overview").intent).toBe("about");
  });

  it("names covered cities in either script and with a misspelling, and uncovered places apart", () => {
    expect(plan("Compare 青岛 and Dalian").cities.map((c) => c.en)).toEqual(["Qingdao", "Dalian"]);
    expect(plan("Tell me about Shenzen").cities.map((c) => c.en)).toEqual(["Shenzhen"]);
    const p = plan("How does Ningbo compare with Dalian?");
    expect(p.cities.map((c) => c.en)).toEqual(["Dalian"]);
    expect(p.uncoveredPlaces).toEqual(["Ningbo"]);
  });

  it("finds the city of a quoted person the question names", () => {
    const p = plan("What did Qin Weizhong say about charging?");
    expect(p.cities.map((c) => c.en)).toEqual(["Shenzhen"]);
    expect(p.speakers).toEqual(["QIN Weizhong"]);
  });

  it("lets a follow-up that only names a city inherit the previous intent and topic", () => {
    const en = plan("And Dalian?", ["What did Shenzhen's mayor say?"]);
    expect(en).toMatchObject({ intent: "quote", followUp: true, searchText: "What did Dalian's mayor say?" });
    const zh = plan("那武汉呢?", ["介绍一下广州的工作。"]);
    expect(zh.intent).toBe("summary");
    expect(zh.cities.map((c) => c.en)).toEqual(["Wuhan"]);
  });

  it("keeps the conversation's city for a question that points back to it", () => {
    const p = plan("What did its mayor say?", ["Tell me about Wuhan's river beach."]);
    expect(p).toMatchObject({ intent: "quote", followUp: true });
    expect(p.cities.map((c) => c.en)).toEqual(["Wuhan"]);
  });

  it("does not carry a city into a new question that names none and points back to nothing", () => {
    expect(plan("Which cities are cutting waste?", ["What did Shenzhen's mayor say?"]).cities).toEqual([]);
  });
});

describe("catalogue", () => {
  it("is built from the documents: cities in both languages, speakers, titles, the introduction", () => {
    expect(catalogue.cities.map((c) => c.name.en)).toEqual(["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"]);
    expect(catalogue.cities[3]!.speakers).toEqual([{ zh: "覃伟中", en: "QIN Weizhong" }]);
    expect(catalogue.documents).toEqual(["cities-climate-action"]);
    expect(catalogue.intro.length).toBe(2);
  });

  it("describes another corpus as what it is, with no wording of the seed's", () => {
    const other = parseDocument("rivers/harbour-notes.txt", "宁波 Ningbo\n宁波建设了海上风电场。\nNingbo built an offshore wind farm.\n");
    const cat = buildCatalogue(other);
    expect(scopeSentence(cat, "en")).toBe("The material (harbour-notes) covers 1 city: Ningbo.");
    expect(refusalText("zh", cat)).toContain("宁波");
    expect(refusalText("en", cat)).not.toMatch(/climate|Shenzhen/);
    expect(suggestions(cat, "en")).toContain("Give me an overview of Ningbo.");
  });

  it("names a place the material lacks in the refusal's language", () => {
    expect(refusalText("zh", catalogue, ["Chengdu", "Hong Kong"])).toMatch(/成都.*香港/);
    expect(refusalText("zh", catalogue, ["Chengdu"])).not.toContain("Chengdu");
    expect(refusalText("en", catalogue, ["Chengdu"])).toContain("Chengdu");
  });
});
