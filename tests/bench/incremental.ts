/**
 * Re-ingest after one document of the 10k corpus changes, against a full build of the same corpus, in the same
 * process, both warmed up by one untimed run: (a) one paragraph edited (a figure changed), (b) the whole document
 * rewritten (every figure changed).
 * Also checks that the incremental index answers exactly like a full build of the same corpus.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { buildIndex, type BuildResult } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { parseDocument } from "../../src/corpus/parse.js";
import { createEngine } from "../../src/engine.js";
import type { Corpus } from "./lib/corpora.js";
import { median, round } from "./lib/stats.js";

export interface IncrementalScenario {
  name: string;
  ms: number[];
  medianMs: number;
  embedded: number;
  /** Passages of the changed document: the most a re-ingest may embed. */
  documentPassages: number;
  ratio: number;
  /** Where the last run's time went (ms). */
  steps: Record<string, number>;
}

export interface IncrementalResult {
  passages: number;
  fullMs: number[];
  fullMedianMs: number;
  scenarios: IncrementalScenario[];
  identicalToFullBuild: boolean;
}

const WARMUP_RUNS = 2;
const TIMED_RUNS = 5;

export async function benchIncremental(corpus: Corpus, workDir: string): Promise<IncrementalResult> {
  rmSync(workDir, { recursive: true, force: true });
  const corpusDir = join(workDir, "corpus");
  cpSync(corpus.dir, corpusDir, { recursive: true });
  const indexDir = join(workDir, "index");
  const embeddings = new LocalEmbeddings();
  const build = async (incremental: boolean, dir = indexDir): Promise<{ ms: number; result: BuildResult }> => {
    const started = performance.now();
    const result = await buildIndex({ corpusDir, indexDir: dir, embeddings, embedderId: embeddings.id, incremental });
    return { ms: performance.now() - started, result };
  };
  // Both kinds get the same untimed warm-up runs first, so neither pays for the JIT's first passes (an incremental
  // build's merge code runs only on the incremental path), and the same number of timed runs.
  for (let i = 0; i < WARMUP_RUNS; i++) await build(false);
  const fullMs: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) fullMs.push((await build(false)).ms);
  const fullMedianMs = median(fullMs);

  const docs = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  const target = join(corpusDir, docs[Math.floor(docs.length / 2)]!);
  const documentPassages = parseDocument(target, readFileSync(target, "utf8")).length;
  const scenarios: IncrementalScenario[] = [];
  const edits: [string, (text: string, run: number) => string][] = [
    ["one paragraph edited", (text, run) => editOneFigure(text, run)],
    ["whole document rewritten", (text, run) => text.replace(/\d+/g, (n) => String(Number(n) + run + 1))],
  ];
  for (const [name, edit] of edits) {
    const ms: number[] = [];
    let embedded = 0;
    let steps: Record<string, number> = {};
    for (let i = 0; i < WARMUP_RUNS; i++) {
      writeFileSync(target, edit(readFileSync(target, "utf8"), 20 + i));
      await build(true);
    }
    for (let run = 0; run < TIMED_RUNS; run++) {
      writeFileSync(target, edit(readFileSync(target, "utf8"), run));
      const { ms: took, result } = await build(true);
      ms.push(took);
      embedded = Math.max(embedded, result.stats.embedded);
      steps = result.steps;
    }
    const medianMs = median(ms);
    scenarios.push({ name, ms: ms.map(Math.round), medianMs: Math.round(medianMs), embedded, documentPassages, ratio: round(fullMedianMs / medianMs, 1), steps });
  }
  const identicalToFullBuild = await sameAnswers(indexDir, await fullBuildOf(build, workDir), corpus, embeddings);
  return { passages: corpus.passages, fullMs: fullMs.map(Math.round), fullMedianMs: Math.round(fullMedianMs), scenarios, identicalToFullBuild };
}

async function fullBuildOf(build: (incremental: boolean, dir?: string) => Promise<unknown>, workDir: string): Promise<string> {
  const dir = join(workDir, "index-full");
  await build(false, dir);
  return dir;
}

/** Changes one figure in one paragraph (a different one each run). */
function editOneFigure(text: string, run: number): string {
  const lines = text.split("\n");
  const candidates = lines.map((l, i) => (/\d/.test(l) && i > 3 ? i : -1)).filter((i) => i >= 0);
  const at = candidates[(run * 7) % candidates.length]!;
  lines[at] = lines[at]!.replace(/\d+/, (n) => String(Number(n) + 1));
  return lines.join("\n");
}

async function sameAnswers(a: string, b: string, corpus: Corpus, embeddings: LocalEmbeddings): Promise<boolean> {
  const load = async (dir: string) => {
    const index = await loadIndex(dir, (await readManifest(dir))!, embeddings);
    return createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData });
  };
  const [x, y] = [await load(a), await load(b)];
  for (const q of corpus.questions.slice(0, 100)) {
    const [rx, ry] = [await x.retriever.retrieve(q.question, 10), await y.retriever.retrieve(q.question, 10)];
    if (JSON.stringify(rx.results) !== JSON.stringify(ry.results)) return false;
    if (JSON.stringify(x.keyword.search(q.question, 40)) !== JSON.stringify(y.keyword.search(q.question, 40))) return false;
  }
  return true;
}
