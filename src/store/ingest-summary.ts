/**
 * What an ingest did, in words: documents read, passages, duplicates merged, and every skipped file with its
 * reason. Shared by `npm run ingest`, the server's start-up log and POST /api/admin/reindex, so all three say the same.
 */
import type { BuildResult } from "./build-index.js";

export interface IngestSummary {
  documents: number;
  passages: number;
  duplicatesMerged: number;
  skipped: { doc: string; reason: string }[];
  /** Set when nothing usable was indexed: the service then reports itself degraded. */
  empty?: string;
}

export const EMPTY_CORPUS_REASON = "the corpus holds no usable passage";

export function summarizeBuild(result: BuildResult, corpusDir: string): IngestSummary {
  const { stats } = result;
  return {
    documents: stats.documents,
    passages: stats.passages,
    duplicatesMerged: stats.duplicatesMerged,
    skipped: stats.skipped,
    ...(stats.passages === 0 ? { empty: emptyReason(corpusDir, stats.skipped.length) } : {}),
  };
}

export function emptyReason(corpusDir: string, skipped: number): string {
  return `${EMPTY_CORPUS_REASON}: ${corpusDir} has ${skipped > 0 ? `only files that were skipped (${skipped})` : "no .txt, .md, .html, .docx or .pdf document"}`;
}

/** One line for the log or the terminal. */
export function summaryLine(s: IngestSummary): string {
  const skipped = s.skipped.length ? `; skipped ${s.skipped.length}: ${s.skipped.map((k) => `${k.doc} (${k.reason})`).join(", ")}` : "";
  return `read ${s.documents} documents: ${s.passages} passages, ${s.duplicatesMerged} duplicates merged${skipped}`;
}
