/**
 * Integrity of a build folder: a SHA-256 of every file in it, written to `checksums.json` once the build's files
 * are complete (before the manifest switches to it) and verified before anything is loaded. hnswlib-node reads a
 * damaged hnswlib.index without complaint and then returns garbage neighbours or crashes the process natively on
 * the first search, so bytes must be checked before they reach it; a mismatch throws, and ensureIndex rebuilds.
 */
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { z } from "zod";

export const CHECKSUMS_FILE = "checksums.json";
/** The build's own manifest.json is written after the checksums and duplicated at the index root; not covered. */
const UNCOVERED = new Set([CHECKSUMS_FILE, "manifest.json"]);

export const ChecksumsSchema = z.object({
  algorithm: z.literal("sha256"),
  /** Path relative to the build folder (forward slashes) -> { bytes, sha256 hex }. */
  files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type Checksums = z.infer<typeof ChecksumsSchema>;

export class IndexIntegrityError extends Error {
  override name = "IndexIntegrityError";
}

async function listBuildFiles(buildDir: string): Promise<string[]> {
  const entries = await readdir(buildDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(buildDir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(sep).join("/"))
    .filter((p) => !UNCOVERED.has(p))
    .sort();
}

/** The checksum entry of bytes already in memory (a file just written or just read). */
export function checksumOf(bytes: Uint8Array): { bytes: number; sha256: string } {
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The checksums of a build folder, after checking that exactly the recorded files are there with their sizes. */
export async function readChecksums(buildDir: string): Promise<Checksums> {
  let checksums: Checksums;
  try {
    checksums = ChecksumsSchema.parse(JSON.parse(await readFile(join(buildDir, CHECKSUMS_FILE), "utf8")));
  } catch (err) {
    throw new IndexIntegrityError(`${CHECKSUMS_FILE} is missing or unreadable in ${buildDir} (${err instanceof Error ? err.message : String(err)})`);
  }
  const present = await listBuildFiles(buildDir);
  const recorded = Object.keys(checksums.files).sort();
  const missing = recorded.filter((p) => !present.includes(p));
  if (missing.length) throw new IndexIntegrityError(`missing build file(s): ${missing.join(", ")}`);
  const extra = present.filter((p) => !(p in checksums.files));
  if (extra.length) throw new IndexIntegrityError(`unrecorded build file(s): ${extra.join(", ")}`);
  for (const path of recorded) {
    const { size } = await stat(join(buildDir, path));
    const expected = checksums.files[path]!.bytes;
    if (size !== expected) throw new IndexIntegrityError(`${path} has ${size} bytes, ${expected} were written`);
  }
  return checksums;
}

/** Reads one build file, checked against its checksum: each file is read once, for checking and loading alike. */
export async function readVerified(buildDir: string, checksums: Checksums, path: string, options: { shared?: boolean } = {}): Promise<Buffer> {
  const expected = checksums.files[path];
  if (!expected) throw new IndexIntegrityError(`${path} is not recorded in ${CHECKSUMS_FILE}`);
  const bytes = options.shared ? await readFileShared(join(buildDir, path)) : await readFile(join(buildDir, path));
  const actual = checksumOf(bytes);
  if (actual.bytes !== expected.bytes) throw new IndexIntegrityError(`${path} has ${actual.bytes} bytes, ${expected.bytes} were written`);
  if (actual.sha256 !== expected.sha256) throw new IndexIntegrityError(`${path} does not match its checksum`);
  return bytes;
}

/**
 * Reads one build file checked against its recorded size only; its SHA-256 is left to `verifyLater`. For large
 * builds, where hashing every byte before serving would cost seconds of start-up (2.7 s at a million passages).
 */
export async function readSized(buildDir: string, checksums: Checksums, path: string, options: { shared?: boolean } = {}): Promise<Buffer> {
  const expected = checksums.files[path];
  if (!expected) throw new IndexIntegrityError(`${path} is not recorded in ${CHECKSUMS_FILE}`);
  const bytes = options.shared ? await readFileShared(join(buildDir, path)) : await readFile(join(buildDir, path));
  if (bytes.length !== expected.bytes) throw new IndexIntegrityError(`${path} has ${bytes.length} bytes, ${expected.bytes} were written`);
  return bytes;
}

/**
 * Checks files against their SHA-256 on a thread of its own (reading them again from disk, where the page cache
 * still holds them), so a server can answer while a large build is verified. Resolves when every file matches;
 * rejects with IndexIntegrityError naming the first that does not.
 */
export function verifyLater(buildDir: string, checksums: Checksums, paths: string[]): Promise<void> {
  const files = paths.map((path) => {
    const expected = checksums.files[path];
    if (!expected) throw new IndexIntegrityError(`${path} is not recorded in ${CHECKSUMS_FILE}`);
    return { path, full: join(buildDir, path), sha256: expected.sha256 };
  });
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(VERIFY_WORKER, { eval: true, workerData: files });
    worker.unref();
    worker.once("message", (bad: string | null) => (bad === null ? resolve() : reject(new IndexIntegrityError(`${bad} does not match its checksum`))));
    worker.once("error", (err) => reject(err));
  });
}

/** Plain JavaScript (no loader needed): hashes each file in 4 MB reads, posts the first mismatch or null. */
const VERIFY_WORKER = `
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const { parentPort, workerData } = require("node:worker_threads");
const chunk = Buffer.allocUnsafe(4 << 20);
let bad = null;
for (const f of workerData) {
  const hash = createHash("sha256");
  let fd;
  try {
    fd = openSync(f.full, "r");
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, n));
  } catch {
    bad = f.path;
    break;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (hash.digest("hex") !== f.sha256) { bad = f.path; break; }
}
parentPort.postMessage(bad);
`;

/** Checks files read by others (hnswlib reads its own index file) the same way. */
export async function verifyFiles(buildDir: string, checksums: Checksums, paths: string[]): Promise<void> {
  for (const path of paths) await readVerified(buildDir, checksums, path);
}

/** Writes checksums.json from entries computed while the files were written. */
export async function writeChecksums(buildDir: string, files: Checksums["files"]): Promise<Checksums> {
  const checksums: Checksums = { algorithm: "sha256", files };
  await writeFile(join(buildDir, CHECKSUMS_FILE), JSON.stringify(checksums, null, 2));
  return checksums;
}

/**
 * A whole file in a SharedArrayBuffer, for data another thread reads too (the vector search thread): read there
 * directly, it never needs a second, shared copy.
 */
async function readFileShared(path: string): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const { bytesRead } = await file.read(bytes, read, size - read, read);
      if (bytesRead === 0) break; // shorter than it said: the size check against the checksum reports it
      read += bytesRead;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    await file.close();
  }
}
