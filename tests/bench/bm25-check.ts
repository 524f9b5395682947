/**
 * BM25 search, this tree's against another checkout's (`--reference`, e.g. a `git worktree` of the commit before a
 * change, with its node_modules), on the same postings in one process: every question's hits and scores must be identical (same passages, same
 * doubles, same order), and each question is timed on both, alternately, so the two see the same machine load.
 *
 *   npx tsx tests/bench/bm25-capture-terms.ts <indexDir> <corpus>/questions.json <terms.json>   # once per corpus
 *   npx tsx tests/bench/bm25-check.ts <indexDir> <terms.json> --reference OTHER_CHECKOUT/src/retrieval/keyword-index.ts
 *       [--rounds 3] [--only new|old] [--variants ...]
 *
 * Postings load as the server loads them: a build of 256 MB or more piece by piece with one-byte frequency codes,
 * a smaller one whole. Both indexes compute their long lists' bounds ahead (warmUp), as the server does after start.
 * Checked: each question's own terms (`search`) at k 5 and 40, and the list hybrid retrieval passes (`searchTerms`)
 * at the k it asks for and at 5; and a new index before its warmUp (as the first requests after start find it).
 * Timed: the hybrid list at its k (what a request costs), split by question parity (even: tuning half; odd: report
 * half). Exits 1 when any search differs.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { KeywordIndex } from "../../src/retrieval/keyword-index.js";
import type { KeywordHit } from "../../src/retrieval/keyword-index-types.js";
import { openKeywordPostings, readKeywordPostings } from "../../src/store/keyword-file.js";
import { readManifest } from "../../src/store/manifest.js";
import type { CapturedQuestion } from "./bm25-capture-terms.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const rounds = Number(flag("--rounds") ?? 3);
const reference = flag("--reference");
const only = flag("--only");
// --variants "firstBarShare=0.005;firstBarShare=0.02": time the new search with each set of
// KeywordIndex's static settings in turn (tuning, on the even-numbered questions); results are checked with the first.
type Settings = Partial<Record<"firstBarShare", number>>;
const settings: Settings[] = (flag("--variants") ?? "").split(";").map((v) => Object.fromEntries(v.split(",").filter(Boolean).map((kv) => [kv.split("=")[0], Number(kv.split("=")[1])])));
const defaults: Settings = { firstBarShare: KeywordIndex.firstBarShare };
const apply = (x: Settings) => Object.assign(KeywordIndex, defaults, x);
apply(settings[0]!);
const [indexDir, termsPath] = args;
if (!indexDir || !termsPath || !reference) {
  throw new Error("usage: bm25-check.ts <indexDir> <terms.json> --reference OTHER_CHECKOUT/src/retrieval/keyword-index.ts [--rounds 3] [--only new|old] [--variants ...]");
}
// The other checkout's search, loaded with its own modules.
const { KeywordIndex: ReferenceKeywordIndex } = (await import(pathToFileURL(resolve(reference)).href)) as { KeywordIndex: typeof KeywordIndex };

const manifest = await readManifest(indexDir);
if (!manifest) throw new Error(`no index in ${indexDir}`);
const buildDir = join(indexDir, manifest.build);
const checksums = JSON.parse(readFileSync(join(buildDir, "checksums.json"), "utf8")) as { files: Record<string, { bytes: number }> };
const large = Object.values(checksums.files).reduce((sum, f) => sum + f.bytes, 0) >= 256 * 1024 * 1024;
const file = join(buildDir, "keyword.bin");
let started = performance.now();
const postings = large ? await openKeywordPostings(file) : await readKeywordPostings(file);
const loadMs = performance.now() - started;
const rss0 = process.memoryUsage().rss;
started = performance.now();
const fresh = KeywordIndex.fromPostings(postings, undefined, false);
const newIndexMs = performance.now() - started;
const rss1 = process.memoryUsage().rss;
started = performance.now();
await fresh.warmUp();
const newWarmMs = performance.now() - started;
const rss2 = process.memoryUsage().rss;
const old = ReferenceKeywordIndex.fromPostings(postings, undefined, false);
started = performance.now();
await old.warmUp();
const oldWarmMs = performance.now() - started;
const questions = JSON.parse(readFileSync(termsPath, "utf8")) as CapturedQuestion[];
console.log(
  `${postings.lengths100.length} passages (${"freqCodes" in postings ? "coded" : "plain"} frequencies), postings read in ${loadMs.toFixed(0)} ms; ` +
    `new index made in ${newIndexMs.toFixed(0)} ms (+${((rss1 - rss0) / 2 ** 20).toFixed(1)} MB RSS), warmUp new ${newWarmMs.toFixed(0)} ms (+${((rss2 - rss1) / 2 ** 20).toFixed(1)} MB RSS), old ${oldWarmMs.toFixed(0)} ms`,
);

const same = (a: KeywordHit[], b: KeywordHit[]) => a.length === b.length && a.every((h, i) => h.index === b[i]!.index && Object.is(h.score, b[i]!.score));
let checked = 0;
let differ = 0;
for (const [qi, q] of questions.entries()) {
  const cases: [string, Parameters<KeywordIndex["searchTerms"]>[0], number][] = [
    ["plain", q.plain, 5],
    ["plain", q.plain, 40],
    ["hybrid", q.hybrid.terms, q.hybrid.k],
    ["hybrid", q.hybrid.terms, 5],
  ];
  for (const [kind, terms, k] of cases) {
    checked++;
    const a = old.searchTerms(terms, k);
    const b = fresh.searchTerms(terms, k);
    if (!same(a, b)) {
      differ++;
      if (differ <= 5) console.log(`DIFFERENT: question ${qi} (${kind}, k ${k}): old ${JSON.stringify(a.slice(0, 3))} new ${JSON.stringify(b.slice(0, 3))}`);
    }
  }
}
// Before warmUp (what the first requests after start meet): no dense forms, bounds computed on first use.
const cold = KeywordIndex.fromPostings(postings, undefined, false);
for (const [qi, q] of questions.entries()) {
  for (const [terms, k] of [[q.hybrid.terms, q.hybrid.k], [q.plain, 5]] as const) {
    checked++;
    const a = old.searchTerms(terms, k);
    const b = cold.searchTerms(terms, k);
    if (!same(a, b)) {
      differ++;
      if (differ <= 5) console.log(`DIFFERENT before warmUp: question ${qi}, k ${k}`);
    }
  }
}
console.log(`identical: ${checked - differ} of ${checked} searches (200 questions x plain k5, plain k40, hybrid k${questions[0]?.hybrid.k}, hybrid k5; then before warmUp, hybrid k${questions[0]?.hybrid.k} and plain k5)`);

const label = (x: Settings) => `new${Object.entries(x).map(([k, v]) => ` ${k}=${v}`).join("")}`;
const variants = [...(only === "new" ? [] : ["old"]), ...(only === "old" ? [] : settings.map(label))];
const times: Record<string, number[][]> = Object.fromEntries(variants.map((v) => [v, []]));
for (let r = 0; r < rounds; r++) {
  for (const [qi, q] of questions.entries()) {
    // Rotate which goes first, so none always runs with another's data in cache.
    for (let v = 0; v < variants.length; v++) {
      const name = variants[(v + qi + r) % variants.length]!;
      const index = name === "old" ? old : fresh;
      if (name !== "old") apply(settings[variants.indexOf(name) - (only === "new" ? 0 : 1)]!);
      const t0 = performance.now();
      index.searchTerms(q.hybrid.terms, q.hybrid.k);
      const ms = performance.now() - t0;
      (times[name]![qi] ??= []).push(ms);
    }
  }
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
};
// Per question, its median over the rounds; then percentiles over questions.
const perQuestion = (name: string, half: number | null) => times[name]!.flatMap((ts, qi) => (half === null || qi % 2 === half ? [pct(ts, 0.5)] : []));
console.log(`ms per question (each question's median of ${rounds} rounds), hybrid term list at its k:`);
for (const [label, half] of [["all", null], ["even (tuning)", 0], ["odd (report)", 1]] as const) {
  const row = (name: string) => {
    const xs = perQuestion(name, half);
    return `${name} p50 ${pct(xs, 0.5).toFixed(2)} p90 ${pct(xs, 0.9).toFixed(2)} p99 ${pct(xs, 0.99).toFixed(2)} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)}`;
  };
  console.log(`  ${label.padEnd(14)} ${variants.map(row).join(" | ")}`);
}
console.log(`load ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
process.exit(differ ? 1 : 0);
