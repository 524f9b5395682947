/**
 * The punctuation classes, code point by code point (a full-width character folded to ASCII by an editor shows up
 * here as a missing code point), the web page's copy against the server's, and each user of the classes.
 */
import { describe, expect, it } from "vitest";
import * as server from "../../src/text/punctuation.js";
import { attachMarker, splitSentences } from "../../src/answer/sentences.js";
import { checkCitations } from "../../src/answer/citations.js";
import { createMarkerRenumberer } from "../../src/answer/marker-stream.js";
import { detectChineseQuote } from "../../src/corpus/speaker.js";
import { stripMarkers } from "../../src/answer/prompts.js";
import type { Citation } from "../../src/schemas.js";

/** The web page's plain-JS modules (outside the TypeScript project), loaded as the browser would. */
const page = (file: string) => import(new URL(`../../src/web/static/${file}`, import.meta.url).href) as Promise<Record<string, any>>;
const web = await page("punctuation.js");
const { CITE_RE, citeNumbers } = await page("markdown.js");
const { splitSentences: webSplit } = await page("highlight.js");

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

describe("punctuation classes", () => {
  it("hold the full-width forms and the ASCII ones, code point by code point", () => {
    expect(codePoints(server.ZH_SENTENCE_END)).toEqual([0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b]);
    expect(codePoints(server.LIST_SEPARATORS)).toEqual([0x2c, 0xff0c, 0x3001]);
    expect(codePoints(server.SPEECH_PUNCT)).toEqual([0x3a, 0xff1a, 0x2c, 0xff0c]);
    expect(codePoints(server.MARKER_OPEN)).toEqual([0x5b, 0x3010]);
    expect(codePoints(server.MARKER_CLOSE)).toEqual([0x5d, 0x3011]);
    expect(codePoints(server.CLOSING_QUOTES)).toEqual([0x201d, 0x2019, 0x300d, 0x300f, 0x22]);
    expect(codePoints(server.TRAILING_PUNCT)).toEqual([...codePoints(server.ZH_SENTENCE_END), 0x2e, 0x2026, 0x3a, 0xff1a]);
    for (const cp of [0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x3002, 0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0x3001]) {
      expect(codePoints(server.SPACE_BEFORE_PUNCT)).toContain(cp);
    }
  });

  it("are the same strings on the web page as on the server", () => {
    // Every character-set string the server exports (regular-expression sources are built from them).
    const shared = Object.entries(server).filter(([k, v]) => typeof v === "string" && !k.endsWith("_SOURCE"));
    expect(shared.length).toBeGreaterThanOrEqual(9);
    for (const [name, value] of shared) expect(web[name], name).toBe(value);
    expect(web.charClass(web.LIST_SEPARATORS, "-")).toBe(server.charClass(server.LIST_SEPARATORS, "-"));
  });
});

describe("users of the classes", () => {
  it("cut Chinese sentences at every sentence mark", () => {
    const text = "第一句。第二句！第三句？第四句；第五句!第六句?第七句;第八句";
    expect(splitSentences(text, "zh")).toHaveLength(8);
    expect(webSplit(text)).toHaveLength(8);
  });

  it("place a marker before the final full-width mark and after a closing quote", () => {
    expect(attachMarker("超充站1055座。", "[1]", "zh")).toBe("超充站1055座[1]\u3002");
    expect(attachMarker("是这样吗？", "[2]", "zh")).toBe("是这样吗[2]\uff1f");
    expect(attachMarker("他说：“好。”", "[3]", "zh")).toBe("他说：“好。”[3]");
    expect(attachMarker("没有标点", "[4]", "zh")).toBe("没有标点[4]\u3002");
  });

  it("read citation markers with full-width separators and brackets, server and page alike", () => {
    const source = (n: number): Citation => ({ n, id: `p${n}`, doc: "d", city: null, kind: "intro", zh: "甲", en: "a", score: 1 });
    const sources = [source(1), source(2)];
    for (const raw of ["甲[1,2]。", "甲[1，2]。", "甲[1、2]。", "甲【1】【2】。", "甲[1][2]。", "甲【1，2】。"]) {
      const r = checkCitations(raw, sources);
      expect(r.answer, raw).toBe("甲[1][2]\u3002");
      expect(r.citations).toHaveLength(2);
      const stream = createMarkerRenumberer([1, 2]);
      expect(stream.push(raw) + stream.flush(), raw).toBe("甲[1][2]\u3002");
      expect(stripMarkers(raw), raw).toBe("甲\u3002");
    }
    const page = [..."甲[1，2]乙【3】".matchAll(CITE_RE as RegExp)].flatMap((m: RegExpMatchArray) => citeNumbers(m[1]!) as number[]);
    expect(page).toEqual([1, 2, 3]);
  });

  it("hold a marker split across stream chunks, full-width comma included", () => {
    const stream = createMarkerRenumberer([1, 2]);
    expect(stream.push("甲【1\uFF0C")).toBe("甲");
    expect(stream.push("2】。")).toBe("[1][2]\u3002");
  });

  it("find the speaker after a full-width or ASCII colon or comma", () => {
    for (const p of [":", "\uFF1A", ",", "\uFF0C"]) {
      expect(detectChineseQuote(`大连市前任市长陈绍旺指出${p}“要发展清洁能源。”`), p).toEqual({ isQuote: true, name: "陈绍旺" });
      expect(detectChineseQuote(`徐曙海市长表示${p}要落实节约战略。`).name, p).toBe("徐曙海");
    }
  });
});
