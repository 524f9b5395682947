/**
 * Records the term lists BM25 is asked to rank for a corpus's generated questions, for `bm25-check.ts`: per
 * question, the analyzer's own terms (`KeywordIndex.search`) and the list hybrid retrieval passes to `searchTerms`
 * (question terms, bridged translations, city names) with the k it asks for. The engine is built over the loaded
 * index as the server builds it, and `searchTerms` is wrapped to record its arguments.
 *
 *   npx tsx tests/bench/bm25-capture-terms.ts <indexDir> <questions.json> <out.json>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createEngine } from "../../src/engine.js";
import { cedictBridge } from "../../src/retrieval/cedict-bridge.js";
import { KeywordIndex } from "../../src/retrieval/keyword-index.js";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import type { Term } from "../../src/retrieval/tokenize.js";
import { loadIndex } from "../../src/store/load-index.js";
import { readManifest } from "../../src/store/manifest.js";
import { toTraditional } from "../../src/text/to-traditional.js";

export interface CapturedQuestion {
  question: string;
  plain: Term[];
  hybrid: { terms: Term[]; k: number };
}

const [indexDir, questionsPath, out] = process.argv.slice(2);
if (!indexDir || !questionsPath || !out) throw new Error("usage: bm25-capture-terms.ts <indexDir> <questions.json> <out.json>");
const embeddings = new LocalEmbeddings();
const manifest = await readManifest(indexDir);
if (!manifest) throw new Error(`no index in ${indexDir}`);
const index = await loadIndex(indexDir, manifest, embeddings);
const engine = createEngine({ passages: index.passages, vectors: index.vectors, embeddings, keywordData: index.keywordData, retrievalCacheSize: 0, toTraditional, bridge: cedictBridge() });
const questions = (JSON.parse(readFileSync(questionsPath, "utf8")) as { question: string }[]).map((q) => q.question);

let asked: { terms: Term[]; k: number } | null = null;
const original = KeywordIndex.prototype.searchTerms;
KeywordIndex.prototype.searchTerms = function (terms, k) {
  asked = { terms: terms.map((t) => ({ ...t })), k };
  return original.call(this, terms, k);
};
const captured: CapturedQuestion[] = [];
for (const question of questions) {
  asked = null;
  await engine.retriever.retrieve(question, 5);
  const hybrid = asked as { terms: Term[]; k: number } | null;
  if (!hybrid) throw new Error(`retrieval did not ask BM25 for ${question}`);
  captured.push({ question, plain: engine.terms(question), hybrid });
}
writeFileSync(out, JSON.stringify(captured));
console.log(`${captured.length} questions, ${out}`);
process.exit(0);
