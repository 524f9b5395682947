/** Ingest at each size: passages per second for parse, embed and index; total; size on disk; peak memory. */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./lib/corpora.js";
import { runTsx } from "./lib/processes.js";
import { mb, round } from "./lib/stats.js";

export interface IngestResult {
  passages: number;
  totalS: number;
  parsePerS: number;
  embedPerS: number;
  indexPerS: number;
  writeS: number;
  diskMB: number;
  files: Record<string, number>;
  peakRssMB: number;
  vectorIndex: string;
}

export async function benchIngest(corpus: Corpus, indexDir: string): Promise<IngestResult> {
  rmSync(indexDir, { recursive: true, force: true });
  const result = await runTsx("tests/bench/ingest-child.ts", [corpus.dir, indexDir, "full"]);
  if (result.code !== 0) throw new Error(`ingest failed:\n${result.stderr}`);
  const out = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as {
    wallMs: number;
    maxRssMB: number;
    timings: { parseMs: number; embedMs: number; indexMs: number; writeMs: number };
    stats: { passages: number; vectorIndex: string };
    build: string;
  };
  const buildDir = join(indexDir, out.build);
  const files: Record<string, number> = {};
  let bytes = 0;
  for (const entry of readdirSync(buildDir, { recursive: true }) as string[]) {
    const s = statSync(join(buildDir, entry));
    if (!s.isFile()) continue;
    files[entry] = mb(s.size);
    bytes += s.size;
  }
  const n = out.stats.passages;
  const perS = (ms: number) => Math.round(n / (ms / 1000));
  return {
    passages: n,
    totalS: round(out.wallMs / 1000, 2),
    parsePerS: perS(out.timings.parseMs),
    embedPerS: perS(out.timings.embedMs),
    indexPerS: perS(out.timings.indexMs),
    writeS: round(out.timings.writeMs / 1000, 2),
    diskMB: mb(bytes),
    files,
    peakRssMB: out.maxRssMB,
    vectorIndex: out.stats.vectorIndex,
  };
}
