/**
 * One ingest in a process of its own, so its peak memory is its own: builds INDEX from CORPUS with the built-in
 * embedder and prints the result as JSON.   tsx tests/bench/ingest-child.ts CORPUS INDEX [full|incremental]
 */
import { LocalEmbeddings } from "../../src/retrieval/local-embedder.js";
import { buildIndex } from "../../src/store/build-index.js";

const [corpusDir, indexDir, mode = "full"] = process.argv.slice(2);
if (!corpusDir || !indexDir) throw new Error("usage: ingest-child.ts CORPUS INDEX [full|incremental]");
const embeddings = new LocalEmbeddings();
const started = performance.now();
const cpu = process.cpuUsage();
const result = await buildIndex({ corpusDir, indexDir, embeddings, embedderId: embeddings.id, incremental: mode === "incremental" });
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    timings: result.timings,
    stats: result.stats,
    build: result.manifest.build,
  }),
);
