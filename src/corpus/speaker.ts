/**
 * Recognises a leader's quote and names its speaker, in either language.
 * zh: "徐曙海市长指出:…", "大连市前任市长陈绍旺指出,…"; en: "Mayor of Zhenjiang, XU Shuhai says: “…”".
 */

import { SPEECH_PUNCT, charClass } from "../text/punctuation.js";

/** A speech verb followed by ":", "：", "," or "，" (src/text/punctuation.ts). */
const ZH_SPEECH = new RegExp(`^(.{1,40}?)(指出|表示|强调|认为|说道|说)${charClass(SPEECH_PUNCT)}`, "u");
const ZH_TITLE = /(前任|原|常务)?(副)?(市委书记|区委书记|省委书记|书记|市长|区长|县长|省长|主任|局长|主席|负责人)/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

const EN_SPEECH =
  /^(.{0,160}?)\b(says|said|states|stated|notes|noted|emphasi[sz]es|emphasi[sz]ed|stresses|stressed|remarks|remarked|points out|pointed out)\b\s*[:,]?\s*[“"‘']/iu;
/** Pinyin names written with the surname in capitals: "XU Shuhai", "OUYANG Xiaoming". */
const EN_CAPS_NAME = /\b([A-Z]{2,}(?:[-\s][A-Z]{2,})?\s+[A-Z][a-z]+(?:[-'][A-Za-z][a-z]*)?)\b/u;

export interface QuoteInfo {
  isQuote: boolean;
  name?: string;
}

export function detectChineseQuote(text: string): QuoteInfo {
  const m = ZH_SPEECH.exec(text);
  if (!m) return { isQuote: false };
  const prefix = m[1]!.trim();
  const title = ZH_TITLE.exec(prefix);
  if (!title) return { isQuote: /[“”"]/.test(text) || prefix.length <= 6, name: HAN_NAME.test(prefix) ? prefix : undefined };
  const before = prefix.slice(0, title.index).trim();
  const after = prefix.slice(title.index + title[0].length).trim();
  // "大连市前任市长陈绍旺" puts the name after the title; "徐曙海市长" before it.
  if (HAN_NAME.test(after)) return { isQuote: true, name: after };
  const trailing = /(\p{Script=Han}{2,4})$/u.exec(before)?.[1];
  // A city name before the title ("深圳市长") is not a person: such a prefix ends in 市/区/省.
  const name = trailing && !/[市区省县]$/u.test(trailing) ? trailing : undefined;
  return { isQuote: true, name };
}

export function detectEnglishQuote(text: string): QuoteInfo {
  const m = EN_SPEECH.exec(text);
  if (!m) return { isQuote: false };
  const prefix = m[1]!;
  const caps = EN_CAPS_NAME.exec(prefix);
  if (caps) return { isQuote: true, name: caps[1] };
  // "Mayor of X, Jane Doe, says": the last comma-separated part that looks like a name.
  const parts = prefix.split(",").map((p) => p.trim()).filter(Boolean);
  const last = parts.reverse().find((p) => /^[A-Z][\p{L}'-]+(\s+[A-Z][\p{L}'-]+){1,3}$/u.test(p) && !/\bof\b/.test(p));
  return { isQuote: true, name: last };
}
