/** Han counting gives exactly what the Unicode script regex gives, on every kind of character. */
import { describe, expect, it } from "vitest";
import { countHan, detectLanguage } from "../../src/corpus/language.js";
import { readSeedCorpus } from "../helpers/test-engine.js";

const byRegex = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

describe("countHan", () => {
  it("matches /\\p{Script=Han}/gu on the corpus and on random text from every block that matters", () => {
    const texts = readSeedCorpus().split("\n");
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // ASCII, CJK radicals and symbols, ideographs, extension B (surrogate pairs), lone surrogates, compatibility.
    const blocks: [number, number][] = [[0, 0x80], [0x2e80, 0x200], [0x3000, 0x100], [0x4e00, 0x5200], [0x20000, 0xa6e0], [0xd800, 0x800], [0xf900, 0x200]];
    for (let i = 0; i < 1000; i++) {
      let text = "";
      for (let j = 0; j < 40; j++) {
        const [start, size] = blocks[next() % blocks.length]!;
        const cp = start + (next() % size);
        text += cp >= 0x10000 ? String.fromCodePoint(cp) : String.fromCharCode(cp);
      }
      texts.push(text);
    }
    for (const text of texts) expect(countHan(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it("decides a paragraph's language by words per script", () => {
    expect(detectLanguage("深圳已累计建成超充站1055座。")).toBe("zh");
    expect(detectLanguage("What is the 海绵江滩 in Wuhan?")).toBe("en");
    expect(detectLanguage("Shenzhen 的超充站有多少座?")).toBe("zh");
    expect(detectLanguage("2024", "zh")).toBe("zh");
  });
});
