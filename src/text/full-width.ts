/**
 * Rewrites Chinese text with standard full-width punctuation ("，：；？！（）"), as real Chinese documents are written;
 * the seed corpus happens to use the ASCII forms inside Chinese. The evaluation runs on both versions of the corpus
 * and must score the same, so nothing in parsing, splitting or speaker detection may depend on which one it gets.
 * A comma or colon between two digits (1,055 / 10:30) is a number's, not a sentence's, and stays.
 */
import { detectLanguage } from "../corpus/language.js";

const FULL_WIDTH: Record<string, string> = {
  ",": "\uFF0C",
  ":": "\uFF1A",
  ";": "\uFF1B",
  "?": "\uFF1F",
  "!": "\uFF01",
  "(": "\uFF08",
  ")": "\uFF09",
};

/** One line of Chinese with its ASCII punctuation made full-width; other lines unchanged. */
export function fullWidthLine(line: string): string {
  if (detectLanguage(line) !== "zh") return line;
  return line.replace(/[,:;?!()]/g, (ch, at: number) => {
    const between = /\d/.test(line[at - 1] ?? "") && /\d/.test(line[at + 1] ?? "");
    return between && (ch === "," || ch === ":") ? ch : FULL_WIDTH[ch]!;
  });
}

/** A document with every Chinese line rewritten (line ends kept). */
export function fullWidthDocument(text: string): string {
  return text.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 === 0 ? fullWidthLine(part) : part)).join("");
}
