/**
 * Bytes of a text document → its text, or why it is not text. People save "plain text" as UTF-8 with or without
 * a BOM, as UTF-16 (Windows Notepad's "Unicode", sometimes without a BOM) or in GB18030/GBK (older Chinese Windows);
 * junk in a corpus folder is binary, NUL-filled or empty. The detector (chardet) is asked only when the bytes are
 * not valid UTF-8, and every candidate decoding is checked for being plausible text before it is trusted.
 */
import chardet from "chardet";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Share of characters that must be ordinary text for a guessed decoding to be believed. */
const PLAUSIBLE_SHARE = 0.9;
/** chardet's names for the Chinese encodings TextDecoder('gb18030') reads (GB18030 is a superset of GBK and GB2312). */
const CHINESE_ENCODINGS = new Set(["GB18030", "GBK", "GB2312", "EUC-CN"]);
/** chardet lists every encoding with a confidence (0–100); a Chinese one far down the list is no evidence. */
const MIN_CHINESE_CONFIDENCE = 50;

/** Ordinary text: letters of any script, digits, punctuation, symbols, spaces, tabs and line ends. */
function isOrdinary(cp: number): boolean {
  if (cp === 9 || cp === 10 || cp === 13) return true;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfffd) return false;
  if (cp >= 0xe000 && cp <= 0xf8ff) return false; // private use: what a wrong guess decodes to
  return true;
}

/** Share of ordinary characters; a Han-heavy or Latin text scores ~1, a wrong decoding or binary far less. */
export function plausibility(text: string): number {
  let ordinary = 0;
  let total = 0;
  // By code point, as `for (const ch of text)` would go, without making a string of each character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    total++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      if (isOrdinary(0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i) - 0xdc00))) ordinary++;
    } else if (isOrdinary(c)) ordinary++;
  }
  return total === 0 ? 0 : ordinary / total;
}

/** Share of characters in the common scripts (Latin, CJK, their punctuation): tells UTF-16 LE from BE. */
function commonScriptShare(text: string): number {
  let common = 0;
  let total = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    total++;
    if (cp < 0x250 || (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x3000 && cp < 0x3040) || (cp >= 0x4e00 && cp < 0xa000) || (cp >= 0xff00 && cp < 0xfff0)) common++;
  }
  return total === 0 ? 0 : common / total;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: the byte order whose decoding reads as common-script text, if either does. */
function guessUtf16(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  let best: Decoded | null = null;
  let bestShare = PLAUSIBLE_SHARE;
  for (const encoding of ["utf-16le", "utf-16be"]) {
    const text = tryDecode(bytes, encoding);
    if (text === null) continue;
    const share = Math.min(commonScriptShare(text), plausibility(text));
    if (share >= bestShare) {
      best = { ok: true, text, encoding };
      bestShare = share;
    }
  }
  return best;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(tryDecode(bytes.subarray(3), "utf-8"), "utf-8 (BOM)");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(tryDecode(bytes.subarray(2), "utf-16le"), "utf-16le (BOM)");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(tryDecode(bytes.subarray(2), "utf-16be"), "utf-16be (BOM)");
  const hasNul = bytes.includes(0);
  if (hasNul) {
    // Valid UTF-8 never needs NUL bytes; UTF-16 of Latin text is full of them, binary files too.
    return guessUtf16(bytes) ?? { ok: false, reason: "binary file (NUL bytes, not UTF-16 text)" };
  }
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return checked(utf8, "utf-8");
  // Not UTF-8. (UTF-16 without a BOM is only guessed above, from its NUL bytes: a line end or a digit has one. Bytes
  // of Latin text read as UTF-16 fall in the Han block too often for a guess without them to be safe.)
  const guesses = chardet.analyse(bytes);
  if (guesses.some((g) => CHINESE_ENCODINGS.has(g.name.toUpperCase()) && g.confidence >= MIN_CHINESE_CONFIDENCE)) {
    const text = tryDecode(bytes, "gb18030");
    if (text !== null && plausibility(text) >= PLAUSIBLE_SHARE) return { ok: true, text, encoding: "gb18030" };
  }
  const named = guesses[0]?.name;
  return { ok: false, reason: `not text in a supported encoding (UTF-8, UTF-16, GB18030)${named ? `; looks like ${named} or binary` : ""}` };
}

function checked(text: string | null, encoding: string): Decoded {
  if (text === null) return { ok: false, reason: `invalid ${encoding} text` };
  // Only white space (what trim() removes is what \s matches), found without copying the text.
  if (!/\S/.test(text)) return { ok: false, reason: "empty file (only white space)" };
  if (plausibility(text) < PLAUSIBLE_SHARE) return { ok: false, reason: "binary file (control characters)" };
  return { ok: true, text, encoding };
}
