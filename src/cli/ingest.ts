/**
 * npm run ingest [-- --corpus DIR --index DIR]: builds the index with a progress bar and switches to it
 * atomically. Flags override CORPUS_DIR / INDEX_DIR. Prints what was read, merged and skipped (each skipped file
 * with its reason), and exits with status 2 when nothing usable was indexed: an empty index is not a success.
 */
import cliProgress from "cli-progress";
import { parseConfig } from "../config.js";
import { createNodeEmbeddings } from "../providers/embeddings-node.js";
import { buildIndex } from "../store/build-index.js";
import { summarizeBuild } from "../store/ingest-summary.js";
import { flagString, parseArgs } from "./args.js";

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const corpusDir = flagString(flags, "corpus") ?? config.CORPUS_DIR;
  const indexDir = flagString(flags, "index") ?? config.INDEX_DIR;
  const embedder = createNodeEmbeddings(config);
  const bar = new cliProgress.SingleBar(
    // The ETA is the phase's own (its measured rate over the last updates); embedding is most of an ingest.
    { format: " {phase} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}", hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let phase = "";
  const started = performance.now();
  const result = await buildIndex({
    corpusDir,
    indexDir,
    embeddings: embedder.embeddings,
    embedderId: embedder.id,
    onProgress: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, { phase: p.phase.padEnd(6) });
      } else bar.update(p.done, { phase: p.phase.padEnd(6) });
    },
  });
  bar.stop();
  const summary = summarizeBuild(result, corpusDir);
  for (const s of summary.skipped) console.warn(`warning: Skipped ${s.doc}: ${s.reason}`);
  const t = result.timings;
  console.log(
    `Indexed ${result.manifest.passages} passages from ${Object.keys(result.manifest.documents).length} documents into ${indexDir} ` +
      `in ${Math.round(performance.now() - started)} ms (parse ${Math.round(t.parseMs)}, embed ${Math.round(t.embedMs)}, ` +
      `index ${Math.round(t.indexMs)}, write ${Math.round(t.writeMs)}); embedder ${result.manifest.embedder}, ${result.manifest.dimensions} dims`,
  );
  console.log(
    `Documents read: ${summary.documents}; passages: ${summary.passages}; duplicates merged: ${summary.duplicatesMerged}; ` +
      `files skipped: ${summary.skipped.length}`,
  );
  if (summary.empty) {
    console.error(`ingest failed: ${summary.empty}. Add documents with text (see README "Adding documents").`);
    process.exitCode = 2;
  }
}

main().catch((err) => {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
