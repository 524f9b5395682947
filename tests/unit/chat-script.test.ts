/**
 * The chat flow and the asker's script and language: a Traditional question answered, refused and cited in
 * Traditional script with the original kept on each card and the stream converted too; the 繁體 option for a
 * Simplified question; and a URL that never turns a Chinese question's answer English.
 */
import { describe, expect, it } from "vitest";
import { toSimplified } from "../../src/text/script.js";
import { sharedTestEngine } from "../helpers/test-engine.js";

const ask = async (question: string, extra: Record<string, unknown> = {}) =>
  (await sharedTestEngine()).chat.answer({ question, lang: "auto", ...extra } as never);

describe("chat in the asker's script", () => {
  it("answers a Traditional question in Traditional script, city and speaker names included, originals kept", async () => {
    const a = await ask("大連前任市長說了什麼?");
    expect(a.answerable).toBe(true);
    expect(a.script).toBe("hant");
    expect(a.answer).toContain("陳紹旺");
    expect(toSimplified(a.answer)).not.toBe(a.answer);
    const card = a.citations[0]!;
    expect(card.city).toEqual({ zh: "大連", en: "Dalian" });
    expect(card.speaker?.zh).toBe("陳紹旺");
    expect(card.original?.city).toEqual({ zh: "大连", en: "Dalian" });
    expect(card.original?.speaker?.zh).toBe("陈绍旺");
    expect(card.original?.zh).toBe(toSimplified(card.zh!));
  });

  it("refuses a Traditional question in Traditional script, naming the covered cities in it", async () => {
    const a = await ask("紅燒肉應該怎麼做?");
    expect(a.answerable).toBe(false);
    expect(a.script).toBe("hant");
    expect(a.answer).toMatch(/鎮江/);
    expect(a.answer).not.toMatch(/镇江/);
    // The suggested questions too (they are asked back as shown), and no catalogue count is flagged as unsupported.
    expect(a.suggestions?.length).toBeGreaterThan(0);
    expect(a.suggestions!.join("")).toMatch(/鎮江/);
    expect(a.suggestions!.join("")).not.toMatch(/镇江/);
    expect(a.warnings ?? []).toEqual([]);
  });

  it("converts the stream as it goes, and answers a Simplified question in Traditional when asked to", async () => {
    const engine = await sharedTestEngine();
    let streamed = "";
    for await (const e of engine.chat.events({ question: "深圳建成了多少座超充站?", lang: "auto", script: "hant" } as never)) {
      if (e.type === "token") streamed += e.data.text;
      if (e.type === "done") {
        expect(e.data.script).toBe("hant");
        expect(e.data.answer).toMatch(/實現|續航|範圍|數量/);
      }
    }
    expect(streamed).toMatch(/實現|續航|範圍|數量/);
    const plain = await ask("深圳建成了多少座超充站?");
    expect(plain.script).toBe("hans");
  });

  it("answers a Chinese question that cites a web page by its address in Chinese", async () => {
    const a = await ask("深圳建成了多少座超充站? 见 https://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/content/post_10234567.html");
    expect(a.lang).toBe("zh");
    expect(a.answer).toContain("1055");
  });
});
