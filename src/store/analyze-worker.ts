/**
 * An analysis thread of a full build (parallel-analyze.ts): parses the documents it is sent, analyzes and embeds
 * their passages with the built-in embedder, and posts back the passages with their keyword runs and sparse
 * vectors as typed arrays. Terms are numbered locally (a table of strings per batch); the build renumbers them.
 */
import { parentPort } from "node:worker_threads";
import type { CorpusFile } from "../corpus/load-dir.js";
import { LocalEmbeddings } from "../retrieval/local-embedder.js";
import { createTermAnalyzer } from "../retrieval/terms.js";
import { analyzeDocuments, writeSegments, writeVectorRows, type AnalyzeRequest, type VectorsRequest } from "./parallel-analyze.js";

const terms = createTermAnalyzer();
let embedder: LocalEmbeddings | null = null;
/** How many of this thread's numbered terms batches have carried so far (each is sent once). */
let termsSent = 0;

parentPort!.on("message", async (request: AnalyzeRequest | VectorsRequest) => {
  if ("vectors" in request) {
    try {
      const checksum = await writeVectorRows(request.vectors);
      parentPort!.postMessage({ vectorsWritten: true, ok: true, checksum });
    } catch (err) {
      parentPort!.postMessage({ vectorsWritten: true, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
    return;
  }
  try {
    embedder ??= new LocalEmbeddings({ dimensions: request.dimensions });
    const batch = analyzeDocuments(request.files as CorpusFile[], terms, embedder, termsSent);
    termsSent = batch.firstTerm + batch.terms.length;
    await writeSegments(batch, request.buildDir);
    const transfer = [batch.runTerms.buffer, batch.runFreqs.buffer, batch.lengths100.buffer, batch.rowOffsets.buffer, batch.rowDims.buffer, batch.rowValues.buffer];
    parentPort!.postMessage({ ok: true, batch: request.batch, result: batch }, transfer as ArrayBuffer[]);
  } catch (err) {
    parentPort!.postMessage({ ok: false, batch: request.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
