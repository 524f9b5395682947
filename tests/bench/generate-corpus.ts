/**
 * Deterministic generator of bilingual corpora in the format of corpus/cities-climate-action.txt,
 * plus questions with known answers for hit@k evaluation.
 *
 *   tsx tests/bench/generate-corpus.ts --passages 10000 --seed 42 --out generated/corpus-10k [--docs N] [--questions 200]
 *
 * Format of each document: intro lines (here one zh+en pair naming the report and year), then city sections:
 * a heading `中文名 EnglishName`, then zh/en line pairs — initiatives followed by one or two leader quotes.
 * A passage is one zh+en pair under a heading; `passages` is met exactly.
 *
 * Documents are report editions (series × year [× volume]); a city appears at most once per document and a
 * topic at most once per city section, so (document, city, topic) identifies a passage. Questions name the
 * report and year, and each question's expectedText occurs exactly once in the corpus.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CITIES, GIVEN, SURNAMES, romanizeGiven, type City } from "./cities.js";
import { TEMPLATES, createRng, initiative, mixSeed, quoteBody, type Fact, type Rng } from "./corpus-templates.js";

export interface GenerateOptions {
  passages: number;
  seed: number;
  /** Number of documents; default scales with size (≈300 passages/doc below 4k, ≈1,000 below 400k, else ≈1,500). */
  docs?: number | undefined;
  /** Number of questions to emit (default 200). */
  questions?: number | undefined;
  /**
   * Cities (English names) never written about, not even in passing: a crowd of same-topic passages about other
   * cities beside a real corpus about these (the "crowded corpus" evaluation), which must still find the right city.
   */
  excludeCities?: readonly string[] | undefined;
}

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface GeneratedQuestion {
  id: string;
  question: string;
  lang: "zh" | "en";
  /** File name of the target document. */
  doc: string;
  docTitle: string;
  year: number;
  city: { zh: string; en: string };
  topic: string;
  /** Distinctive substring of the target passage in the question's language (occurs once in the corpus). */
  expectedText: string;
  answer: string;
}

export interface GeneratedFileInfo extends GeneratedFile {
  passages: number;
}

const SERIES = [
  { slug: "climate-action-annual", zh: "中国城市气候行动年度报告", en: "China City Climate Action Annual Report",
    aboutZh: "聚焦中国城市将“双碳”目标转化为具体行动的实践", aboutEn: "looks at how Chinese cities are turning national dual-carbon goals into concrete action" },
  { slug: "low-carbon-casebook", zh: "城市绿色低碳发展案例集", en: "Urban Green and Low-Carbon Development Casebook",
    aboutZh: "汇编城市绿色低碳发展的典型案例", aboutEn: "collects typical cases of green and low-carbon urban development" },
  { slug: "energy-transition", zh: "城市能源转型进展报告", en: "Urban Energy Transition Progress Report",
    aboutZh: "跟踪城市能源结构调整和能效提升的进展", aboutEn: "tracks progress in cities' energy mix and energy efficiency" },
  { slug: "resilient-cities", zh: "韧性城市建设观察", en: "Resilient Cities Review",
    aboutZh: "观察城市应对极端天气、提升生态韧性的行动", aboutEn: "reviews how cities adapt to extreme weather and strengthen ecological resilience" },
  { slug: "sustainable-mobility", zh: "城市可持续交通报告", en: "Sustainable Urban Mobility Report",
    aboutZh: "记录城市交通电动化和绿色出行的探索", aboutEn: "documents cities' work on transport electrification and green travel" },
  { slug: "circular-economy", zh: "无废城市与循环经济报告", en: "Zero-Waste City and Circular Economy Report",
    aboutZh: "梳理城市资源循环利用和“无废城市”建设的经验", aboutEn: "reviews cities' experience in resource recycling and building ‘zero-waste cities’" },
] as const;
const FIRST_YEAR = 2016;
const YEARS = 10;
const SECTION_MIN = 16;
/** Initiatives per section never exceed the number of templates (one topic per section at most once). */
const SECTION_MAX = TEMPLATES.length + 2;

interface DocPlan {
  index: number;
  name: string;
  year: number;
  titleZh: string;
  titleEn: string;
  series: (typeof SERIES)[number];
  passages: number;
}

function defaultDocCount(passages: number): number {
  // Sizes are jittered ±25% around the mean, so these keep documents within 200-2,000 passages.
  const perDoc = passages < 4_000 ? 300 : passages < 400_000 ? 1_000 : 1_500;
  return Math.max(1, Math.round(passages / perDoc));
}

function planDocs(opts: GenerateOptions): DocPlan[] {
  const { passages, seed } = opts;
  if (!Number.isInteger(passages) || passages < 1) throw new Error(`passages must be a positive integer, got ${passages}`);
  const nDocs = opts.docs ?? defaultDocCount(passages);
  if (!Number.isInteger(nDocs) || nDocs < 1 || nDocs > passages) throw new Error(`docs must be an integer in [1, ${passages}], got ${nDocs}`);
  const r = createRng(mixSeed(seed, 0x5eed));
  // Sizes: ±25% jitter around the mean, adjusted to sum exactly to `passages`.
  const weights = Array.from({ length: nDocs }, () => 0.75 + 0.5 * r.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((passages * w) / total)));
  let diff = passages - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % nDocs) {
    if (diff > 0) { sizes[i]!++; diff--; } else if (sizes[i]! > 1) { sizes[i]!--; diff++; }
  }
  const maxPerDoc = CITIES.length * SECTION_MAX;
  const vols = Math.ceil(nDocs / (SERIES.length * YEARS));
  const pad = String(nDocs).length < 3 ? 3 : String(nDocs).length;
  return sizes.map((size, i) => {
    if (size > maxPerDoc) throw new Error(`document ${i + 1} would need ${size} passages (> ${maxPerDoc}); use more --docs`);
    const series = SERIES[i % SERIES.length]!;
    const year = FIRST_YEAR + (Math.floor(i / SERIES.length) % YEARS);
    const vol = Math.floor(i / (SERIES.length * YEARS)) + 1;
    return {
      index: i,
      name: `${String(i + 1).padStart(pad, "0")}-${year}-${series.slug}${vols > 1 ? `-vol${vol}` : ""}.txt`,
      year,
      series,
      titleZh: `${year}年${series.zh}${vols > 1 ? `(第${vol}辑)` : ""}`,
      titleEn: `${year} ${series.en}${vols > 1 ? ` (Vol. ${vol})` : ""}`,
      passages: size,
    };
  });
}

function sectionSizes(total: number, r: Rng): number[] {
  const out: number[] = [];
  let rem = total;
  while (rem > SECTION_MAX) {
    const s = r.int(SECTION_MIN, Math.min(SECTION_MAX, rem - SECTION_MIN));
    out.push(s);
    rem -= s;
  }
  if (rem > 0) out.push(rem);
  return out;
}

function shuffled<T>(items: readonly T[], r: Rng): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The same person holds a post for a five-year term, consistently across documents. */
function leader(seed: number, cityIdx: number, role: number, year: number): { zh: string; en: string } {
  const term = Math.floor((year + (cityIdx % 5)) / 5);
  const r = createRng(mixSeed(seed, 0x1eade7, cityIdx, role, term));
  const [sz, se] = r.pick(SURNAMES);
  const given = Array.from({ length: r.chance(0.8) ? 2 : 1 }, () => r.pick(GIVEN));
  return { zh: sz + given.map((g) => g[0]).join(""), en: `${se} ${romanizeGiven(given.map((g) => g[1]))}` };
}

type Role = "mayor" | "secretary" | "former-mayor";

function quote(seed: number, cityIdx: number, city: City, year: number, role: Role, r: Rng): [string, string] {
  const [bz, be] = quoteBody(city, r);
  if (role === "mayor") {
    const p = leader(seed, cityIdx, 1, year);
    return r.chance(0.5)
      ? [`${p.zh}市长指出:${bz}`, `Mayor of ${city.en}, ${p.en} says: “${be}”`]
      : [`${p.zh}市长表示,${bz}`, `Mayor of ${city.en}, ${p.en}, says: “${be}”`];
  }
  if (role === "former-mayor") {
    const p = leader(seed, cityIdx, 1, year - 5);
    return [`${city.zh}市前任市长${p.zh}指出,${bz}`, `Former Mayor of ${city.en}, ${p.en}, says: “${be}”`];
  }
  const p = leader(seed, cityIdx, 2, year);
  return r.chance(0.5)
    ? [`${p.zh}市委书记指出,${bz}`, `Municipal Party Secretary of ${city.en}, ${p.en}, says: “${be}”`]
    : [`${city.zh}市委书记${p.zh}表示:${bz}`, `Municipal Party Secretary of ${city.en}, ${p.en}, says: “${be}”`];
}

interface Candidate {
  doc: DocPlan;
  city: City;
  topic: string;
  fact: Fact;
}

/** FNV-1a 32-bit + length, folded into one number; used only to count expected-text occurrences. */
function keyOf(lang: string, s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) * 4096 + ((s.length * 2 + (lang === "zh" ? 0 : 1)) & 4095);
}

function renderDoc(plan: DocPlan, seed: number, perDocCandidates: number, counts: Map<number, number>, cands: Candidate[], pool: readonly City[] = CITIES): string {
  const r = createRng(mixSeed(seed, 0xd0c, plan.index));
  const sizes = sectionSizes(plan.passages, r);
  const cityIdx = shuffled(pool.map((_, i) => i), r).slice(0, sizes.length);
  const lines: string[] = [];
  const s = plan.series;
  lines.push(
    `《${plan.titleZh}》${s.aboutZh}。本辑收录${sizes.length}座城市的${plan.passages}条案例与城市领导者观点,涵盖能源转型、绿色交通、资源循环和城市韧性等领域。`,
    `The ${plan.titleEn} ${s.aboutEn}. This edition brings together ${plan.passages.toLocaleString("en-US")} cases and leadership perspectives from ${sizes.length} cities, covering energy transition, green transport, resource recycling and urban resilience.`,
  );
  const docCands: Candidate[] = [];
  sizes.forEach((size, si) => {
    const ci = cityIdx[si]!;
    const city = pool[ci]!;
    lines.push(`${city.zh} ${city.en}`);
    const nQuotes = size === 1 ? 0 : size - 1 > TEMPLATES.length || (size >= 24 && r.chance(0.5)) ? 2 : 1;
    for (const t of shuffled(TEMPLATES, r).slice(0, size - nQuotes)) {
      let oi = r.int(0, pool.length - 2);
      if (oi >= ci) oi++;
      const f = initiative(t, { city, other: pool[oi]!, year: plan.year, r });
      lines.push(f.zh, f.en);
      for (const k of [keyOf("zh", f.expZh), keyOf("en", f.expEn)]) counts.set(k, (counts.get(k) ?? 0) + 1);
      docCands.push({ doc: plan, city, topic: t.id, fact: f });
    }
    const roles: Role[] = nQuotes === 2 ? (r.chance(0.5) ? ["mayor", "secretary"] : ["secretary", "mayor"])
      : [r.chance(0.1) ? "former-mayor" : r.chance(0.7) ? "mayor" : "secretary"];
    for (const role of roles.slice(0, nQuotes)) lines.push(...quote(seed, ci, city, plan.year, role, r));
  });
  // Question candidates: a few random initiatives per document (separate stream, so text doesn't depend on it).
  const qr = createRng(mixSeed(seed, 0x9a, plan.index));
  for (const c of shuffled(docCands, qr).slice(0, perDocCandidates)) cands.push(c);
  return `${lines.join("\n")}\n`;
}

function toQuestions(cands: Candidate[], counts: Map<number, number>, n: number, seed: number): GeneratedQuestion[] {
  const unique = cands.filter((c) => counts.get(keyOf("zh", c.fact.expZh)) === 1 && counts.get(keyOf("en", c.fact.expEn)) === 1);
  const take = Math.min(n, unique.length);
  const out: GeneratedQuestion[] = [];
  for (let j = 0; j < take; j++) {
    const c = unique[Math.floor((j * unique.length) / take)]!;
    const zh = (j + (seed & 1)) % 2 === 0;
    const { doc, fact: f } = c;
    out.push({
      id: `${zh ? "zh" : "en"}-${String(j + 1).padStart(4, "0")}`,
      question: zh ? `根据《${doc.titleZh}》,${f.qZh}` : `According to the ${doc.titleEn}, ${f.qEn}`,
      lang: zh ? "zh" : "en",
      doc: doc.name,
      docTitle: zh ? doc.titleZh : doc.titleEn,
      year: doc.year,
      city: { zh: c.city.zh, en: c.city.en },
      topic: c.topic,
      expectedText: zh ? f.expZh : f.expEn,
      answer: zh ? f.ansZh : f.ansEn,
    });
  }
  return out;
}

/**
 * Streams the corpus one document at a time (constant memory apart from the question bookkeeping).
 * `questions()` is available once the iterator is exhausted.
 */
export function streamCorpus(opts: GenerateOptions): { files: Iterable<GeneratedFileInfo>; questions(): GeneratedQuestion[] } {
  const plans = planDocs(opts);
  const nq = opts.questions ?? 200;
  const perDoc = Math.ceil((nq * 3) / plans.length) + 2;
  const counts = new Map<number, number>();
  const cands: Candidate[] = [];
  const excluded = new Set((opts.excludeCities ?? []).map((c) => c.toLowerCase()));
  const pool = CITIES.filter((c) => !excluded.has(c.en.toLowerCase()));
  let done = false;
  return {
    files: (function* () {
      for (const p of plans) yield { name: p.name, text: renderDoc(p, opts.seed, perDoc, counts, cands, pool), passages: p.passages };
      done = true;
    })(),
    questions() {
      if (!done) throw new Error("questions() is only available after all files have been generated");
      return toQuestions(cands, counts, nq, opts.seed);
    },
  };
}

export function generateCorpus(opts: GenerateOptions): { files: GeneratedFile[]; questions: GeneratedQuestion[] } {
  const s = streamCorpus(opts);
  const files = Array.from(s.files, ({ name, text }) => ({ name, text }));
  return { files, questions: s.questions() };
}

// ---------------------------------------------------------------- CLI

const GENERATED_NAME = /^\d{3,}-\d{4}-[a-z-]+(-vol\d+)?\.txt$/;

function parseArgs(argv: string[]): GenerateOptions & { out: string } {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), argv[++i]];
    if (v === undefined) throw new Error(`missing value for --${k}`);
    args.set(k, v);
  }
  for (const k of args.keys()) if (!["passages", "seed", "out", "docs", "questions"].includes(k)) throw new Error(`unknown option --${k}`);
  const num = (k: string, def?: number): number | undefined => {
    const v = args.get(k);
    if (v === undefined) return def;
    const n = Number(v.replace(/_/g, "").replace(/k$/i, "000").replace(/m$/i, "000000"));
    if (!Number.isInteger(n)) throw new Error(`--${k} must be an integer, got ${v}`);
    return n;
  };
  const passages = num("passages");
  if (passages === undefined) throw new Error("--passages is required");
  const label = passages >= 1e6 && passages % 1e6 === 0 ? `${passages / 1e6}m` : passages % 1000 === 0 ? `${passages / 1000}k` : String(passages);
  return {
    passages,
    seed: num("seed", 42)!,
    docs: num("docs"),
    questions: num("questions"),
    out: args.get("out") ?? join("generated", `corpus-${label}`),
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

function main(): void {
  const { out, ...opts } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const stale = readdirSync(dir).filter((f) => GENERATED_NAME.test(f) || f === "questions.json");
  for (const f of stale) rmSync(join(dir, f));
  const s = streamCorpus(opts);
  let bytes = 0, nFiles = 0, minB = Infinity, maxB = 0, minP = Infinity, maxP = 0;
  for (const f of s.files) {
    const buf = Buffer.from(f.text, "utf8");
    writeFileSync(join(dir, f.name), buf);
    bytes += buf.length; nFiles++;
    minB = Math.min(minB, buf.length); maxB = Math.max(maxB, buf.length);
    minP = Math.min(minP, f.passages); maxP = Math.max(maxP, f.passages);
  }
  const questions = s.questions();
  const qPath = join(dir, "questions.json");
  writeFileSync(qPath, `${JSON.stringify(questions, null, 1)}\n`);
  const ms = performance.now() - t0;
  const zh = questions.filter((q) => q.lang === "zh").length;
  console.log(`wrote ${out}: ${opts.passages.toLocaleString("en-US")} passages in ${nFiles} files, ${mb(bytes)}`);
  console.log(`  per file: ${minP}-${maxP} passages, ${mb(minB)}-${mb(maxB)}`);
  console.log(`  questions.json: ${questions.length} questions (${zh} zh, ${questions.length - zh} en), ${(statSync(qPath).size / 1024).toFixed(1)} KB`);
  if (stale.length) console.log(`  removed ${stale.length} stale file(s) from a previous run`);
  console.log(`  seed ${opts.seed}, ${(ms / 1000).toFixed(2)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`generate-corpus: ${(e as Error).message}`);
    process.exit(1);
  }
}
