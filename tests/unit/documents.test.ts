/** Reading documents: formats to blocks, encodings, junk, sections vs cities, chunking and de-duplication. */
import { describe, expect, it } from "vitest";
import { chunkPair, MAX_PASSAGE_CHARS } from "../../src/corpus/chunk.js";
import { decodeText } from "../../src/corpus/decode.js";
import { dedupeKey } from "../../src/corpus/dedupe.js";
import { readDocument } from "../../src/corpus/formats/index.js";
import { htmlBlocks } from "../../src/corpus/formats/html.js";
import { markdownBlocks } from "../../src/corpus/formats/markdown.js";
import { parseBlocks } from "../../src/corpus/parse.js";
import { isPinyinName, placeHeading } from "../../src/corpus/place-heading.js";
import { gbk, makeDocx, makePdf, utf16be, utf16le } from "../helpers/document-fixtures.js";

const ZH = "深圳已建成超充站1,055座，新能源汽车保有量达到133万辆。";
const EN = "Shenzhen has built 1,055 supercharging stations and has 1.33 million new-energy vehicles.";

describe("markdown", () => {
  it("reads headings, lists, tables, emphasis, links and code as structure, never as syntax", () => {
    const blocks = markdownBlocks(
      `# 深圳 Shenzhen\n\n${ZH.replace("1,055", "**1,055**")}\n${EN.replace("supercharging", "*supercharging*")}\n\n` +
        "## 数据 Figures\n\n- item `one` with [a link](https://x.org)\n- item two\n\n| Year | Stations |\n|---|---|\n| 2024 | 1,055 |\n\n> quoted &amp; escaped\n",
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "深圳 Shenzhen" },
      { kind: "paragraph", text: ZH },
      { kind: "paragraph", text: EN },
      { kind: "heading", level: 2, text: "数据 Figures" },
      { kind: "paragraph", text: "item one with a link" },
      { kind: "paragraph", text: "item two" },
      { kind: "paragraph", text: "Year: 2024; Stations: 1,055" },
      { kind: "paragraph", text: "quoted & escaped" },
    ]);
  });
});

describe("html", () => {
  it("keeps the main text and drops scripts, navigation, headers, footers and sidebars", () => {
    const blocks = htmlBlocks(
      `<html><head><script>var x = "secret";</script></head><body><nav>Home</nav><header>Site name</header>` +
        `<main><h2>深圳 Shenzhen</h2><p>${ZH}</p><p>${EN}<br>Second line.</p></main><aside>Ads</aside><footer>©</footer></body></html>`,
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 2, text: "深圳 Shenzhen" },
      { kind: "paragraph", text: ZH },
      { kind: "paragraph", text: `${EN} Second line.` },
    ]);
  });
});

describe("docx and pdf, written here by docx and pdfkit", () => {
  it("reads a Word document's headings, paragraphs and table", async () => {
    const bytes = await makeDocx([{ heading: "深圳 Shenzhen" }, { text: ZH }, { text: EN.slice(0, 20), bold: EN.slice(20) }, { table: [["Stations", "1,055"]] }]);
    const read = await readDocument("a.docx", bytes);
    expect(read.ok && read.blocks).toEqual([
      { kind: "heading", level: 1, text: "深圳 Shenzhen" },
      { kind: "paragraph", text: ZH },
      { kind: "paragraph", text: EN },
      { kind: "paragraph", text: "Stations: 1,055" },
    ]);
  });

  it("reads a PDF's wrapped lines back into paragraphs, Chinese included", async () => {
    const long = `${EN} ${EN} ${EN}`;
    const bytes = await makePdf([{ text: "深圳 Shenzhen", size: 16 }, { text: ZH.repeat(3) }, { text: long }]);
    const read = await readDocument("a.pdf", bytes);
    expect(read.ok && read.blocks).toEqual([
      { kind: "paragraph", text: "深圳 Shenzhen" },
      { kind: "paragraph", text: ZH.repeat(3) },
      { kind: "paragraph", text: long },
    ]);
  }, 30_000);

  it("skips a damaged docx or pdf with the library's reason", async () => {
    expect(await readDocument("x.pdf", Buffer.from("%PDF-1.4 nothing"))).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be read as pdf/) });
    expect(await readDocument("x.docx", Buffer.from("PK not a zip"))).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be read as docx/) });
  });
});

describe("encodings and junk", () => {
  const text = `深圳 Shenzhen\n${ZH}\n${EN}\n`;
  it.each([
    ["UTF-8", Buffer.from(text)],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ["UTF-16 LE with BOM", utf16le(text, true)],
    ["UTF-16 LE without BOM", utf16le(text, false)],
    ["UTF-16 BE with BOM", utf16be(text, true)],
    ["UTF-16 BE without BOM", utf16be(text, false)],
    ["UTF-16 LE of Chinese only, without BOM", utf16le(ZH, false)],
    ["GBK", gbk(text)],
  ])("decodes %s", (_name, bytes) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok, JSON.stringify(decoded)).toBe(true);
    expect(decoded.ok && decoded.text).toContain(ZH);
  });

  it.each([
    ["empty", Buffer.alloc(0), /empty/],
    ["white space only", Buffer.from(" \n\t\n"), /empty/],
    ["NUL bytes", Buffer.alloc(100), /binary/],
    ["binary with NULs", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 31) % 256)), /binary/],
    ["control characters", Buffer.from("\u0001\u0002\u0003\u0004\u0005 abc \u0006\u0007"), /binary/],
  ])("refuses %s with a reason", (_name, bytes, reason) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(reason);
  });

  it("skips a file with no usable paragraph", async () => {
    expect(await readDocument("rules.md", Buffer.from("---\n\n***\n"))).toEqual({ ok: false, reason: "no usable paragraph (no words or figures)" });
  });
});

describe("cities and sections", () => {
  it("knows place headings in either language and romanised names, not topics", () => {
    expect(placeHeading("深圳 Shenzhen")).toEqual({ zh: "深圳", en: "Shenzhen" });
    expect(placeHeading("宁波")).toEqual({ zh: "宁波", en: "Ningbo" });
    expect(placeHeading("Harbin")).toEqual({ zh: "哈尔滨", en: "Harbin" });
    expect(placeHeading("甲市 Jiashi")).toEqual({ zh: "甲市", en: "Jiashi" });
    expect(placeHeading("储能 Energy storage")).toBeNull();
    expect(placeHeading("背景 Background")).toBeNull();
    expect(isPinyinName("Xi'an")).toBe(true);
    expect(isPinyinName("Overview")).toBe(false);
  });

  it("puts a topic heading's paragraphs under the city as a section, and ends the city at a heading of its level", () => {
    const { passages } = parseBlocks("d.md", [
      { kind: "heading", level: 1, text: "深圳 Shenzhen" },
      { kind: "heading", level: 2, text: "充电 Charging" },
      { kind: "paragraph", text: ZH },
      { kind: "paragraph", text: EN },
      { kind: "heading", level: 1, text: "About this series" },
      { kind: "paragraph", text: "This series shows what cities do." },
    ]);
    expect(passages.map((p) => [p.city?.en ?? null, p.section, p.kind])).toEqual([
      ["Shenzhen", "充电 Charging", "initiative"],
      [null, "About this series", "intro"],
    ]);
  });
});

describe("chunking and de-duplication", () => {
  it("cuts a long pair at sentence boundaries into aligned pieces within the limits", () => {
    const zh = Array.from({ length: 60 }, (_, i) => `第${i + 1}区种植了${i * 10 + 5}棵树。`).join("");
    const en = Array.from({ length: 60 }, (_, i) => `District ${i + 1} planted ${i * 10 + 5} trees.`).join(" ");
    const pieces = chunkPair({ zh, en }, { zh: 200, en: 500 });
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.zh!.length).toBeLessThanOrEqual(200 * 1.25);
      expect(p.en!.length).toBeLessThanOrEqual(500 * 1.25);
      expect(p.zh).toMatch(/。$/);
      expect(p.en).toMatch(/\.$/);
      // Aligned: a piece's first Chinese district is the first English one.
      expect(/第(\d+)区/.exec(p.zh!)![1]).toBe(/District (\d+)/.exec(p.en!)![1]);
    }
    expect(pieces.map((p) => p.zh).join("")).toBe(zh);
  });

  it("leaves a paragraph within the limits whole, and cuts one without punctuation at spaces", () => {
    expect(chunkPair({ zh: ZH, en: EN })).toEqual([{ zh: ZH, en: EN }]);
    const words = "word ".repeat(2000).trim();
    const pieces = chunkPair({ zh: null, en: words });
    expect(pieces.every((p) => p.zh === null && p.en!.length <= MAX_PASSAGE_CHARS.en)).toBe(true);
    expect(pieces.map((p) => p.en).join(" ")).toBe(words);
  });

  it("gives near-identical texts one key: white space, punctuation width and Traditional script", () => {
    expect(dedupeKey("合肥已建成換電站2,100座，新能源出租車換電只需三分鐘。")).toBe(dedupeKey("合肥已建成换电站2,100座,新能源出租车换电只需三分钟."));
    expect(dedupeKey("  Hefei  has built 2,100  stations. ")).toBe(dedupeKey("Hefei has built 2,100 stations."));
    expect(dedupeKey("Hefei has built 2,100 stations.")).not.toBe(dedupeKey("Hefei has built 2,200 stations."));
  });

  it("stores a repeated pair once and says how many copies were merged", () => {
    const blocks = [{ kind: "paragraph" as const, text: "深圳 Shenzhen" }];
    for (let i = 0; i < 50; i++) blocks.push({ kind: "paragraph", text: ZH }, { kind: "paragraph", text: EN });
    const { passages, merged } = parseBlocks("dup.txt", blocks);
    expect(passages).toHaveLength(1);
    expect(merged).toBe(49);
  });
});

describe("markdown written the .txt way", () => {
  it("keeps a '深圳 Shenzhen' line a city heading when lines follow without blank lines, and drops front matter", () => {
    const { passages } = parseBlocks("seedlike.md", markdownBlocks(`---\ntitle: Cities\n---\n深圳 Shenzhen\n${ZH}\n${EN}\n`));
    expect(passages).toEqual([expect.objectContaining({ city: { zh: "深圳", en: "Shenzhen" }, kind: "initiative", zh: ZH, en: EN })]);
  });
});

describe("text in an unsupported encoding", () => {
  it("skips Windows-1252 text with a reason naming what it looks like, rather than reading it as Chinese", () => {
    const latin1 = Buffer.from("Le café de la ville a réduit ses déchets de moitié grâce à un compost partagé.\n".repeat(5), "latin1");
    const decoded = decodeText(latin1);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/not text in a supported encoding/);
  });
});
