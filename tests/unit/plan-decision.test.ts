/**
 * Answerability by plan (src/chat/plan-decision.ts) on the seed corpus: a follow-up that swaps the city is judged on
 * the new city's passages (the previous city's passage holds the inherited words best), and a question about one
 * city is answered from that city's passages only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.js";
import type { ChatAnswer } from "../../src/schemas.js";
import { sharedTestEngine } from "../helpers/test-engine.js";

let engine: Engine;
beforeAll(async () => {
  engine = await sharedTestEngine();
});

async function ask(question: string, earlier: string[] = []): Promise<ChatAnswer> {
  const history = earlier.flatMap((content) => [{ role: "user" as const, content }]);
  for await (const event of engine.chat.events({ question, lang: "auto", history })) {
    if (event.type === "done") return event.data;
  }
  throw new Error("no answer");
}

describe("decideByPlan", () => {
  it("answers a city-swapping follow-up from the new city when it has something on the topic", async () => {
    const answer = await ask("那青岛呢", ["大连的能源结构有什么变化？非化石能源占比多少？"]);
    expect(answer.plan?.cities.map((c) => c.en)).toEqual(["Qingdao"]);
    expect(answer.answerable).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => c.city?.en === "Qingdao")).toBe(true);
  });

  it("decides a city-swapping follow-up as it decides the same question asked about the new city directly", async () => {
    const pairs: [string, string, string][] = [
      ["深圳的超充站一共建了多少座？", "那青岛呢", "青岛的超充站一共建了多少座？"],
      ["How many supercharging stations has Shenzhen built?", "And Wuhan?", "How many supercharging stations has Wuhan built?"],
      ["广州有几条通风廊道？", "那大连呢？", "大连有几条通风廊道？"],
    ];
    for (const [first, followUp, direct] of pairs) {
      const swapped = await ask(followUp, [first]);
      const asked = await ask(direct);
      expect(swapped.answerable, followUp).toBe(asked.answerable);
      expect(swapped.citations.every((c) => c.city === null || c.city.en === swapped.plan?.cities[0]?.en), followUp).toBe(true);
    }
  });

  it("answers a question about one city from that city's passages only", async () => {
    for (const question of ["How many supercharging stations does Shenzhen have?", "武汉的江滩每年增加多少碳汇？"]) {
      const answer = await ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations.every((c) => c.city === null || c.city.en === answer.plan?.cities[0]?.en), question).toBe(true);
    }
  });

  it("answers 'what did each leader say' with every city's leader, named, one cited line each", async () => {
    for (const question of ["各个城市的领导人都说了什么？", "What did each mayor say?"]) {
      const answer = await ask(question);
      const cities = new Set(answer.citations.map((c) => c.city?.en));
      expect(cities.size, question).toBe(6);
      expect(answer.citations.every((c) => c.kind === "quote"), question).toBe(true);
      for (const c of answer.citations) expect(answer.answer, question).toContain(`[${c.n}]`);
    }
  });

  it("names in a list only the cities whose passage holds the topic", async () => {
    for (const question of ["Which cities mention hydrogen?", "哪些城市提到了氢能？"]) {
      const answer = await ask(question);
      expect(answer.plan?.intent, question).toBe("list");
      expect([...new Set(answer.citations.map((c) => c.city?.en))], question).toEqual(["Dalian"]);
    }
  });
});
