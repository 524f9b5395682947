/**
 * The ingest's fast paths give what the algorithms they replace gave, on varied text: the script fold's
 * "nothing to convert" check (src/text/script.ts) against OpenCC's full conversion, and the trie-based concept
 * matcher (src/retrieval/concepts.ts) against the previous scan (kept here as the reference).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dedupeKey, withoutPunctuation } from "../../src/corpus/dedupe.js";
import { decodeText, plausibility } from "../../src/corpus/decode.js";
import { detectLanguage } from "../../src/corpus/language.js";
import { createConceptMatcher, type ConceptSpan } from "../../src/retrieval/concepts.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer } from "../../src/retrieval/terms.js";
import { activeGlossary, type ConceptGroup } from "../../src/retrieval/glossary.js";
import { KeywordIndexBuilder } from "../../src/retrieval/keyword-index-builder.js";
import { analyze, cachedStem, englishWords, SharedTerm, termNumber } from "../../src/retrieval/tokenize.js";
import { SparseRowsBuilder } from "../../src/store/sparse-vectors.js";
import { mayConvert, toSimplified, toSimplifiedFast, toSimplifiedFull } from "../../src/text/script.js";
import { toTraditional } from "../../src/text/to-traditional.js";
import { fnv1a } from "../../src/util/hash.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const SEED = readFileSync(new URL("../../corpus/cities-climate-action.txt", import.meta.url), "utf8").split("\n");
const GENERATED = generateCorpus({ passages: 1_500, seed: 7, docs: 3 }).files.flatMap((f) => f.text.split("\n"));

/** Lines of every kind: the seed corpus, generated passages, their Traditional forms, mixtures and edge cases. */
function samples(): string[] {
  const lines = [...SEED, ...GENERATED].filter((l) => l.trim());
  const traditional = lines.filter((_, i) => i % 7 === 0).map((l) => toTraditional(l));
  const hongKong = ["香港的電動車充電樁數目", "綫路", "裏面", "着重", "衞生", "峯值", "羣眾", "戶外", "溫室氣體", "兌現", "稅收", "台灣", "臺灣"];
  const edge = [
    "",
    " ",
    "ASCII only, with digits 1,055 and 10:30.",
    "全角标点：，。！？（）【】「」『』",
    "ＦＵＬＬ－ＷＩＤＴＨ　ＬＡＴＩＮ　１２３",
    "Mixed 深圳市電動車 and 深圳市电动车 in one line",
    "𠀀𠀁 astral Han 𪚥 and emoji 🚗⚡",
    "\uD800 lone surrogate \uDC00",
    "⿰氵青 ideographic description",
    "上梁不正下梁歪，挑大梁，桥梁，沈阳，覆盖，坏了，瞭望",
    "乾隆 乾燥 干部 幹部 後來 后来 發展 头发",
    "Электромобили и ζώνες — other scripts",
  ];
  const mixed = lines.slice(0, 200).map((l, i) => `${l} ${traditional[i % traditional.length] ?? ""}`);
  return [...lines, ...traditional, ...hongKong, ...edge, ...mixed];
}

describe("Traditional → Simplified fold", () => {
  it("gives OpenCC's full conversion on every sample, converting only where it can change something", () => {
    let skipped = 0;
    for (const text of samples()) {
      expect(toSimplifiedFast(text), text).toBe(toSimplifiedFull(text));
      if (!mayConvert(text)) {
        skipped++;
        expect(toSimplifiedFull(text), text).toBe(text);
      }
    }
    expect(skipped, "most text needs no conversion").toBeGreaterThan(1_000);
    expect(toSimplifiedFast("廣州為什麼要建通風廊道?")).toBe("广州为什么要建通风廊道?");
    expect(toSimplified("廣州為什麼要建通風廊道?")).toBe("广州为什么要建通风廊道?");
    expect(mayConvert("深圳市電動車")).toBe(true);
    expect(mayConvert("Shenzhen electrified its buses.")).toBe(false);
  });

  it("folds every single character the tables know as OpenCC does", () => {
    // Every code point of the CJK blocks and the compatibility ideographs, one at a time and in pairs.
    const ranges: [number, number][] = [[0x2e80, 0x2fff], [0x3000, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff00, 0xffef]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (toSimplifiedFast(ch) !== toSimplifiedFull(ch)) expect(toSimplifiedFast(ch), `U+${cp.toString(16)}`).toBe(toSimplifiedFull(ch));
        if (!mayConvert(ch) && toSimplifiedFull(ch) !== ch) expect.fail(`U+${cp.toString(16)} changes but is not flagged`);
      }
    }
  });

  it("takes punctuation out as the regular expression did", () => {
    for (const text of [...samples(), "🚗⚡a🚗", "\uD83D", "a\uDE97b", "、。", "x\u3000y\u00A0z\tw", "—–-"]) {
      expect(withoutPunctuation(text), text).toBe(text.replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ""));
    }
  });

  it("keeps de-duplication keys as they were", () => {
    expect(dedupeKey("深圳市電動車，推廣！")).toBe(dedupeKey("深圳市电动车,推广!"));
    expect(dedupeKey(null)).toBe("");
  });
});

/** The concept matcher before the tries (commit 61325af), kept as the reference. */
function referenceMatcher(groups: ConceptGroup[]) {
  const MAX_EN_WORDS = 4;
  const english = new Map<string, Set<string>>();
  const englishPrefixes = new Set<string>();
  const chinese = new Map<number, { term: string; ids: Set<string> }[]>();
  for (const group of groups) {
    for (const phrase of group.en) {
      const key = englishWords(phrase).map(cachedStem).join(" ");
      if (!key) continue;
      if (!english.has(key)) english.set(key, new Set());
      english.get(key)!.add(group.id);
      const words = key.split(" ");
      for (let len = 1; len < words.length; len++) englishPrefixes.add(words.slice(0, len).join(" "));
    }
    for (const term of group.zh) {
      if (!term) continue;
      const first = term.charCodeAt(0);
      const list = chinese.get(first) ?? [];
      const existing = list.find((e) => e.term === term);
      if (existing) existing.ids.add(group.id);
      else list.push({ term, ids: new Set([group.id]) });
      chinese.set(first, list);
    }
  }
  for (const list of chinese.values()) list.sort((a, b) => b.term.length - a.term.length);
  const lowestFirst = Math.min(...chinese.keys());
  function scan(text: string, onMatch: (ids: Set<string>, stems: string[], from: number, to: number, zh: string) => void): void {
    const stems = englishWords(text).map(cachedStem);
    for (let i = 0; i < stems.length; i++) {
      let phrase = "";
      for (let len = 1; len <= MAX_EN_WORDS && i + len <= stems.length; len++) {
        phrase = len === 1 ? stems[i]! : `${phrase} ${stems[i + len - 1]}`;
        const ids = english.get(phrase);
        if (ids) onMatch(ids, stems, i, i + len, "");
        if (!englishPrefixes.has(phrase)) break;
      }
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < lowestFirst) continue;
      const list = chinese.get(code);
      if (!list) continue;
      const hit = list.find((e) => text.startsWith(e.term, i));
      if (hit) {
        onMatch(hit.ids, stems, 0, 0, hit.term);
        i += hit.term.length - 1;
      }
    }
  }
  return {
    find(text: string): string[] {
      const found: string[] = [];
      scan(text, (ids) => found.push(...ids));
      return found;
    },
    findSpans(text: string): ConceptSpan[] {
      const spans: ConceptSpan[] = [];
      scan(text, (ids, stems, from, to, zh) => {
        for (const id of ids) spans.push({ id, stems: stems.slice(from, to), zh });
      });
      return spans;
    },
  };
}

describe("concept matcher", () => {
  const glossary = activeGlossary();
  // A glossary with the awkward cases: a five-word phrase (never matched), phrases sharing prefixes, a term that is a
  // prefix of another, one term in two groups, a one-character term, an astral character.
  const custom: ConceptGroup[] = [
    { id: "a", en: ["electric vehicle charging network of the city", "electric vehicle", "electric"], zh: ["充电", "充电桩", "电"] },
    { id: "b", en: ["electric vehicle charging", "vehicle charging"], zh: ["充电桩", "桩", "𠀀𠀁"] },
    { id: "c", en: ["charging network", "the city"], zh: ["城市", "城"] },
  ];

  it("finds what the previous matcher found, in the same order, with the same spans", () => {
    const texts = [
      ...samples(),
      "Electric vehicle charging network of the city: electric vehicles, the city's charging networks.",
      "充电桩充电城市城𠀀𠀁电 electric vehicle charging",
    ];
    for (const groups of [glossary, custom]) {
      const now = createConceptMatcher(groups);
      const before = referenceMatcher(groups);
      for (const text of texts) {
        expect(now.find(text), text).toEqual(before.find(text));
        expect(now.findSpans(text), text).toEqual(before.findSpans(text));
      }
    }
  });

  it("finds nothing in empty or unrelated text", () => {
    const m = createConceptMatcher();
    expect(m.find("")).toEqual([]);
    expect(createConceptMatcher([]).find("充电桩 electric vehicle")).toEqual([]);
  });

  it("language detection is unchanged by the no-Han shortcut", () => {
    expect(detectLanguage("See https://example.com/x and content_5644613 at 10km")).toBe("en");
    expect(detectLanguage("https://example.com/x content_5644613 10km")).toBe("en");
    expect(detectLanguage("https://example.com 10km", "zh")).toBe("zh");
  });
});

describe("analysis and embedding with shared terms", () => {
  it("analyzes the same text the same way every time (cached terms are not changed by callers)", () => {
    const terms = createTermAnalyzer();
    const texts = samples().slice(0, 400);
    const first = texts.map((t) => JSON.stringify(terms(t)));
    for (const t of texts) terms(t).push({ term: "x:caller", weight: 9 });
    expect(texts.map((t) => JSON.stringify(terms(t)))).toEqual(first);
    expect(analyze("深圳 2,016 electric 深圳").map((t) => [t.term, t.weight])).toEqual([
      ["u:深", 0.3], ["z:深圳", 1], ["u:圳", 0.3], ["n:2016", 0.7], ["e:electr", 1], ["u:深", 0.3], ["z:深圳", 1], ["u:圳", 0.3],
    ]);
  });

  it("embed gives the vector of the map-per-text embedding it replaced, to the bit, for every dimension count", () => {
    const matcher = createConceptMatcher();
    for (const dimensions of [512, 64, 7]) {
      const embedder = new LocalEmbeddings({ dimensions });
      for (const text of [...samples(), "", "充电桩 charging pile 充电桩 charging pile"]) {
        expect(Array.from(embedder.embed(text)), text).toEqual(Array.from(mapPerTextEmbedding(text, matcher.find(text), dimensions)));
      }
    }
  });

  it("embedTerms gives embed's vector to the bit, text after text, for every dimension count", () => {
    const terms = createTermAnalyzer();
    for (const dimensions of [512, 64, 7]) {
      const embedder = new LocalEmbeddings({ dimensions });
      for (const text of [...samples(), "", "充电桩 charging pile 充电桩 charging pile"]) {
        expect(Array.from(embedder.embedTerms(terms(text))), text).toEqual(Array.from(embedder.embed(text)));
      }
    }
  });
});

describe("term numbers (the keyword builder and the embedder index arrays by them)", () => {
  /** The builder's previous addTerms: a map lookup per occurrence, kept here as the reference. */
  function runsByStringMap(passages: { term: string; weight: number }[][]) {
    const ids = new Map<string, number>();
    const terms: string[] = [];
    const runs: [number, number][][] = [];
    const lengths: number[] = [];
    for (const passage of passages) {
      const tf = new Map<number, number>();
      let length = 0;
      for (const { term, weight } of passage) {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = terms.push(term) - 1));
        tf.set(id, (tf.get(id) ?? 0) + weight);
        length += weight;
      }
      runs.push([...tf].map(([id, f]) => [id, Math.round(f * 100)]));
      lengths.push(Math.round(length * 100));
    }
    return { terms, runs, lengths };
  }
  const runsOf = (r: ReturnType<KeywordIndexBuilder["finishRuns"]>) => ({
    terms: r.terms,
    runs: Array.from({ length: r.lengths100.length }, (_, p) =>
      Array.from({ length: r.runOffsets[p + 1]! - r.runOffsets[p]! }, (_, k) => [r.runTerms[r.runOffsets[p]! + k]!, r.runFreqs[r.runOffsets[p]! + k]!]),
    ),
    lengths: Array.from(r.lengths100),
  });

  it("keyword runs are the string map's, whether terms are shared, plain or new objects with the same strings", () => {
    const analyzer = createTermAnalyzer();
    const passages = samples().slice(0, 1_500).map((t) => analyzer(t));
    const expected = runsByStringMap(passages);
    const shared = new KeywordIndexBuilder(analyzer);
    const plain = new KeywordIndexBuilder(analyzer);
    const mixed = new KeywordIndexBuilder(analyzer);
    for (const [i, terms] of passages.entries()) {
      shared.addTerms(terms);
      plain.addTerms(terms.map((t) => ({ term: t.term, weight: t.weight })));
      mixed.addTerms(i % 2 ? terms : terms.map((t) => new SharedTerm(t.term, t.weight)));
    }
    expect(runsOf(shared.finishRuns())).toEqual(expected);
    expect(runsOf(plain.finishRuns())).toEqual(expected);
    expect(runsOf(mixed.finishRuns())).toEqual(expected);
  });

  it("equal strings get one number, different strings different numbers", () => {
    const a = new SharedTerm("e:numbered-test", 1);
    const b = new SharedTerm("e:numbered-test", 0.5);
    expect(SharedTerm.numberOf(a)).toBe(SharedTerm.numberOf(b));
    expect(SharedTerm.numberOf({ term: "e:numbered-test", weight: 1 })).toBe(SharedTerm.numberOf(a));
    expect(SharedTerm.numberOf(new SharedTerm("e:numbered-other", 1))).not.toBe(SharedTerm.numberOf(a));
    expect(termNumber("e:numbered-test")).toBe(SharedTerm.numberOf(a));
  });

  it("sparse embedding gives addDense(embedTerms(...))'s rows to the bit, text after text, for every dimension count", () => {
    const analyzer = createTermAnalyzer();
    const texts = [...samples(), "", "充电桩 charging pile 充电桩 charging pile"];
    for (const dimensions of [512, 64, 7, 1000]) {
      const embedder = new LocalEmbeddings({ dimensions });
      const dense = new SparseRowsBuilder(dimensions);
      const sparse = new SparseRowsBuilder(dimensions);
      for (const text of texts) {
        const terms = analyzer(text);
        dense.addDense(embedder.embedTerms(terms));
        const v = embedder.embedTermsSparse(terms);
        sparse.addSparse(v.dims, v.values, v.count);
      }
      const [a, b] = [dense.finish(), sparse.finish()];
      expect(Buffer.from(b.offsets.buffer).equals(Buffer.from(a.offsets.buffer)), `offsets, ${dimensions}`).toBe(true);
      expect(Buffer.from(b.dims.buffer).equals(Buffer.from(a.dims.buffer)), `dims, ${dimensions}`).toBe(true);
      expect(Buffer.from(b.values.buffer).equals(Buffer.from(a.values.buffer)), `values, ${dimensions}`).toBe(true);
    }
  });
});

describe("reading documents", () => {
  /** plausibility before the code-unit loop (commit 61325af). */
  function referencePlausibility(text: string): number {
    const ordinary = (cp: number) =>
      cp === 9 || cp === 10 || cp === 13 || !(cp < 32 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff));
    let n = 0;
    let total = 0;
    for (const ch of text) {
      total++;
      if (ordinary(ch.codePointAt(0)!)) n++;
    }
    return total === 0 ? 0 : n / total;
  }

  it("scores text as before, by code point", () => {
    const odd = ["", "\u0000\u0001abc", "\uD83D\uDE97\uD83D", "\uDE97x", "\uE000\uF8FF\uFFFD\u007F\u009F\u00A0", "\t\r\n", "\uDBFF\uDFFF\uDB80\uDC00"];
    for (const text of [...samples(), ...odd, samples().join("\n")]) expect(plausibility(text), text).toBe(referencePlausibility(text));
  });

  it("still tells white space only and binary from text", () => {
    expect(decodeText(new TextEncoder().encode(" \n\t\u3000\n"))).toMatchObject({ ok: false, reason: "empty file (only white space)" });
    expect(decodeText(new TextEncoder().encode("深圳 Shenzhen\n"))).toMatchObject({ ok: true });
    expect(decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 65]))).toMatchObject({ ok: false });
  });
});

/**
 * The built-in embedder as it was before its feature table: features counted in a map per text (first-seen order,
 * first occurrence's weight times 1 + ln(count)), folded by FNV-1a with the top bit as sign, L2-normalised.
 */
function mapPerTextEmbedding(text: string, conceptIds: string[], dimensions: number): Float32Array {
  const slots = new Map<string, number>();
  const features: { term: string; tf: number; weight: number }[] = [];
  const add = (term: string, weight: number) => {
    const slot = slots.get(term);
    if (slot === undefined) {
      slots.set(term, features.length);
      features.push({ term, tf: 1, weight });
    } else features[slot]!.tf++;
  };
  for (const t of analyze(text)) add(t.term, t.weight);
  for (const id of conceptIds) add(`c:${id}`, 1.2);
  const vector = new Float32Array(dimensions);
  for (const f of features) {
    const weight = f.weight * (1 + Math.log(f.tf));
    const h = fnv1a(f.term);
    vector[h % dimensions]! += h & 0x80000000 ? -weight : weight;
  }
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}
