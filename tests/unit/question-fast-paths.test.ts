/**
 * The shortcuts a search takes for a question with nothing Chinese in it give what the full work gives: the script
 * conversion leaves ASCII as it is (no table of OpenCC's has an ASCII key), and a text with no Han character has no
 * Chinese word.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chineseWords } from "../../src/retrieval/topic.js";
import { mayConvert, toSimplified, toSimplifiedFull } from "../../src/text/script.js";

const questions = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "eval", "questions.json"), "utf8")) as { question: string }[]).map((q) => q.question);
const ASCII = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i));

describe("questions with nothing Chinese in them", () => {
  it("come back from the script conversion as the full conversion gives them", () => {
    // What makes the shortcut exact: no ASCII character can start a change.
    expect(mayConvert(ASCII)).toBe(false);
    expect(toSimplified(ASCII)).toBe(ASCII);
    for (const q of [...questions, "What did Shenzhen do?", "廣州為什麼要建通風廊道?", "Guangzhou 廣州 heat", ""]) expect(toSimplified(q), q).toBe(toSimplifiedFull(q));
  });

  it("have no Chinese words, and the others keep theirs", () => {
    expect(chineseWords("How many charging stations did Shenzhen build?")).toEqual([]);
    expect(chineseWords("café, naïve — 1,055 km²")).toEqual([]);
    expect(chineseWords("深圳建成了多少座超充站?")).not.toEqual([]);
    expect(chineseWords("Shenzhen 超充站 count")).toEqual(chineseWords("超充站"));
  });
});
