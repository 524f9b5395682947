/**
 * The two-stage vector search's phases, each timed alone in process on a built index (the vectors read as a server's
 * search thread reads them): choosing the impact lists, the impact scan, the candidate cut, the exact re-score.
 *
 *   npx tsx tests/bench/vector-phases.ts INDEX_DIR CORPUS_DIR
 *
 * Every generated question twice (the first round warms up); prints each phase's p50 over the second round, as JSON.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { chooseLists, impactScan } from "../../src/store/sparse-impact.js";
import { bestCandidates, IMPACT_CANDIDATES, IMPACT_POSTINGS_PER_PASSAGE, isImpact, rescorer } from "../../src/store/sparse-two-stage.js";
import { openSparseSearchData } from "../../src/store/sparse-vectors.js";
import { median, round } from "./lib/stats.js";

const [indexDir, corpusDir] = process.argv.slice(2);
if (!indexDir || !corpusDir) throw new Error("usage: vector-phases.ts INDEX_DIR CORPUS_DIR");
const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { build: string; passages: number };
const n = manifest.passages;
const data = await openSparseSearchData(join(indexDir, manifest.build, "vectors.bin"), n);
if (!data || data.kind !== "two-stage" || !isImpact(data.coarse)) throw new Error(`${indexDir} holds no impact lists (a build of 250,000 passages or more made since round 6)`);
const { rows, coarse } = data;
const embeddings = new LocalEmbeddings();
const vectors = (JSON.parse(readFileSync(join(corpusDir, "questions.json"), "utf8")) as { question: string }[]).map((q) => embeddings.embed(q.question));
const scores = new Float64Array(n);
const budget = IMPACT_POSTINGS_PER_PASSAGE * n;
const times = { chooseMs: [] as number[], scanMs: [] as number[], cutMs: [] as number[], rescoreMs: [] as number[] };
for (let round = 0; round < 2; round++) {
  for (const vector of vectors) {
    let t = performance.now();
    chooseLists(coarse, vector, budget);
    const choose = performance.now() - t;
    t = performance.now();
    // impactScan chooses the lists again; that part is taken off.
    impactScan(coarse, scores, vector, budget);
    const scan = performance.now() - t - choose;
    t = performance.now();
    const chosen = bestCandidates(scores.subarray(0, n), IMPACT_CANDIDATES);
    const cut = performance.now() - t;
    t = performance.now();
    rescorer(rows, vector)(chosen, 0, chosen.length, new Float64Array(chosen.length));
    const rescore = performance.now() - t;
    if (round === 0) continue;
    times.chooseMs.push(choose);
    times.scanMs.push(scan);
    times.cutMs.push(cut);
    times.rescoreMs.push(rescore);
  }
}
console.log(JSON.stringify({ passages: n, questions: vectors.length, ...Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, round(median(xs), 2)])) }));
