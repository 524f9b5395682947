/**
 * An analysis thread of a full build (parallel-analyze.ts): parses the documents it is sent, analyzes and embeds
 * their passages with the built-in embedder, and posts back the passages with their keyword runs and sparse
 * vectors as typed arrays. Terms are numbered locally (a table of strings per batch); the build renumbers them.
 */
import { parentPort } from "node:worker_threads";
import type { CorpusFile } from "../corpus/load-dir.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { createTermAnalyzer } from "../retrieval/terms.js";
import { analyzeDocuments, writeSegments, type AnalyzeRequest } from "./parallel-analyze.js";

const terms = createTermAnalyzer();
let embedder: LocalEmbeddings | null = null;

parentPort!.on("message", async (request: AnalyzeRequest) => {
  try {
    embedder ??= new LocalEmbeddings({ dimensions: request.dimensions });
    const batch = analyzeDocuments(request.files as CorpusFile[], terms, embedder);
    if (request.buildDir) await writeSegments(batch, request.buildDir);
    const transfer = [batch.runTerms.buffer, batch.runFreqs.buffer, batch.lengths100.buffer, batch.rowOffsets.buffer, batch.rowDims.buffer, batch.rowValues.buffer];
    parentPort!.postMessage({ ok: true, batch: request.batch, result: batch }, transfer as ArrayBuffer[]);
  } catch (err) {
    parentPort!.postMessage({ ok: false, batch: request.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
