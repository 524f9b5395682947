/**
 * The topic as units of meaning (src/retrieval/topic.ts): Chinese words from ICU segmentation (no bigram across two
 * words), a word and the glossary concepts found in it counted once, a concept match worth at most the concept's
 * own rarity.
 */
import { describe, expect, it } from "vitest";
import { factsOf, type CandidatePassages, type KeywordRanking } from "../../src/retrieval/keyword-ranker.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import { chineseWords, topicCoverage, topicUnits, topicWords } from "../../src/retrieval/topic.js";
import type { Passage } from "../../src/schemas.js";

const terms = createTermAnalyzer();

/** A keyword index over the given passages' texts, as far as topicUnits/topicCoverage read one. */
function fakeIndex(texts: string[]) {
  const ids = new Map<string, number>();
  const holds: Set<number>[] = [];
  texts.forEach((text, doc) => {
    for (const { term } of terms(text)) {
      if (!ids.has(term)) ids.set(term, ids.size);
      (holds[ids.get(term)!] ??= new Set()).add(doc);
    }
  });
  const idfOf = (term: string) => {
    const id = ids.get(term);
    const df = id === undefined ? 0 : holds[id]!.size;
    return Math.log(1 + (texts.length - df + 0.5) / (df + 0.5));
  };
  const ranking = { idfOf, termId: (t: string) => ids.get(t) ?? -1 } as unknown as KeywordRanking;
  const candidates = { containsId: (id: number, doc: number) => id >= 0 && holds[id]!.has(doc) } as unknown as CandidatePassages;
  return { ranking, candidates };
}

const passage = (zh: string | null, en: string | null) => ({ zh, en }) as Passage;

describe("chineseWords", () => {
  it("cuts a question into dictionary words, so no unit straddles two words", () => {
    const words = chineseWords("这个城市气候行动系列的背景是什么");
    expect(words).toEqual(expect.arrayContaining(["城市", "气候", "行动", "系列", "背景"]));
    expect(words.some((w) => w.includes("市气") || w.includes("候行"))).toBe(false);
  });

  it("reads a run of single content characters as one word, and leaves function characters out", () => {
    expect(chineseWords("哪些城市在节能或发展清洁能源")).toContain("节能");
    expect(chineseWords("哪些城市在节能或发展清洁能源").some((w) => w.includes("在") || w.includes("或"))).toBe(false);
  });
});

describe("topicCoverage", () => {
  it("does not count a cross-word bigram against a passage that holds both words", () => {
    const texts = ["城市应对气候变化的行动", "公交车辆全部电动化", "食堂减少浪费"];
    const { ranking, candidates } = fakeIndex(texts);
    const topic = topicUnits(topicWords("城市气候行动", terms), ranking);
    expect(topicCoverage(topic, factsOf(passage(texts[0]!, null)), 0, candidates)).toBe(1);
  });

  it("counts a word and the concept found in it once", () => {
    const texts = ["We protect residents from heat.", "Buses are electric.", "Canteens cut waste."];
    const { ranking, candidates } = fakeIndex(texts);
    const words = topicWords("protect giant pandas", terms);
    const topic = topicUnits(words, ranking);
    // Three units: protect (with its concept), giant, panda; the passage holds one of them.
    expect(topic.size).toBe(3);
    const covered = topicCoverage(topic, factsOf(passage(null, texts[0]!)), 0, candidates);
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThan(0.5);
  });

  it("lets a passage cover a word it never uses through the word's concept, at most at the concept's weight", () => {
    const texts = ["The city cools streets against extreme heat.", "Buses are electric.", "Canteens cut waste.", "Rivers flood."];
    const { ranking, candidates } = fakeIndex(texts);
    const words = topicWords("高温", terms);
    expect(words.alternates.get("z:高温")).toContain("c:heat");
    const topic = topicUnits(words, ranking);
    const covered = topicCoverage(topic, factsOf(passage("城市降温", texts[0]!)), 0, candidates);
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThanOrEqual(1);
    expect(topicCoverage(topic, factsOf(passage("公交", texts[1]!)), 1, candidates)).toBe(0);
  });
});
