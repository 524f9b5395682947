/**
 * The fast paths of the index give the same answers as the plain ones: MaxScore BM25 = a full BM25 scan, the exact
 * sparse vector search = brute force, an incremental build = a full build of the same corpus, and the binary
 * passage files give back the passages they were given.
 */
import { closeSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { createEngine } from "../../src/engine.js";
import { KeywordIndex } from "../../src/retrieval/keyword-index.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { createTermAnalyzer, passageSearchText } from "../../src/retrieval/terms.js";
import { buildIndex } from "../../src/store/build-index.js";
import { openBinaryFile, writeBinaryFile } from "../../src/store/binary-file.js";
import { openKeywordPostings, readKeywordData, readKeywordPostings, writeKeywordFile } from "../../src/store/keyword-file.js";
import { loadIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { readPassagesFile, writePassagesFile } from "../../src/store/passages-file.js";
import { SparseVectorIndex } from "../../src/store/sparse-vector-index.js";
import { SparseRowsBuilder } from "../../src/store/sparse-vectors.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const { files, questions } = generateCorpus({ passages: 2_000, seed: 11, docs: 5 });
const passages = files.flatMap((f) => parseDocument(f.name, f.text));
const texts = passages.map(passageSearchText);
const queries = [...questions.map((q) => q.question), "城市", "the city", "深圳 超充站 1,055", "", "zzz-unknown"];

/** BM25 as a plain scan over every posting, sorted in full: the reference the fast search must equal. */
function fullScan(index: KeywordIndex, analyze: ReturnType<typeof createTermAnalyzer>, query: string, k: number) {
  const { terms, offsets, docs, freqs100, lengths100 } = index.toPostings();
  const n = lengths100.length;
  const ids = new Map(terms.map((t, i) => [t, i]));
  let total = 0;
  for (let i = 0; i < n; i++) total += lengths100[i]! / 100;
  const avg = total / n;
  const wanted = new Map<number, number>();
  for (const { term, weight } of analyze(query)) {
    const id = ids.get(term);
    if (id !== undefined) wanted.set(id, Math.max(wanted.get(id) ?? 0, weight));
  }
  const scores = new Map<number, number>();
  for (const [id, qWeight] of wanted) {
    const df = offsets[id + 1]! - offsets[id]!;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let j = offsets[id]!; j < offsets[id + 1]!; j++) {
      const doc = docs[j]!;
      const f = freqs100[j]! / 100;
      const norm = 1.2 * (1 - 0.75 + (0.75 * (lengths100[doc]! / 100)) / avg);
      scores.set(doc, (scores.get(doc) ?? 0) + qWeight * idf * ((f * 2.2) / (f + norm)));
    }
  }
  return [...scores].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
}

describe("BM25 search (MaxScore)", () => {
  const analyze = createTermAnalyzer();
  const index = KeywordIndex.build(texts, analyze);

  it("returns exactly what a full scan returns, scores to the last bit", () => {
    for (const k of [1, 3, 10, 40]) {
      for (const q of queries) expect(index.search(q, k), `${q} @${k}`).toEqual(fullScan(index, analyze, q, k));
    }
  });

  it("answers the same from its flat and its portable forms, and says which passages hold a term", () => {
    const again = KeywordIndex.fromData(index.toData(), analyze);
    for (const q of queries.slice(0, 40)) expect(again.search(q, 10)).toEqual(index.search(q, 10));
    for (const i of [0, 17, 999]) {
      const present = new Set(analyze(texts[i]!).map((t) => t.term));
      for (const term of [...present].slice(0, 50)) expect(index.contains(term, i)).toBe(true);
      expect(index.contains("e:nosuchword", i)).toBe(false);
    }
  });
});

describe("BM25 search (MaxScore) over posting lists long enough to prune", () => {
  // Words drawn with a Zipf-like skew, so the common ones sit in far more than 2,048 passages (pruning is only weighed
  // before such a list) and the rare ones in a few: the case MaxScore exists for.
  let seed = 5;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vocabulary = Array.from({ length: 400 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const pick = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * rand() ** 3))]!;
  const synthetic = Array.from({ length: 6_000 }, () => Array.from({ length: 25 + Math.floor(rand() * 20) }, pick).join(" "));
  const analyze = createTermAnalyzer();
  const index = KeywordIndex.build(synthetic, analyze);
  const synthQueries = Array.from({ length: 60 }, (_, i) =>
    [vocabulary[0], vocabulary[1 + (i % 5)], vocabulary[50 + i * 5], vocabulary[399 - i]].join(" "),
  );

  it("has lists past the pruning length, and prunes: reads fewer postings than the query's terms hold", () => {
    const { offsets } = index.toPostings();
    const longest = Math.max(...Array.from({ length: offsets.length - 1 }, (_, t) => offsets[t + 1]! - offsets[t]!));
    expect(longest).toBeGreaterThan(2_048);
    let pruned = 0;
    for (const q of synthQueries) {
      index.search(q, 5);
      if (index.lastSearch.postingsRead < index.lastSearch.postingsHeld) pruned++;
    }
    expect(pruned).toBeGreaterThan(synthQueries.length / 2);
  });

  it("returns exactly what a full scan returns when it prunes, scores to the last bit", () => {
    for (const k of [1, 5, 10]) {
      for (const q of synthQueries) expect(index.search(q, k), `${q} @${k}`).toEqual(fullScan(index, analyze, q, k));
    }
  });

  it("returns the same with every long list's bounds and the common terms' dense frequencies computed ahead (warmUp), in slices", async () => {
    const warmed = KeywordIndex.build(synthetic, analyze);
    const { offsets } = warmed.toPostings();
    const dfs = Array.from({ length: offsets.length - 1 }, (_, t) => offsets[t + 1]! - offsets[t]!);
    expect(dfs.some((df) => df >= 4_096)).toBe(true);
    // Terms in a fifth of the passages or more get a dense form: the queries below use several.
    expect(dfs.filter((df) => df >= synthetic.length / 5).length).toBeGreaterThan(5);
    expect(warmed.denseTerms).toBe(0);
    await warmed.warmUp(1_000);
    expect(warmed.denseTerms).toBeGreaterThan(5);
    // Queries in a row, so that no scratch state of one search leaks into the next.
    for (const k of [1, 5, 40]) for (const q of synthQueries) expect(warmed.search(q, k), `${q} @${k}`).toEqual(fullScan(warmed, analyze, q, k));
    const common = `${vocabulary.slice(0, 12).join(" ")} ${vocabulary[300]}`;
    for (const k of [1, 5, 40]) expect(warmed.search(common, k), `common @${k}`).toEqual(fullScan(warmed, analyze, common, k));
  });

  it("starts from a first bar the k-th best score reaches, and prunes from it", () => {
    let finite = 0;
    for (const q of synthQueries) {
      const hits = index.search(q, 10);
      const { firstBar } = index.lastSearch;
      expect(firstBar, q).toBeLessThanOrEqual(hits[hits.length - 1]!.score);
      if (firstBar > 0) finite++;
    }
    expect(finite).toBeGreaterThan(synthQueries.length / 2);
  });

  it("answers the same from a file read piece by piece with its frequencies coded in one byte; falls back past 256 of them; a cut file fails naming itself", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cqa-keyword-"));
    try {
      for (const [name, plain] of [["synthetic", KeywordIndex.build(synthetic, analyze)], ["corpus", index]] as const) {
        const path = join(dir, `${name}.bin`);
        await writeKeywordFile(path, plain.toPostings());
        const opened = await openKeywordPostings(path, "keyword.bin");
        expect("freqCodes" in opened).toBe(true);
        const coded = KeywordIndex.fromPostings(opened, analyze);
        expect(JSON.stringify(coded.toPostings().freqs100)).toBe(JSON.stringify(Uint16Array.from(plain.toPostings().freqs100)));
        const qs = name === "synthetic" ? synthQueries : queries;
        for (const k of [1, 5, 40]) for (const q of qs) expect(coded.search(q, k), `${q} @${k}`).toEqual(plain.search(q, k));
        await coded.warmUp(1_000);
        expect(coded.denseTerms).toBeGreaterThan(0);
        for (const q of qs) expect(coded.search(q, 5), q).toEqual(plain.search(q, 5));
      }
      // Coded on disk (one byte a posting); a file of two-byte frequencies (written before the codes) is coded as it is
      // read; both read whole give the same postings, plain for an incremental build.
      const corpusPath = join(dir, "corpus.bin");
      const plainPostings = index.toPostings();
      const onDisk = await openBinaryFile(corpusPath);
      closeSync(onDisk.fd);
      expect([onDisk.places.freqCodes?.type, onDisk.places.freqTable?.type, onDisk.places.freqs100]).toEqual(["u8", "u32", undefined]);
      const olderPath = join(dir, "older.bin");
      const { terms, offsets, docs, freqs100, lengths100 } = plainPostings;
      await writeBinaryFile(olderPath, { kind: "keyword", passages: lengths100.length, terms: terms.join("\n") }, { offsets, docs, freqs100: Uint16Array.from(freqs100), lengths100 });
      for (const path of [corpusPath, olderPath]) {
        const older = await openKeywordPostings(path);
        expect("freqCodes" in older).toBe(true);
        for (const q of queries) expect(KeywordIndex.fromPostings(older, analyze).search(q, 5), q).toEqual(index.search(q, 5));
        expect(Array.from((await readKeywordPostings(path)).freqs100)).toEqual(Array.from(freqs100));
      }
      expect("freqCodes" in (await readKeywordData(corpusPath))).toBe(true);
      expect("freqs100" in (await readKeywordData(olderPath))).toBe(true);
      // More than 256 distinct frequencies: read as they are, same answers.
      const many = KeywordIndex.build(Array.from({ length: 400 }, (_, i) => `${"城市 ".repeat(i + 1)} 交通`), analyze);
      const manyPath = join(dir, "many.bin");
      await writeKeywordFile(manyPath, many.toPostings());
      const wide = await openKeywordPostings(manyPath);
      expect("freqs100" in wide).toBe(true);
      expect(KeywordIndex.fromPostings(wide, analyze).search("城市 交通", 10)).toEqual(many.search("城市 交通", 10));
      // A common term with more than 15 distinct frequencies gets no dense form; the others do; same answers.
      const manyWarm = KeywordIndex.fromPostings(wide, analyze);
      await manyWarm.warmUp(1_000);
      expect(manyWarm.denseTerms).toBeGreaterThan(0);
      expect(manyWarm.denseTerms).toBeLessThan(many.toPostings().terms.length);
      for (const k of [1, 10, 40]) expect(manyWarm.search("城市 交通", k)).toEqual(fullScan(manyWarm, analyze, "城市 交通", k));
      // Cut short, or not an index file: fails, naming the file.
      const path = join(dir, "corpus.bin");
      const good = readFileSync(path);
      for (const cut of [8, 1_000, good.length - 100]) {
        writeFileSync(path, good.subarray(0, good.length - cut));
        await expect(openKeywordPostings(path, "keyword.bin")).rejects.toThrow(/keyword\.bin is truncated/);
      }
      writeFileSync(path, Buffer.from("nothing of the kind"));
      await expect(openKeywordPostings(path, "keyword.bin")).rejects.toThrow(/keyword\.bin is not an index file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("exact sparse vector search", () => {
  it("finds the brute-force top 10", async () => {
    const embeddings = new LocalEmbeddings();
    const rows = new SparseRowsBuilder(embeddings.dimensions);
    const vectors = texts.map((t) => embeddings.embed(t));
    for (const v of vectors) rows.addDense(v);
    const index = SparseVectorIndex.fromRows(passages.map((p) => p.id), rows.finish());
    for (const q of questions.slice(0, 30)) {
      const query = embeddings.embed(q.question);
      const exact = vectors
        .map((v, i) => ({ i, s: v.reduce((sum, x, d) => sum + x * query[d]!, 0) }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, 10);
      const hits = await index.search(query, 10);
      // Same passages, same order, allowing float-rounding ties.
      hits.forEach((h, r) => expect(h.similarity).toBeCloseTo(exact[r]!.s, 6));
    }
  });
});

describe("binary passage files", () => {
  it("give back the passages, key order and nulls included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cqa-passages-"));
    try {
      const sample = [...passages.slice(0, 50), { id: "x", doc: "d.txt", city: null, zh: null, en: "only English", kind: "intro" as const }];
      const hashes = sample.map((_, i) => i.toString(16).padStart(14, "0"));
      await writePassagesFile(join(dir, "p.bin"), sample, hashes);
      const back = await readPassagesFile(join(dir, "p.bin"));
      expect(JSON.stringify(back.passages)).toBe(JSON.stringify(sample));
      expect(back.hashes).toEqual(hashes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("incremental builds", () => {
  let root: string;
  const embeddings = new LocalEmbeddings();
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "cqa-incremental-"));
    mkdirSync(join(root, "corpus"));
    for (const f of files) writeFileSync(join(root, "corpus", f.name), f.text);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const build = (indexDir: string, incremental: boolean) =>
    buildIndex({ corpusDir: join(root, "corpus"), indexDir: join(root, indexDir), embeddings, embedderId: embeddings.id, incremental });
  const engineOf = async (indexDir: string) => {
    const dir = join(root, indexDir);
    const index = await loadIndex(dir, (await readManifest(dir))!, embeddings);
    return { index, engine: createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData }) };
  };
  const edit = (name: string, change: (lines: string[]) => string[]) => {
    const path = join(root, "corpus", name);
    writeFileSync(path, change(readFileSync(path, "utf8").split("\n")).join("\n"));
  };

  it("embeds only what changed, and answers exactly like a full build of the same corpus", async () => {
    await build("index", false);
    const names = files.map((f) => f.name).sort();
    edit(names[1]!, (l) => l.map((line, i) => (i === 7 ? line.replace(/\d+/, "98765") : line)));
    edit(names[2]!, (l) => [...l.slice(0, 10), ...l.slice(12)]);
    edit(names[3]!, (l) => [...l.slice(0, 3), l[5]!, l[6]!, l[3]!, l[4]!, ...l.slice(7)]);
    unlinkSync(join(root, "corpus", names[4]!));
    writeFileSync(join(root, "corpus", "zz-new.txt"), "新城 Newcity\n新城推进屋顶光伏建设，装机达到45万千瓦。\nNewcity is building rooftop solar, reaching 450,000 kilowatts.\n");
    const incremental = await build("index", true);
    expect(incremental.stats.reusedDocuments).toBe(1);
    expect(incremental.stats.embedded).toBeLessThan(10);
    await build("full", false);
    const [a, b] = [await engineOf("index"), await engineOf("full")];
    expect(JSON.stringify(a.index.passages)).toBe(JSON.stringify(b.index.passages));
    for (const q of [...queries.slice(0, 60), "Newcity rooftop solar", "98765"]) {
      expect(JSON.stringify(await a.engine.retriever.retrieve(q, 10))).toBe(JSON.stringify(await b.engine.retriever.retrieve(q, 10)));
      expect(a.engine.keyword.search(q, 40)).toEqual(b.engine.keyword.search(q, 40));
    }
    expect(new Set(a.index.keywordData.terms)).toEqual(new Set(b.index.keywordData.terms));
  });

  it("loads a large build's passages with their text left in the files: same passages and answers; a cut file fails the load, naming itself", async () => {
    await build("later", false);
    const dir = join(root, "later");
    const manifest = (await readManifest(dir))!;
    const now = await loadIndex(dir, manifest, embeddings, { verify: "now", searchThread: "off" });
    const later = await loadIndex(dir, manifest, embeddings, { verify: "later", searchThread: "off" });
    await later.verified;
    expect(JSON.stringify(later.passages)).toBe(JSON.stringify(now.passages));
    const engines = [now, later].map((index) => createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData }));
    for (const q of queries.slice(0, 30)) {
      expect(JSON.stringify(await engines[1]!.retriever.retrieve(q, 10))).toBe(JSON.stringify(await engines[0]!.retriever.retrieve(q, 10)));
    }
    // A passage file cut short (with its recorded size edited to match, so only the file's own structure can tell).
    const file = Object.keys(JSON.parse(readFileSync(join(dir, manifest.build, "checksums.json"), "utf8")).files).find((f) => f.startsWith("passages/"))!;
    const path = join(dir, manifest.build, file);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    const checksumsPath = join(dir, manifest.build, "checksums.json");
    const checksums = JSON.parse(readFileSync(checksumsPath, "utf8"));
    checksums.files[file].bytes = bytes.length - 100;
    writeFileSync(checksumsPath, JSON.stringify(checksums));
    await expect(loadIndex(dir, manifest, embeddings, { verify: "later", searchThread: "off" })).rejects.toThrow(file);
  });
});
