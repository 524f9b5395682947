/**
 * The glossary as data: the shipped layers pass their schema, no entry is copied from an evaluation question, a bad
 * operator file is refused with its name, and an operator file changes retrieval after a rebuild that happens by
 * itself, for the built-in embedder and for one whose id does not record the glossary.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { analyzerFingerprint } from "../../src/retrieval/analyzer-fingerprint.js";
import { BUILTIN_GLOSSARY, BUILTIN_LAYERS, activeGlossary, parseGlossaryFile, setActiveGlossary } from "../../src/retrieval/glossary.js";
import { readGlossaryFile, useGlossaryFiles } from "../../src/retrieval/glossary-files.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { stem } from "../../src/retrieval/stem.js";
import { englishWords } from "../../src/retrieval/tokenize.js";
import { ensureIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { readSeedCorpus } from "../helpers/test-engine.js";

afterEach(() => setActiveGlossary(BUILTIN_GLOSSARY));

/**
 * The glossary files' hash (SHA-256 of both, in order, first 16 hex digits) when questions 35 onwards of each language
 * were written (commit 8963ccd and after; the glossary last changed in 5a6a51b, before them).
 */
const GLOSSARY_WHEN_BATCH_3_WAS_WRITTEN = "0e620447cdebe6c5";

describe("shipped glossary", () => {
  it("is two checked layers, general and material, with hundreds of concepts", () => {
    expect(BUILTIN_LAYERS.map((l) => l.layer)).toEqual(["general", "material"]);
    expect(BUILTIN_GLOSSARY.length).toBeGreaterThan(200);
    expect(new Set(BUILTIN_GLOSSARY.map((g) => g.id)).size).toBe(BUILTIN_GLOSSARY.length);
  });

  it("holds no entry copied from an evaluation question: none is in a question but nowhere in the corpus", () => {
    const corpus = readSeedCorpus();
    const files = ["questions.json", "questions-hant.json"].map((f) => new URL(`../eval/${f}`, import.meta.url));
    // Questions written after the glossary was last changed cannot have been copied into it; they use its words
    // because they ask as readers do. They are exempt only while the glossary stays as it was when they were
    // written: any change to its files brings every question back into the check.
    const glossaryFiles = ["glossary-general.json", "glossary-material.json"].map((f) => readFileSync(new URL(`../../src/retrieval/data/${f}`, import.meta.url)));
    const glossaryHash = createHash("sha256").update(Buffer.concat(glossaryFiles)).digest("hex").slice(0, 16);
    const writtenLater = glossaryHash === GLOSSARY_WHEN_BATCH_3_WAS_WRITTEN ? (id: string) => Number(id.split("-")[1]) >= 35 : () => false;
    const questions = files.flatMap((f) =>
      (JSON.parse(readFileSync(f, "utf8")) as { id: string; question: string }[]).filter((q) => !writtenLater(q.id)).map((q) => q.question),
    );
    // English entries are compared as stemmed word sequences (as they are matched), Chinese ones as substrings.
    const seq = (t: string) => ` ${englishWords(t).map(stem).join(" ")} `;
    const corpusSeq = seq(corpus);
    const questionSeqs = questions.map(seq);
    const copied: string[] = [];
    for (const g of BUILTIN_GLOSSARY) {
      for (const t of g.en) {
        const k = seq(t);
        if (k.trim() && questionSeqs.some((q) => q.includes(k)) && !corpusSeq.includes(k)) copied.push(`${g.id}: ${t}`);
      }
      for (const t of g.zh) if (questions.some((q) => q.includes(t)) && !corpus.includes(t)) copied.push(`${g.id}: ${t}`);
    }
    expect(copied).toEqual([]);
  });
});

describe("operator glossary files", () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), "glossary-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("are refused with the file's name and the wrong field", () => {
    const dir = tmp();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ layer: "x", groups: [{ id: "Not An Id", en: ["a"] }] }));
    expect(() => readGlossaryFile(bad)).toThrow(/bad\.json.*groups\.0\.id/);
    writeFileSync(bad, "{ not json");
    expect(() => readGlossaryFile(bad)).toThrow(/bad\.json/);
    expect(() => parseGlossaryFile({ groups: [] }, "inline")).toThrow(/inline.*layer/);
  });

  for (const embedder of ["built-in", "fixed-id"] as const) {
    it(`change retrieval after a rebuild that happens by itself (${embedder} embedder)`, async () => {
      const root = tmp();
      const corpusDir = join(root, "corpus");
      const indexDir = join(root, "index");
      mkdirSync(corpusDir);
      writeFileSync(join(corpusDir, "seed.txt"), readSeedCorpus());
      // A word no passage holds, made one concept with a word Shenzhen's passage holds by the operator's file: only
      // postings rebuilt with the new glossary carry that concept (stale ones, copied by an incremental build, do not).
      const question = "Where are the zorblat hubs?";
      const load = async () => {
        const embeddings = new LocalEmbeddings();
        const embedderId = embedder === "built-in" ? embeddings.id : "fixed-id-embedder";
        const logs: string[] = [];
        const index = await ensureIndex({ indexDir, corpusDir, embeddings, embedderId, log: (l) => logs.push(l), searchThread: "off" });
        const engine = createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData });
        return { engine, logs, manifest: await readManifest(indexDir) };
      };

      const before = await load();
      const hitsBefore = before.engine.keyword.search(question, 3);
      const file = join(root, "extra.json");
      writeFileSync(file, JSON.stringify({ layer: "operator", groups: [{ id: "zorblat", en: ["zorblat"], zh: ["超充站"] }] }));
      useGlossaryFiles([file]);
      expect(activeGlossary().find((g) => g.id === "zorblat")!.zh).toEqual(["超充站"]);

      const after = await load();
      expect(after.logs.join("\n")).toMatch(/needs a build: (analyzer|embedder) changed/);
      expect(after.manifest!.analyzer).toBe(analyzerFingerprint());
      expect(after.manifest!.analyzer).not.toBe(before.manifest!.analyzer);
      const hitsAfter = after.engine.keyword.search(question, 3);
      expect(hitsAfter.length).toBeGreaterThan(0);
      const top = after.engine.passages[hitsAfter[0]!.index]!;
      expect(top.city?.en).toBe("Shenzhen");
      expect(hitsBefore).toEqual([]);
      // Loading again with the same files finds the index fresh: no rebuild loop.
      const again = await load();
      expect(again.logs.join("\n")).not.toMatch(/needs a build/);
    });
  }
});
