/** Hybrid retrieval and answerability on a corpus other than the seed, so nothing depends on its six cities. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import { createTestEngine } from "../helpers/test-engine.js";

const DOC = `A second series on coastal cities.
厦门 Xiamen
厦门建成了全长28公里的滨海绿道,沿线种植红树林120公顷,每年吸收二氧化碳约900吨。
Xiamen has built a 28-kilometre coastal greenway and planted 120 hectares of mangroves along it, absorbing about 900 tons of carbon dioxide a year.
黄文辉市长指出:要让海岸线成为市民共享的生态长廊。
Mayor of Xiamen, HUANG Wenhui, says: “The coastline must become an ecological corridor shared by all residents.”
宁波 Ningbo
宁波港全面推广岸电系统,靠港船舶岸电使用率达到85%,年减少燃油消耗3.2万吨。
Ningbo's port has rolled out shore power across its berths: 85% of docked ships now plug in, cutting fuel use by 32,000 tons a year.
陈明远市长表示:宁波要打造世界一流的绿色港口。
Mayor of Ningbo, CHEN Mingyuan, says: “Ningbo will build a world-class green port.”
`;

let engine: Engine;
beforeAll(async () => {
  engine = await createTestEngine({ withoutSeed: true, extraDocs: { "coastal.txt": DOC } });
});

describe("hybrid retrieval on another corpus", () => {
  it("ranks the named city's passage first, in either language", async () => {
    const en = await engine.retriever.retrieve("How many hectares of mangroves did Xiamen plant?", 3);
    expect(en.answerable).toBe(true);
    expect(en.results[0]!.city?.en).toBe("Xiamen");
    const zh = await engine.retriever.retrieve("宁波港船舶岸电使用率是多少?", 3);
    expect(zh.results[0]!.city?.en).toBe("Ningbo");
    expect(zh.answerable).toBe(true);
  });

  it("prefers the quote when the question asks for someone's words", async () => {
    const r = await engine.retriever.retrieve("What did Xiamen's mayor say?", 3);
    expect(r.results[0]!.kind).toBe("quote");
    expect(r.results[0]!.speaker).toEqual({ zh: "黄文辉", en: "HUANG Wenhui" });
  });

  it("scores in 0..1, best first", async () => {
    const r = await engine.retriever.retrieve("shore power at the port", 5);
    for (const p of r.results) expect(p.score).toBeGreaterThanOrEqual(0), expect(p.score).toBeLessThanOrEqual(1);
    expect(r.results.map((p) => p.score)).toEqual([...r.results.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("refuses a city the corpus has no section for, and an unrelated topic", async () => {
    expect((await engine.retriever.retrieve("What has Shenzhen done about charging?", 3)).reason).toBe("uncovered_place");
    expect((await engine.retriever.retrieve("怎么做红烧肉?", 3)).answerable).toBe(false);
    expect((await engine.retriever.retrieve("Who won the football world cup?", 3)).answerable).toBe(false);
  });

  it("accepts a misspelt covered city", async () => {
    const r = await engine.retriever.retrieve("ningboo shore power", 3);
    expect(r.analysis.cities).toEqual(["Ningbo"]);
    expect(r.results[0]!.city?.en).toBe("Ningbo");
  });

  it("answers extractively with the figure, cited, in the question's language", async () => {
    const zh = await engine.chat.answer({ question: "厦门种了多少公顷红树林?", lang: "auto" });
    expect(zh.answer).toContain("120公顷");
    expect(zh.answer).toMatch(/\[1\]/);
    const en = await engine.chat.answer({ question: "What share of docked ships in Ningbo use shore power?", lang: "auto" });
    expect(en.answer).toContain("85%");
    expect(en.lang).toBe("en");
  });

  it("carries the previous city over to a bare follow-up", async () => {
    const a = await engine.chat.answer({
      question: "那宁波呢?",
      lang: "auto",
      history: [{ role: "user", content: "厦门市长说了什么?" }],
    });
    expect(a.citations[0]!.city?.en).toBe("Ningbo");
    expect(a.citations[0]!.kind).toBe("quote");
  });
});

describe("recent retrievals", () => {
  it("answer a repeated question from memory with the same result, and keep questions, k and context apart", async () => {
    const cached = await createTestEngine({ withoutSeed: true, extraDocs: { "coastal.txt": DOC } });
    const uncached = await createTestEngine({ withoutSeed: true, extraDocs: { "coastal.txt": DOC }, retrievalCacheSize: 0 });
    const q = "How much fuel does Ningbo's shore power save?";
    const first = await cached.retriever.retrieve(q, 3);
    expect(await cached.retriever.retrieve(q, 3)).toBe(first);
    expect(first).toEqual(await uncached.retriever.retrieve(q, 3));
    // Without a cache every call searches anew, to the same result.
    const a = await uncached.retriever.retrieve(q, 3);
    const b = await uncached.retriever.retrieve(q, 3);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    // Another k, another context, another question: other entries.
    expect((await cached.retriever.retrieve(q, 1)).results).toHaveLength(1);
    const followUp = await cached.retriever.retrieve("how many hectares?", 3, { contextCities: ["Xiamen"] });
    expect(followUp).not.toBe(await cached.retriever.retrieve("how many hectares?", 3));
    expect(followUp.results[0]!.city?.en).toBe("Xiamen");
  });

  it("forget the least recently used first", async () => {
    const { LruCache } = await import("../../src/util/lru.js");
    const lru = new LruCache<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // "b" is now the least recently used
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c"), lru.size]).toEqual([1, 3, 2]);
    const off = new LruCache<string, number>(0);
    off.set("a", 1);
    expect(off.get("a")).toBeUndefined();
  });
});
