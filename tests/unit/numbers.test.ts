import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractNumbers, findUnsupportedNumbers, isSupported } from "../../src/answer/numbers.js";

const values = (t: string) => extractNumbers(t).map((m) => m.value);
const raws = (t: string) => extractNumbers(t).map((m) => m.raw);
const one = (t: string) => {
  const ms = extractNumbers(t);
  expect(ms, t).toHaveLength(1);
  return ms[0]!;
};

// Real corpus pairs (corpus/cities-climate-action.txt).
const SZ_ZH =
  "深圳率先建设“超充之城”,全市已累计建成超充站1055座,在全国范围内率先实现超充站数量超过加油站,实现“充电五分钟,续航400公里”。凭借强有力的基础设施建设。深圳全市公交车和巡游出租车已实现100%纯电动化,新能源汽车渗透率高达75.5%,新能源汽车保有量达到133万辆。";
const SZ_EN =
  "Shenzhen is pioneering a ‘supercharging city’, installing a total of 1,055 supercharging stations in which vehicles can charge for 5 minutes for more than 400 km of range. The charging stations now outnumber gas stations. The city also has fully electrified bus and taxi fleets, and 1.33 million EVs with market penetration at 75.5%.";
const DL_ZH =
  "大连充分发挥海陆风能资源丰富、储能产业迅速发展的优势,3年内(2020-2023)将非化石能源发电装机占比从52%提高到61%。以解决风电和光伏就地消纳为重点,推进“源网荷储”一体化和多能互补,支持分布式新能源合理配置储能系统。到2030年,新型储能装机规模达到150万千瓦以上。";
const DL_EN =
  "Dalian raised the share of renewable energy in installed power generation capacity from 52% to 61% (2020-2023) by leveraging wind resources and promoting sustainable and reliable electricity systems integrating generation, grid, load, and storage. By 2030, the installed capacity of energy storage is expected to exceed 1.5 million kilowatts.";
const DL2_ZH = "大连市前任市长陈绍旺指出,大连市积极发展洁净能源产业,加快清洁能源电力、储能、低碳氢氨醇产业延链补链,拓展“沈大氢能高速走廊”,打造氢基能源研发、生产、储运、加注中心,洁净能源产业产值达到610亿元以上。";
const DL2_EN = "Former Mayor of Dalian, CHEN Shaowang, says: “Dalian is actively developing the clean energy industry … The output value of the clean energy industry has reached more than 61 billion yuan.”";
const WH_ZH =
  "武汉的青山江滩改造升级项目已完工,岸线为二七长江大桥至武丰闸段,长达7.5公里,是全国首批海绵城市试点项目之一。青山区作为武汉市海绵城市“一旧一新”两个试点片区之一,青山江滩是全国第一片“海绵江滩”。项目以提升防洪能力为核心,全面增强区域生态、文化与景观功能,将青山江滩打造成连接长江与城市的重要生态走廊。在治理沿江工业污染的基础上,打造95.83公顷绿色空间,每年增加碳汇量约723.8吨、释放氧气量约2400吨,有效提升城市韧性,重塑人与自然和谐共生的城市生态。";
const WH_EN =
  "Wuhan has completed the Qingshan River Beach renovation and upgrade project. Spanning 7.5 kilometers from the Erqi Yangtze River Bridge to the Wufeng Sluice Gate, it is one of the first batch of sponge city pilot projects in China. Qingshan District, as one of the two pilot areas for sponge city construction in Wuhan, has its Qingshan River Beach being the first “sponge river beach” in the country. Based on the treatment of industrial pollution along the river, it has created 95.83 hectares of green space, increasing carbon sequestration by approximately 723.8 tons and releasing approximately 2,400 tons of oxygen annually.";
const GZ_ZH = "广州这座常住人口超过1800万的城市,从三个层面推动清凉城市规划建设。总体层面,结合城市河流、绿地等开敞空间布局,构建引风入城的六条通风廊道体系。";
const GZ_EN = "Guangzhou, a megacity of over 18 million residents, implements cooling measures at three levels to protect residents from extreme heat. Under the city plan, six ventilation corridors along rivers and greenways channel airflow.";
const QD_ZH = "实现能源消费与碳排放的智能调控(节能10%以上、降碳15%以上),帮助政府与企业精准降碳。";
const QD_EN = "it enables intelligent regulation of energy consumption and carbon emissions (achieving over 10% energy savings and over 15% carbon reduction).";
const PAIRS: [string, string][] = [[SZ_ZH, SZ_EN], [DL_ZH, DL_EN], [DL2_ZH, DL2_EN], [WH_ZH, WH_EN], [GZ_ZH, GZ_EN], [QD_ZH, QD_EN]];

describe("Arabic numerals", () => {
  it("thousands separators: 1,055 = 1055 = 1 055 (also NBSP / thin space)", () => {
    for (const t of ["1,055", "1055", "1 055", "1\u00A0055", "1\u202F055"]) expect(one(t).value).toBe(1055);
    expect(one("2,400 tons").value).toBe(2400);
    expect(values("1,234,567.5")).toEqual([1234567.5]);
  });
  it("does not merge list separators or misaligned groups", () => {
    expect(values("1,2,3")).toEqual([1, 2, 3]);
    expect(values("In 2020, 100 stations")).toEqual([2020, 100]);
    expect(values("in 2023 150 projects")).toEqual([2023, 150]);
    expect(values("分别为5，300座")).toEqual([5, 300]); // fullwidth comma is a list separator
    expect(values("12,34")).toEqual([12, 34]);
  });
  it("decimals and sentence-final dots", () => {
    expect(values("723.8吨 and 95.83 hectares")).toEqual([723.8, 95.83]);
    expect(values("By 2030.")).toEqual([2030]);
    expect(values("version 3.11.6")).toEqual([]);
  });
  it("fullwidth digits fold to ASCII, raw/index stay in the original text", () => {
    const m = one("达到１０５５座");
    expect(m).toMatchObject({ value: 1055, raw: "１０５５", index: 2 });
  });
});

describe("percentages", () => {
  it("75.5% = 75.5％ = 百分之75.5 = 75.5 percent = 百分之七十五点五", () => {
    for (const t of ["75.5%", "75.5％", "百分之75.5", "75.5 percent", "75.5 per cent", "百分之七十五点五", "75.5 %"]) {
      expect(one(t), t).toMatchObject({ value: 75.5, unit: "percent" });
    }
    expect(one("百分之75.5").raw).toBe("百分之75.5");
    expect(one("百分之百").value).toBe(100);
  });
  it("10%以上 and 'over 10%'", () => {
    expect(one("节能10%以上")).toMatchObject({ raw: "10%", value: 10, unit: "percent" });
    expect(one("over 10% energy savings")).toMatchObject({ raw: "10%", unit: "percent" });
  });
  it("plain and percent support each other (documented choice)", () => {
    expect(isSupported(one("75.5%"), ["penetration reached 75.5"])).toBe(true);
    expect(isSupported(one("75.5"), ["渗透率高达75.5%"])).toBe(true);
  });
});

describe("multipliers", () => {
  it("133万 = 1.33 million", () => {
    expect(one("133万辆").value).toBe(1_330_000);
    expect(one("1.33 million EVs").value).toBeCloseTo(1_330_000, 6);
    expect(one("1.33 million EVs").raw).toBe("1.33 million");
  });
  it("610亿元 = 61 billion yuan = 2bn-style abbreviations", () => {
    expect(one("610亿元").value).toBe(6.1e10);
    expect(one("61 billion yuan").value).toBe(6.1e10);
    expect(one("2bn").value).toBe(2e9);
    expect(one("1.5m").value).toBe(1.5); // "m" is ambiguous with metres: not a multiplier
  });
  it("150万千瓦 = 1.5 million kilowatts; 千瓦/千米/千克/千伏 are units, not 千", () => {
    expect(one("150万千瓦以上").value).toBe(1.5e6);
    expect(one("exceed 1.5 million kilowatts").value).toBe(1.5e6);
    for (const t of ["2千瓦", "2千米", "2千克", "2千伏"]) expect(one(t).value).toBe(2);
    expect(one("3千家").value).toBe(3000);
    expect(one("一百五十万千瓦").value).toBe(1.5e6);
  });
  it("1800万 = 18 million; 万亿 = 1e12; English thousand/trillion", () => {
    expect(one("1800万").value).toBe(1.8e7);
    expect(one("18 million").value).toBe(1.8e7);
    expect(one("1.5万亿").value).toBe(1.5e12);
    expect(one("3 thousand").value).toBe(3000);
    expect(one("2 trillion").value).toBe(2e12);
    expect(one("两千万人").value).toBe(2e7);
    expect(one("三万亿元").value).toBe(3e12);
  });
});

describe("number words", () => {
  it("Chinese numerals before a measure word", () => {
    expect(one("六条通风廊道").value).toBe(6);
    expect(one("三个层面").value).toBe(3);
    expect(one("两个试点").value).toBe(2);
    expect(one("充电五分钟").value).toBe(5);
    expect(one("二十五座").value).toBe(25);
    expect(one("十五年").value).toBe(15);
    expect(one("一百零五家").value).toBe(105);
    expect(one("二十多个").value).toBe(20);
    expect(one("二〇三〇年").value).toBe(2030);
  });
  it("no false positives on idioms, ordinals and bare 一", () => {
    for (const t of ["一体化", "统一", "万物", "一些", "世界一流", "十分重要", "第一", "第一片", "首批", "一旧一新", "二七长江大桥", "新双十", "百年大计", "千万不要", "一个城市", "三四个", "十四五规划", "第3批"]) {
      expect(extractNumbers(t), t).toEqual([]);
    }
  });
  it("English words: standalone only; 'one' only with a multiplier", () => {
    expect(values("six ventilation corridors and two local standards")).toEqual([6, 2]);
    expect(values("Six corridors, twenty-five parks, three million trees")).toEqual([6, 25, 3e6]);
    expect(values("often, someone, tennis, none, zero-carbon")).toEqual([]);
    expect(values("one of the first batch; one million")).toEqual([1e6]);
    expect(isSupported(one("six corridors"), ["构建六条通风廊道"])).toBe(true);
  });
});

describe("years, ranges, citations, identifiers", () => {
  it("2020-2023 / 2020—2023 / (2020-2023) are two positive years", () => {
    for (const t of ["2020-2023", "2020—2023", "(2020-2023)", "2020–2023", "2020至2023年"]) expect(values(t), t).toEqual([2020, 2023]);
    expect(one("到2030年").value).toBe(2030);
  });
  it("citation markers are not numbers; offsets are preserved", () => {
    expect(raws("Shenzhen has 9,999 stations [1][12] [1, 2] 【3】")).toEqual(["9,999"]);
    const m = one("[1] 超充站1055座[2]");
    expect(m.index).toBe(7);
  });
  it("digits glued to letters and ordinals are identifiers", () => {
    expect(values("As COP30 underscores, bge-m3, PM2.5, COVID-19, CO2, 1st and 14th")).toEqual([]);
    expect(values("400km and 5G")).toEqual([400, 5]);
  });
});

describe("findUnsupportedNumbers / isSupported", () => {
  it("flags invented figures in either language", () => {
    expect(findUnsupportedNumbers("Shenzhen has 9,999 stations [1]", [SZ_ZH, SZ_EN])).toEqual(["9,999"]);
    expect(findUnsupportedNumbers("深圳建成超充站9999座[1]", [SZ_ZH, SZ_EN])).toEqual(["9999"]);
    expect(findUnsupportedNumbers("9999 and 9999 again, 1,055 ok, 7 new", [SZ_EN])).toEqual(["9999", "7"]);
  });
  it("an English answer is supported by the Chinese text alone", () => {
    const answer = "Shenzhen has 1.33 million EVs [1] and a 75.5% penetration rate [1]; charging 5 minutes gives 400 km.";
    expect(findUnsupportedNumbers(answer, [SZ_ZH])).toEqual([]);
    expect(isSupported(one("61 billion yuan"), [DL2_ZH])).toBe(true);
    expect(isSupported(one("1.5 million kilowatts"), [DL_ZH])).toBe(true);
    expect(isSupported(one("18 million residents"), [GZ_ZH])).toBe(true);
    expect(isSupported(one("1.34 million"), [SZ_ZH])).toBe(false);
  });
  it("no false alarms on real corpus sentences against their own pair", () => {
    for (const [zh, en] of PAIRS) {
      expect(findUnsupportedNumbers(zh, [zh, en]), zh).toEqual([]);
      expect(findUnsupportedNumbers(en, [zh, en]), en).toEqual([]);
    }
  });
  it("cross-language: each side is supported by the other, except genuine translation gaps", () => {
    const gaps = PAIRS.map(([zh, en]) => [findUnsupportedNumbers(en, [zh]), findUnsupportedNumbers(zh, [en])]);
    // 100% (纯电动化 ↔ "fully electrified") and 3年内 are not stated numerically in the English.
    expect(gaps).toEqual([[[], ["100%"]], [[], ["3"]], [[], []], [[], []], [[], []], [[], []]]);
  });
  it("tolerates bad input", () => {
    expect(findUnsupportedNumbers("", [])).toEqual([]);
    expect(findUnsupportedNumbers("42", [])).toEqual(["42"]);
    expect(isSupported(one("42"), [])).toBe(false);
    expect(findUnsupportedNumbers(undefined as unknown as string, null as unknown as string[])).toEqual([]);
    expect(isSupported(one("42"), ["42", undefined as unknown as string])).toBe(true);
  });
});

describe("robustness (property-based)", () => {
  const pieces = ["1", "0", "5", "055", ",", ".", " ", "%", "％", "万", "亿", "千", "瓦", "百分之", "第", "一", "两", "十", "点", "个",
    "-", "—", "[", "]", "【", "】", "one", "six", " million", "bn", "percent", "COP", "\uD800", "\uDC00", "１", "."];
  const tricky = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));
  const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((a) => String.fromCharCode(...a));

  it("never throws; raw/index/value are consistent; a text always supports itself", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, anyUnits), (t) => {
        for (const m of extractNumbers(t)) {
          expect(t.slice(m.index, m.index + m.raw.length)).toBe(m.raw);
          expect(Number.isFinite(m.value) && m.value >= 0).toBe(true);
        }
        expect(findUnsupportedNumbers(t, [t])).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
  it("handles large inputs (linear scanner, no regex backtracking)", () => {
    const big = "1,".repeat(50_000) + "9".repeat(50_000) + "一".repeat(50_000) + "a".repeat(50_000);
    expect(() => findUnsupportedNumbers(big, [big])).not.toThrow();
  });
});
