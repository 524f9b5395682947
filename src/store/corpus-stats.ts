/**
 * Size and modification time of every corpus document, so a start-up can tell an unchanged corpus without reading
 * and hashing all of it (50 MB at 100k passages). As git does with its index, a time too close to the moment it
 * was taken is not trusted: a file written again within the same clock tick would keep its size and time.
 */
import { stat } from "node:fs/promises";
import { relative, sep } from "node:path";
import { listFiles } from "../corpus/load-dir.js";

export type DocumentStats = Record<string, { bytes: number; mtimeMs: number }>;

/** Files modified less than this before they were looked at get no trusted time. */
const RACY_MS = 2_000;

export async function statCorpus(dir: string): Promise<DocumentStats> {
  const now = Date.now();
  const stats: DocumentStats = {};
  for (const path of await listFiles(dir)) {
    const doc = relative(dir, path).split(sep).join("/");
    try {
      const s = await stat(path);
      stats[doc] = { bytes: s.size, mtimeMs: now - s.mtimeMs < RACY_MS ? -1 : s.mtimeMs };
    } catch {
      // Unreadable: readCorpusDir skips it with a warning; it has no stats, so the fast check never matches.
    }
  }
  return stats;
}

/**
 * True when the corpus folder holds exactly the recorded documents, each with its recorded size and time: then
 * its content hashes are the recorded ones. False means "read and hash to find out", not "changed".
 */
export async function matchesRecordedStats(dir: string, recorded: DocumentStats | undefined): Promise<boolean> {
  if (!recorded) return false;
  const paths = await listFiles(dir);
  if (paths.length !== Object.keys(recorded).length) return false;
  for (const path of paths) {
    const doc = relative(dir, path).split(sep).join("/");
    const expected = recorded[doc];
    if (!expected || expected.mtimeMs < 0) return false;
    const s = await stat(path).catch(() => null);
    if (!s || s.size !== expected.bytes || s.mtimeMs !== expected.mtimeMs) return false;
  }
  return true;
}
