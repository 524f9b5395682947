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

describe("detectLanguage ignores what is not language", () => {
  const url = "https://www.gov.cn/zhengce/content/2021-10/24/content_5644613.htm";
  it("a URL, an address, code or a unit never turns a Chinese question English", () => {
    for (const q of [
      `这个网页 ${url} 说了什么?`,
      `请看${url}的内容`,
      `www.sz.gov.cn 上说深圳有多少超充站`,
      `联系 info@climate-example.org.cn 问超充站`,
      "`const stations = getStations(city_id)` 这段代码查的是什么",
      "大连储能 1.5 GW 是多少万千瓦",
    ]) {
      expect(detectLanguage(q), q).toBe("zh");
    }
  });

  it("nor a Chinese one English: the English words still decide", () => {
    expect(detectLanguage(`How many supercharging stations does Shenzhen have, according to ${url}?`)).toBe("en");
    expect(detectLanguage("What does 徐曙海 say about food waste, see www.zhenjiang.gov.cn")).toBe("en");
    expect(detectLanguage("Is 1.5 GW of storage in 大连 a lot?")).toBe("en");
  });

  it("falls back when nothing is left", () => {
    expect(detectLanguage(url, "zh")).toBe("zh");
    expect(detectLanguage("a@b.cn 10 km", "zh")).toBe("zh");
  });
});
