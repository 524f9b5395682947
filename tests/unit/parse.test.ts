import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument, parseHeading } from "../../src/corpus/parse.js";

const seed = readFileSync(new URL("../../corpus/cities-climate-action.txt", import.meta.url), "utf8");

describe("parseDocument on the seed corpus", () => {
  const passages = parseDocument("cities-climate-action.txt", seed);

  it("finds 6 cities, 12 aligned pairs and 2 intro passages (14 in all)", () => {
    const cities = new Set(passages.filter((p) => p.city).map((p) => p.city!.en));
    expect([...cities]).toEqual(["Zhenjiang", "Qingdao", "Guangzhou", "Shenzhen", "Dalian", "Wuhan"]);
    expect(passages.filter((p) => p.zh && p.en)).toHaveLength(12);
    expect(passages.filter((p) => p.kind === "intro")).toHaveLength(2);
    expect(passages).toHaveLength(14);
  });

  it("gives each city one initiative then one quote, with the speaker in both languages", () => {
    const speakers = passages.filter((p) => p.kind === "quote").map((p) => p.speaker);
    expect(speakers).toEqual([
      { zh: "徐曙海", en: "XU Shuhai" },
      { zh: "任刚", en: "REN Gang" },
      { zh: "孙志洋", en: "SUN Zhiyang" },
      { zh: "覃伟中", en: "QIN Weizhong" },
      { zh: "陈绍旺", en: "CHEN Shaowang" },
      { zh: "盛阅春", en: "SHENG Yuechun" },
    ]);
    expect(passages.filter((p) => p.kind === "initiative")).toHaveLength(6);
  });

  it("pairs each Chinese paragraph with its own translation", () => {
    const shenzhen = passages.find((p) => p.city?.en === "Shenzhen" && p.kind === "initiative")!;
    expect(shenzhen.zh).toContain("1055座");
    expect(shenzhen.en).toContain("1,055");
    expect(shenzhen.city).toEqual({ zh: "深圳", en: "Shenzhen" });
  });

  it("keeps ids stable, unique and URL-safe", () => {
    const again = parseDocument("cities-climate-action.txt", seed);
    expect(again.map((p) => p.id)).toEqual(passages.map((p) => p.id));
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    for (const p of passages) expect(p.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("parseDocument on messy files", () => {
  const zh1 = "甲市推出了新的公交电动化方案,全市公交车100%实现电动化,共计5200辆。";
  const en1 = "Jiashi has fully electrified its bus fleet: all 5,200 buses now run on electricity.";
  const zh2 = "张三市长指出:要加快绿色低碳转型。";
  const en2 = "Mayor of Jiashi, ZHANG San, says: “We must accelerate the green, low-carbon transition.”";

  it("handles a BOM, CRLF and blank lines", () => {
    const text = `\uFEFF甲市 Jiashi\r\n\r\n${zh1}\r\n\r\n${en1}\r\n${zh2}\r\n${en2}\r\n\r\n`;
    const ps = parseDocument("messy.txt", text);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({ city: { zh: "甲市", en: "Jiashi" }, kind: "initiative", zh: zh1, en: en1 });
    expect(ps[1]).toMatchObject({ kind: "quote", speaker: { zh: "张三", en: "ZHANG San" } });
  });

  it("keeps a paragraph with no translation on its own and loses nothing", () => {
    const text = `甲市 Jiashi\n${zh1}\n${zh2}\n${en2}`;
    const ps = parseDocument("missing.txt", text);
    expect(ps.map((p) => [Boolean(p.zh), Boolean(p.en)])).toEqual([[true, false], [true, true]]);
    expect(ps[0]!.zh).toBe(zh1);
  });

  it("pairs English written before Chinese", () => {
    const ps = parseDocument("reversed.txt", `Jiashi 甲市\n${en1}\n${zh1}\n${en2}\n${zh2}`);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({ zh: zh1, en: en1, city: { zh: "甲市", en: "Jiashi" } });
    expect(ps[1]).toMatchObject({ zh: zh2, en: en2, kind: "quote" });
  });

  it("prefers the pairing whose figures agree when a translation is missing", () => {
    // zh1 has no translation, then English comes before Chinese: zh1 must not take en1's place.
    const ps = parseDocument("mixed.txt", `甲市 Jiashi\n${zh2}\n${en1}\n${zh1}`);
    expect(ps.find((p) => p.en === en1)?.zh).toBe(zh1);
    expect(ps.find((p) => p.zh === zh2)?.en).toBeNull();
  });

  it("splits two cities in one file and puts lines before the first heading in the intro", () => {
    const text = `An introduction to the series.\n甲市 Jiashi\n${zh1}\n${en1}\n乙市 Yishi\n${zh2.replace("张三", "李四")}\n${en2.replace("ZHANG San", "LI Si").replace("Jiashi", "Yishi")}`;
    const ps = parseDocument("two.txt", text);
    expect(ps.map((p) => [p.city?.en ?? null, p.kind])).toEqual([
      [null, "intro"],
      ["Jiashi", "initiative"],
      ["Yishi", "quote"],
    ]);
    expect(ps[2]!.speaker).toEqual({ zh: "李四", en: "LI Si" });
  });

  it("never loses a paragraph, whatever the order and gaps", () => {
    const lines = [zh1, en1, zh2, en2, "孤立的一段中文没有翻译。", "A lone English paragraph with no Chinese."];
    for (let rotation = 0; rotation < lines.length; rotation++) {
      const rotated = [...lines.slice(rotation), ...lines.slice(0, rotation)];
      const ps = parseDocument("r.txt", `甲市 Jiashi\n${rotated.join("\n\n")}`);
      const texts = ps.flatMap((p) => [p.zh, p.en]).filter(Boolean).sort();
      expect(texts).toEqual([...lines].sort());
    }
  });

  it("reads headings in either order and rejects long lines", () => {
    expect(parseHeading("深圳 Shenzhen")).toEqual({ zh: "深圳", en: "Shenzhen" });
    expect(parseHeading("Xi'an 西安")).toEqual({ zh: "西安", en: "Xi'an" });
    expect(parseHeading("深圳率先建设超充之城 Shenzhen is pioneering a supercharging city")).toBeNull();
  });
});
