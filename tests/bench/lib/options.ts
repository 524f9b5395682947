/** Command-line options of `npm run bench`. */
export const SIZES = { "1k": 1_000, "10k": 10_000, "20k": 20_000, "100k": 100_000, "1m": 1_000_000 } as const;
export type SizeLabel = keyof typeof SIZES;

export const SECTIONS = ["ingest", "retrieval", "http", "streaming", "startup", "incremental", "independent", "scale", "crowded"] as const;
export type Section = (typeof SECTIONS)[number];
/** Sections run only when asked for (--only, or --scale): the scale scenario takes many minutes at 1M passages. */
const OPT_IN: Section[] = ["scale"];

export interface BenchOptions {
  sizes: SizeLabel[];
  sections: Section[];
  /** Where the JSON goes (a copy also lands in bench-results/latest.json). */
  out: string;
  /** Seconds per autocannon run. */
  httpSeconds: number;
  /** Raw hnswlib-node graphs for the side-by-side (the 100k one takes a minute or two). */
  hnsw: boolean;
  /** MiniSearch for the side-by-side. */
  minisearch: boolean;
  /** scale: serve an index already built in bench-results/indexes/<size> instead of ingesting again. */
  reuseIndex: boolean;
  /**
   * scale: seconds to wait after ready before the questions (0: right after the warm-up questions, as a replica
   * that has just started meets them; 30 or so: after the work a server does in its first seconds).
   */
  settleS: number;
}

const USAGE = `npm run bench -- [--sizes 1k,10k,100k] [--only ${SECTIONS.join(",")}] [--skip SECTION,...]
                    [--http-seconds 10] [--no-hnsw] [--no-minisearch] [--out bench-results/bench.json]
npm run bench -- --scale        the scale scenario alone at 100k and 1M passages (= --only scale --sizes 100k,1m)
                [--reuse-index]  serve the indexes already in bench-results/indexes/ (no ingest timed)
                [--settle 30]    wait this many seconds after ready before the questions (default 0)`;

export function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes("--help")) {
    console.log(USAGE);
    process.exit(0);
  }
  const list = (raw: string | undefined) => (raw ? raw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean) : undefined);
  const scale = argv.includes("--scale");
  const sizes = (list(value("sizes")) ?? (scale ? ["100k", "1m"] : ["1k", "10k", "100k"])) as SizeLabel[];
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(", ")}\n${USAGE}`);
  let sections = (list(value("only")) ?? (scale ? ["scale"] : SECTIONS.filter((s) => !OPT_IN.includes(s)))) as Section[];
  const skip = list(value("skip")) ?? [];
  for (const s of [...sections, ...skip]) if (!SECTIONS.includes(s as Section)) throw new Error(`unknown section ${s}\n${USAGE}`);
  sections = sections.filter((s) => !skip.includes(s));
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return {
    sizes,
    sections,
    out: value("out") ?? `bench-results/bench-${stamp}.json`,
    httpSeconds: Number(value("http-seconds") ?? 10),
    hnsw: !argv.includes("--no-hnsw"),
    minisearch: !argv.includes("--no-minisearch"),
    reuseIndex: argv.includes("--reuse-index"),
    settleS: settleSeconds(value("settle")),
  };
}

function settleSeconds(raw: string | undefined): number {
  const s = Number(raw ?? 0);
  if (!Number.isFinite(s) || s < 0 || s > 600) throw new Error(`--settle takes seconds from 0 to 600, not ${raw}\n${USAGE}`);
  return s;
}
