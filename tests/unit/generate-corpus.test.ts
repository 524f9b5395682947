import { describe, expect, it } from "vitest";
import { CITIES, romanizeGiven } from "../bench/cities.js";
import { dec, grp, TEMPLATES } from "../bench/corpus-templates.js";
import { generateCorpus, type GeneratedFile } from "../bench/generate-corpus.js";

const HEADING = /^\p{Script=Han}+ [A-Z][A-Za-z' -]+$/u;
const HAN = /\p{Script=Han}/u;
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

interface Parsed {
  intro: string[];
  sections: { heading: string; pairs: [string, string][] }[];
}

/** Parses a document the way the corpus format is defined; throws on any structural violation. */
function parse(f: GeneratedFile): Parsed {
  expect(f.text.endsWith("\n"), `${f.name} ends with a newline`).toBe(true);
  const lines = f.text.slice(0, -1).split("\n");
  const out: Parsed = { intro: [], sections: [] };
  let i = 0;
  while (i < lines.length && !HEADING.test(lines[i]!)) out.intro.push(lines[i++]!);
  while (i < lines.length) {
    const heading = lines[i++]!;
    const pairs: [string, string][] = [];
    while (i < lines.length && !HEADING.test(lines[i]!)) {
      const zh = lines[i]!, en = lines[i + 1];
      expect(HAN.test(zh), `${f.name}:${i + 1} should be Chinese: ${zh.slice(0, 60)}`).toBe(true);
      expect(en !== undefined && !HEADING.test(en) && !HAN.test(en), `${f.name}:${i + 2} should be English`).toBe(true);
      pairs.push([zh, en!]);
      i += 2;
    }
    out.sections.push({ heading, pairs });
  }
  return out;
}

const countPassages = (files: GeneratedFile[]) =>
  files.reduce((n, f) => n + parse(f).sections.reduce((m, s) => m + s.pairs.length, 0), 0);

const base = generateCorpus({ passages: 3000, seed: 42 });

describe("generateCorpus", () => {
  it("is deterministic: same seed → byte-identical output, different seed → different text", () => {
    const again = generateCorpus({ passages: 3000, seed: 42 });
    expect(again.files).toEqual(base.files);
    expect(again.questions).toEqual(base.questions);
    const other = generateCorpus({ passages: 3000, seed: 43 });
    expect(other.files.map((f) => f.name)).toEqual(base.files.map((f) => f.name));
    expect(other.files.map((f) => f.text)).not.toEqual(base.files.map((f) => f.text));
  });

  it.each([
    [1, undefined],
    [2, undefined],
    [17, undefined],
    [999, undefined],
    [3000, undefined],
    [10_000, undefined],
    [5_000, 3],
    [250, 7],
  ])("meets the requested passage count exactly (%i passages, docs=%s)", (passages, docs) => {
    const { files } = generateCorpus({ passages, seed: 7, docs });
    if (docs !== undefined) expect(files).toHaveLength(docs);
    expect(countPassages(files)).toBe(passages);
  });

  it("keeps documents at 200-2,000 passages and several cities per document", () => {
    for (const passages of [10_000, 100_000]) {
      const { files } = generateCorpus({ passages, seed: 1, questions: 0 });
      expect(files.length).toBe(passages / 1000);
      for (const f of files) {
        // Light-weight count (structure is checked in detail on smaller corpora).
        const lines = f.text.split("\n").filter(Boolean);
        const headings = lines.filter((l) => HEADING.test(l)).length;
        const n = (lines.length - headings - 2) / 2; // 2 intro lines
        expect(n).toBeGreaterThanOrEqual(200);
        expect(n).toBeLessThanOrEqual(2000);
        expect(headings).toBeGreaterThan(10);
      }
    }
  });

  it("writes well-formed documents: intro, headings, zh→en pairs, initiatives then quotes", () => {
    const names = new Set<string>();
    for (const f of base.files) {
      expect(f.name).toMatch(/^\d{3}-\d{4}-[a-z-]+\.txt$/);
      expect(names.has(f.name)).toBe(false);
      names.add(f.name);
      const p = parse(f);
      expect(p.intro.length).toBeGreaterThan(0);
      expect(p.intro.length % 2).toBe(0);
      const seen = new Set<string>();
      for (const s of p.sections) {
        expect(s.heading).toMatch(HEADING);
        const [zh, en] = [s.heading.slice(0, s.heading.indexOf(" ")), s.heading.slice(s.heading.indexOf(" ") + 1)];
        expect(CITIES).toContainEqual({ zh, en });
        expect(seen.has(zh), `${zh} appears once per document`).toBe(false);
        seen.add(zh);
        expect(s.pairs.length).toBeGreaterThan(0);
        const quotes = s.pairs.filter(([, e]) => / says: “.*”$/.test(e));
        expect(quotes.length).toBeGreaterThanOrEqual(1);
        expect(quotes.length).toBeLessThanOrEqual(2);
        // quotes come last
        expect(s.pairs.slice(-quotes.length)).toEqual(quotes);
        for (const [qz, qe] of quotes) {
          expect(qz).toMatch(/(市长|市委书记)(指出|表示)[,:]|市委书记\p{Script=Han}+表示:|前任市长\p{Script=Han}+指出,/u);
          expect(qe).toMatch(new RegExp(`^(Former )?(Mayor|Municipal Party Secretary) of ${en}, [A-Z]+ [A-Z][a-z']+,? says: “`));
        }
      }
    }
  });

  it("reuses cities across documents and years", () => {
    const docsPerCity = new Map<string, number>();
    for (const f of base.files) for (const s of parse(f).sections) docsPerCity.set(s.heading, (docsPerCity.get(s.heading) ?? 0) + 1);
    expect(Math.max(...docsPerCity.values())).toBeGreaterThan(1);
    expect(new Set(base.files.map((f) => f.name.slice(4, 8))).size).toBeGreaterThan(1);
  });

  it("emits ~200 unambiguous questions, half zh half en, whose expectedText occurs once in the corpus", () => {
    const { questions, files } = generateCorpus({ passages: 10_000, seed: 42 });
    expect(questions).toHaveLength(200);
    expect(questions.filter((q) => q.lang === "zh")).toHaveLength(100);
    const all = files.map((f) => f.text).join("\n");
    const byName = new Map(files.map((f) => [f.name, parse(f)]));
    const keys = new Set<string>();
    for (const q of questions) {
      expect(q.question).toContain(String(q.year));
      expect(q.question).toContain(q.lang === "zh" ? q.city.zh : q.city.en);
      expect(HAN.test(q.question)).toBe(q.lang === "zh");
      expect(all.indexOf(q.expectedText)).toBe(all.lastIndexOf(q.expectedText));
      const doc = byName.get(q.doc);
      expect(doc, q.doc).toBeDefined();
      const section = doc!.sections.find((s) => s.heading === `${q.city.zh} ${q.city.en}`);
      expect(section, `${q.city.en} in ${q.doc}`).toBeDefined();
      const hits = section!.pairs.filter(([zh, en]) => (q.lang === "zh" ? zh : en).includes(q.expectedText));
      expect(hits).toHaveLength(1);
      expect((q.lang === "zh" ? hits[0]![0] : hits[0]![1]).includes(q.answer)).toBe(true);
      const key = `${q.doc}|${q.city.en}|${q.topic}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });
});

describe("bilingual figures and names", () => {
  it("formats numbers consistently", () => {
    expect(grp(1055)).toBe("1,055");
    expect(grp(2400)).toBe("2,400");
    expect(dec(133, 2)).toBe("1.33");
    expect(dec(610, 1)).toBe("61");
    expect(dec(9583, 2)).toBe("95.83");
    expect(dec(12345678, 1, true)).toBe("1,234,567.8");
    expect(dec(5, 1)).toBe("0.5");
  });

  it("keeps zh and en figures of each template consistent", () => {
    // Every number written in an expected zh substring must appear (possibly scaled for 万/亿) in its English text.
    const { files } = generateCorpus({ passages: 2000, seed: 3, questions: 0 });
    const ok = (zh: string, en: string) => {
      const enNums = new Set((en.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((s) => Number(s.replace(/,/g, ""))));
      for (const w of en.toLowerCase().match(/\b[a-z]+\b/g) ?? []) if (WORDS.includes(w)) enNums.add(WORDS.indexOf(w));
      const scale = (unit: string | undefined) => (unit === "万" ? 1e4 : unit === "亿" ? 1e8 : 1);
      for (const m of zh.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)) {
        const v = Number(m[1]) * scale(m[2]);
        const candidates = [v, v / 1e6, v / 1e9]; // plain, "… million", "… billion"
        if (![...enNums].some((n) => candidates.some((c) => Math.abs(c - n) < 1e-6 * Math.max(1, n)))) return `${m[0]} not in: ${en}`;
      }
      return null;
    };
    for (const f of files)
      for (const s of parse(f).sections)
        for (const [zh, en] of s.pairs) {
          if (/ says: “/.test(en)) continue;
          expect(ok(zh, en)).toBeNull();
        }
  });

  it("has ≥120 real cities with unique, non-overlapping names", () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(120);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(30);
    for (const c of CITIES) expect(`${c.zh} ${c.en}`).toMatch(HEADING);
    for (const a of CITIES)
      for (const b of CITIES) {
        if (a === b) continue;
        expect(b.zh.includes(a.zh), `${a.zh} ⊂ ${b.zh}`).toBe(false);
        expect(b.en.toLowerCase().includes(a.en.toLowerCase()), `${a.en} ⊂ ${b.en}`).toBe(false);
      }
  });

  it("romanises given names with the pinyin apostrophe rule", () => {
    expect(romanizeGiven(["shu", "hai"])).toBe("Shuhai");
    expect(romanizeGiven(["jian", "an"])).toBe("Jian'an");
    expect(romanizeGiven(["gang"])).toBe("Gang");
  });
});
