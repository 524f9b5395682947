/**
 * The ingest step for the Worker: parse the corpus, embed every passage with the built-in local embedder, and write
 * the compact index the Worker bundles (src/generated/worker-index.json.txt): passages, int8 vectors and the
 * persisted BM25 index, so the isolate starts without embedding or tokenising anything.
 *
 *   tsx src/cli/build-worker-index.ts [--corpus DIR] [--out FILE] [--no-vectors]
 *
 * Vectors always come from the local embedder: it is the one that can embed questions inside the isolate, offline.
 * `--no-vectors` is for Vectorize mode: the vectors live in the Vectorize index (npm run vectorize:sync), and the
 * bundle keeps only what the engine needs in memory (passages, keyword index).
 * It always rebuilds: it takes well under a second for the seed corpus, and a tokenizer or glossary change must
 * reach the keyword data even when the corpus did not change.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { parseConfig } from "../config.js";
import { corpusHash, parseCorpusFile, readCorpusDir } from "../corpus/load-dir.js";
import { buildKeywordIndex } from "../engine.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { passageSearchText } from "../retrieval/terms.js";
import { BUILTIN_LAYERS, mergeGlossaries, setActiveGlossary } from "../retrieval/glossary.js";
import { glossaryFileList, readGlossaryFile } from "../retrieval/glossary-files.js";
import { PassageSchema } from "../schemas.js";
import { WORKER_INDEX_VERSION, packKeywordData, type WorkerIndexFile } from "../worker/bundled-index.js";
import { quantizeVectors } from "../worker/int8-vectors.js";
import { flagString, parseArgs } from "./args.js";

const DEFAULT_WORKER_INDEX = "src/generated/worker-index.json.txt";

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const corpusDir = flagString(flags, "corpus") ?? config.CORPUS_DIR;
  const out = resolve(flagString(flags, "out") ?? DEFAULT_WORKER_INDEX);
  const withVectors = !flags["no-vectors"];
  const started = performance.now();

  // The operator's glossary files, as on Node: the keyword data is built with them, and they travel in the bundle so
  // the Worker analyzes questions with the same glossary.
  const glossary = glossaryFileList(config.GLOSSARY_FILES).map(readGlossaryFile);
  setActiveGlossary(mergeGlossaries([...BUILTIN_LAYERS, ...glossary]));
  const corpus = await readCorpusDir(corpusDir);
  for (const w of corpus.warnings) console.error(`warning: ${w}`);
  // Through the schema, as the Node index loader does: the same fields in the same order in every JSON answer.
  const passages = z.array(PassageSchema).parse(corpus.files.flatMap((f) => parseCorpusFile(f).passages));
  if (passages.length === 0) throw new Error(`no passages found in ${corpusDir}`);

  const embedder = new LocalEmbeddings();
  const texts = passages.map(passageSearchText);
  const file: WorkerIndexFile = {
    version: WORKER_INDEX_VERSION,
    builtAt: new Date().toISOString(),
    corpusHash: corpusHash(corpus.files),
    embedder: embedder.id,
    passages,
    keyword: packKeywordData(buildKeywordIndex(passages).toData()),
    vectors: withVectors ? quantizeVectors(texts.map((t) => embedder.embed(t)), embedder.dimensions) : null,
    ...(glossary.length ? { glossary } : {}),
  };

  const text = JSON.stringify(file);
  await mkdir(dirname(out), { recursive: true });
  // wrangler dev watches the file: a rename swaps it whole, so a reload never reads half of it.
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, out);

  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const gz = gzipSync(text).length;
  console.error(
    `worker index: ${passages.length} passages from ${corpus.files.length} file(s), ` +
      `${withVectors ? `${embedder.dimensions}-d int8 vectors` : "no vectors (Vectorize mode)"}, ` +
      `${kib(Buffer.byteLength(text))} (${kib(gz)} gzipped) in ${Math.round(performance.now() - started)} ms -> ${out}`,
  );
}

main().catch((err) => {
  console.error(`build-worker-index failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
