/**
 * Checksums of a build folder, through the calls production makes: the build records each file's checksum as it
 * writes it (checksumOf + writeChecksums, as build-index.ts does), and loading reads checksums.json, then each file
 * through readVerified / verifyFiles (as load-index.ts and previous-build.ts do). Any changed, missing or extra
 * byte is caught, naming the file.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checksumOf, IndexIntegrityError, readChecksums, readSized, readVerified, verifyFiles, verifyLater, writeChecksums } from "../../src/store/integrity.js";

const FILES: Record<string, Buffer> = {
  "hnsw/args.json": Buffer.from("{}"),
  "hnsw/hnswlib.index": Buffer.alloc(4096, 7),
  "passages.json": Buffer.from("[]"),
};
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cqa-integrity-"));
  mkdirSync(join(dir, "hnsw"));
  const sums: Record<string, { bytes: number; sha256: string }> = {};
  for (const [path, bytes] of Object.entries(FILES)) {
    writeFileSync(join(dir, path), bytes);
    sums[path] = checksumOf(bytes);
  }
  const written = await writeChecksums(dir, sums);
  expect(Object.keys(written.files).sort()).toEqual(Object.keys(FILES));
  writeFileSync(join(dir, "manifest.json"), "{}"); // written after the checksums; not covered
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What loading does: the checksums, then passages.json as bytes and the hnsw files hnswlib will read itself. */
async function load(): Promise<Buffer> {
  const checksums = await readChecksums(dir);
  const passages = await readVerified(dir, checksums, "passages.json");
  await verifyFiles(dir, checksums, Object.keys(checksums.files).filter((f) => f.startsWith("hnsw/")));
  return passages;
}

describe("build checksums", () => {
  it("accepts an untouched build and hands back the bytes it checked", async () => {
    expect((await load()).toString()).toBe("[]");
    const checksums = await readChecksums(dir);
    const shared = await readVerified(dir, checksums, "hnsw/hnswlib.index", { shared: true });
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.equals(readFileSync(join(dir, "hnsw", "hnswlib.index")))).toBe(true);
  });

  it.each([
    ["a flipped byte", () => writeFileSync(join(dir, "hnsw", "hnswlib.index"), Buffer.alloc(4096, 7).fill(8, 2000, 2001)), /hnswlib.index does not match/],
    ["a flipped byte in a file read as bytes", () => writeFileSync(join(dir, "passages.json"), "{}"), /passages.json does not match/],
    ["a truncated file", () => truncateSync(join(dir, "hnsw", "hnswlib.index"), 100), /hnswlib.index has 100 bytes/],
    ["appended bytes", () => appendFileSync(join(dir, "passages.json"), " "), /passages.json has 3 bytes/],
    ["a missing file", () => unlinkSync(join(dir, "passages.json")), /missing build file\(s\): passages.json/],
    ["an unrecorded file", () => writeFileSync(join(dir, "hnsw", "extra.bin"), "x"), /unrecorded build file\(s\): hnsw\/extra.bin/],
    ["no checksums at all", () => unlinkSync(join(dir, "checksums.json")), /checksums.json is missing/],
    ["garbled checksums", () => writeFileSync(join(dir, "checksums.json"), "{\"algorithm\":"), /checksums.json is missing or unreadable/],
  ])("rejects %s, naming the file", async (_name, damage, message) => {
    damage();
    const err = await load().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexIntegrityError);
    expect((err as Error).message).toMatch(message);
  });

  it("refuses to read a file the checksums do not record", async () => {
    const checksums = await readChecksums(dir);
    await expect(readVerified(dir, checksums, "keyword.bin")).rejects.toThrow(/keyword.bin is not recorded/);
  });
});

describe("checksums verified after loading (large builds)", () => {
  it("reads by size at once and confirms every file on a thread", async () => {
    const checksums = await readChecksums(dir);
    expect((await readSized(dir, checksums, "passages.json")).toString()).toBe("[]");
    await expect(verifyLater(dir, checksums, Object.keys(checksums.files))).resolves.toBeUndefined();
  });

  it("rejects a same-size change it could not see by size, naming the file", async () => {
    const checksums = await readChecksums(dir);
    writeFileSync(join(dir, "passages.json"), "{}");
    expect((await readSized(dir, checksums, "passages.json")).toString()).toBe("{}");
    const err = await verifyLater(dir, checksums, Object.keys(checksums.files)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexIntegrityError);
    expect((err as Error).message).toMatch(/passages.json does not match/);
  });

  it("still refuses a file of another size at once", async () => {
    const checksums = await readChecksums(dir);
    appendFileSync(join(dir, "passages.json"), " ");
    await expect(readSized(dir, checksums, "passages.json")).rejects.toThrow(/passages.json has 3 bytes/);
  });
});
