/** Checksums of a build folder: written once its files are complete, any changed, missing or extra byte caught. */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IndexIntegrityError, verifyBuildChecksums, writeBuildChecksums } from "../../src/store/integrity.js";

let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cqa-integrity-"));
  mkdirSync(join(dir, "hnsw"));
  writeFileSync(join(dir, "hnsw", "hnswlib.index"), Buffer.alloc(4096, 7));
  writeFileSync(join(dir, "hnsw", "args.json"), "{}");
  writeFileSync(join(dir, "passages.json"), "[]");
  const sums = await writeBuildChecksums(dir);
  expect(Object.keys(sums.files)).toEqual(["hnsw/args.json", "hnsw/hnswlib.index", "passages.json"]);
  writeFileSync(join(dir, "manifest.json"), "{}"); // written after the checksums; not covered
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("build checksums", () => {
  it("accepts an untouched build", async () => {
    await expect(verifyBuildChecksums(dir)).resolves.toBeUndefined();
  });

  it.each([
    ["a flipped byte", () => writeFileSync(join(dir, "hnsw", "hnswlib.index"), Buffer.alloc(4096, 7).fill(8, 2000, 2001)), /hnswlib.index does not match/],
    ["a truncated file", () => truncateSync(join(dir, "hnsw", "hnswlib.index"), 100), /hnswlib.index has 100 bytes/],
    ["appended bytes", () => appendFileSync(join(dir, "passages.json"), " "), /passages.json has 3 bytes/],
    ["a missing file", () => unlinkSync(join(dir, "passages.json")), /missing build file\(s\): passages.json/],
    ["an unrecorded file", () => writeFileSync(join(dir, "hnsw", "extra.bin"), "x"), /unrecorded build file\(s\): hnsw\/extra.bin/],
    ["no checksums at all", () => unlinkSync(join(dir, "checksums.json")), /checksums.json is missing/],
    ["garbled checksums", () => writeFileSync(join(dir, "checksums.json"), "{\"algorithm\":"), /checksums.json is missing or unreadable/],
  ])("rejects %s, naming the file", async (_name, damage, message) => {
    damage();
    const err = await verifyBuildChecksums(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexIntegrityError);
    expect((err as Error).message).toMatch(message);
  });
});
