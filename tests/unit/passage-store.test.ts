/**
 * Passages made on demand from a build's passage files (src/store/passage-store.ts): the same passages, in the same
 * order and key order, as the parser gave; an array that behaves like one; the catalogue and the corpus's cities
 * read from the columns equal those read from the objects; a damaged file fails at load with its name, never later.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalogue } from "../../src/catalogue/catalogue.js";
import { parseDocument } from "../../src/corpus/parse.js";
import { factsOf } from "../../src/retrieval/keyword-ranker.js";
import { corpusCities } from "../../src/retrieval/query-analysis.js";
import { passageArray, passageStoreOf, PassageStore } from "../../src/store/passage-store.js";
import { openPassageColumns, readPassageColumns, writePassagesFile } from "../../src/store/passages-file.js";
import type { Passage } from "../../src/schemas.js";
import { generateCorpus } from "../bench/generate-corpus.js";

const { files } = generateCorpus({ passages: 1_500, seed: 5, docs: 4 });
const perFile = files.map((f) => parseDocument(f.name, f.text));
const extra: Passage[] = [
  { id: "x1", doc: "d.txt", city: null, zh: null, en: "only English, café", kind: "intro" },
  { id: "x2", doc: "d.txt", city: { zh: "深圳", en: "Shenzhen" }, zh: "只有中文", en: null, section: "交通", kind: "quote", speaker: { zh: "某人" } },
  // Empty texts (in either block), which a passage's facts must call absent as `Boolean(text)` does.
  { id: "x3", doc: "d.txt", city: null, zh: "", en: "", kind: "initiative" },
  { id: "x4", doc: "d.txt", city: { zh: "深圳", en: "Shenzhen" }, zh: "城", en: "", kind: "intro" },
];
const dir = mkdtempSync(join(tmpdir(), "cqa-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function storeOf(groups: Passage[][], text: "memory" | "disk" = "memory"): Promise<PassageStore> {
  const columns = [];
  for (const [i, group] of groups.entries()) {
    const path = join(dir, `p${text}${i}.bin`);
    await writePassagesFile(path, group, group.map(() => "0".repeat(14)));
    columns.push(text === "disk" ? await openPassageColumns(path) : (await readPassageColumns(path)).columns);
  }
  return new PassageStore(columns);
}

/**
 * Writes the first file's passages to `path` and returns its bytes, and two damaged copies: one naming a city the
 * tables do not have, one whose first text ends past its block.
 */
async function damagedCopies(path: string): Promise<{ good: Buffer; badCity: Buffer; badText: Buffer }> {
  await writePassagesFile(path, perFile[0]!, perFile[0]!.map(() => "0".repeat(14)));
  const good = readFileSync(path);
  // Read from a copy at offset 0, so each column's byteOffset is its place in the file.
  const { columns } = await readPassageColumns(path, Buffer.from(new Uint8Array(good).buffer));
  const badCity = Buffer.from(good);
  badCity.writeUInt32LE(1_000_000, columns.city.byteOffset);
  const badText = Buffer.from(good);
  badText.writeUInt32LE(0x7fffffff, columns.textEnd.byteOffset);
  return { good, badCity, badText };
}

describe("passages made on demand", () => {
  it("are the passages written, in order, key order and nulls included, across files", async () => {
    const groups = [...perFile, extra, []];
    const all = groups.flat();
    const store = await storeOf(groups);
    const passages = passageArray(store);
    expect(passages.length).toBe(all.length);
    expect(JSON.stringify(passages)).toBe(JSON.stringify(all));
    expect(JSON.stringify([...passages])).toBe(JSON.stringify(all));
    expect(store.ids()).toEqual(all.map((p) => p.id));
    for (const i of [0, 1, all.length - 2, all.length - 1]) expect(JSON.stringify(store.get(i))).toBe(JSON.stringify(all[i]));
  });

  it("are the same with their text left in the files, read when each passage is made", async () => {
    const groups = [...perFile, extra, []];
    const all = groups.flat();
    const store = await storeOf(groups, "disk");
    const passages = passageArray(store);
    expect(passages.length).toBe(all.length);
    expect(JSON.stringify(passages)).toBe(JSON.stringify(all));
    expect(store.ids()).toEqual(all.map((p) => p.id));
    // Out of order, past the passages kept, and back.
    for (const i of [all.length - 1, 0, 777, 1, all.length - 2]) expect(JSON.stringify(store.get(i))).toBe(JSON.stringify(all[i]));
    expect(JSON.stringify(buildCatalogue(passages))).toBe(JSON.stringify(buildCatalogue(all)));
  });

  it("give each passage's facts (city, kind, which languages have text) as the passage itself gives them, held or on disk", async () => {
    const groups = [...perFile, extra, []];
    const all = groups.flat();
    for (const text of ["memory", "disk"] as const) {
      const store = await storeOf(groups, text);
      for (let i = 0; i < all.length; i++) expect(store.facts(i), `${text} ${all[i]!.id}`).toEqual(factsOf(all[i]!));
    }
  });

  it("behave as a read-only array", async () => {
    const all = perFile.flat();
    const passages = passageArray(await storeOf(perFile));
    expect(Array.isArray(passages)).toBe(true);
    expect(passages.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(passages.filter((p) => p.kind === "quote").length).toBe(all.filter((p) => p.kind === "quote").length);
    expect(passages.find((p) => p.id === all[700]!.id)?.id).toBe(all[700]!.id);
    expect(passages.slice(3, 5).map((p) => p.id)).toEqual(all.slice(3, 5).map((p) => p.id));
    expect(passages[all.length]).toBeUndefined();
    expect(passages[-1 as number]).toBeUndefined();
    expect(0 in passages && !(all.length in passages)).toBe(true);
    // The same object while it is among the recent ones.
    expect(passages[10]).toBe(passages[10]);
    expect(() => (passages[0] = all[1]!)).toThrow(/read-only/);
    expect(() => passages.push(all[0]!)).toThrow();
    expect(passageStoreOf(passages)).toBeDefined();
    expect(passageStoreOf(all)).toBeUndefined();
  });

  it("give the catalogue and the corpus's cities the objects would give", async () => {
    const groups = [...perFile, extra];
    const all = groups.flat();
    const lazy = passageArray(await storeOf(groups));
    expect(JSON.stringify(buildCatalogue(lazy))).toBe(JSON.stringify(buildCatalogue(all)));
    const catalogue = buildCatalogue(lazy);
    const plain = buildCatalogue(all);
    expect(catalogue.cities.map((c) => [c.initiatives.length, c.quotes.length])).toEqual(plain.cities.map((c) => [c.initiatives.length, c.quotes.length]));
    expect(corpusCities(lazy)).toEqual(corpusCities(all));
  });

  it("fail at load, naming the file, when a file is damaged", async () => {
    const path = join(dir, "bad.bin");
    const { good, badCity, badText } = await damagedCopies(path);
    writeFileSync(path, badCity);
    await expect(readPassageColumns(path)).rejects.toThrow(/bad\.bin: unknown city/);
    // A text end past its block.
    writeFileSync(path, badText);
    await expect(readPassageColumns(path)).rejects.toThrow(/bad\.bin: text of passage 0 is out of bounds/);
    // Cut short.
    writeFileSync(path, good.subarray(0, good.length - 64));
    await expect(readPassageColumns(path)).rejects.toThrow(/bad\.bin/);
    // Not a passage file at all.
    writeFileSync(path, Buffer.from("not an index file at all"));
    await expect(readPassageColumns(path)).rejects.toThrow(/bad\.bin/);
  });

  it("with text left in the file: a damaged or truncated file fails when opened, naming itself; a file cut short later fails the read, not the process", async () => {
    const path = join(dir, "bad-disk.bin");
    const { good, badCity, badText } = await damagedCopies(path);
    writeFileSync(path, badCity);
    await expect(openPassageColumns(path)).rejects.toThrow(/bad-disk\.bin: unknown city/);
    writeFileSync(path, badText);
    await expect(openPassageColumns(path)).rejects.toThrow(/bad-disk\.bin: text of passage 0 is out of bounds/);
    // Cut short: the last block no longer fits in the file.
    for (const cut of [64, good.length - 20, good.length - 4]) {
      writeFileSync(path, good.subarray(0, good.length - cut));
      await expect(openPassageColumns(path, "shown.bin")).rejects.toThrow(/shown\.bin/);
    }
    writeFileSync(path, Buffer.from("not an index file at all"));
    await expect(openPassageColumns(path)).rejects.toThrow(/bad-disk\.bin is not an index file/);
    writeFileSync(path, Buffer.alloc(0));
    await expect(openPassageColumns(path)).rejects.toThrow(/bad-disk\.bin/);
    // A header that claims more than the file holds.
    const badHeader = Buffer.from(good);
    badHeader.writeUInt32LE(good.length, 4);
    writeFileSync(path, badHeader);
    await expect(openPassageColumns(path)).rejects.toThrow(/bad-disk\.bin is truncated/);
    // Opened whole, then cut short under the server: reading a passage throws, naming the file.
    writeFileSync(path, good);
    const store = new PassageStore([await openPassageColumns(path)]);
    expect(store.get(0).id).toBe(perFile[0]![0]!.id);
    writeFileSync(path, good.subarray(0, 200));
    expect(() => store.get(perFile[0]!.length - 1)).toThrow(/bad-disk\.bin is shorter than when it was loaded/);
  });
});
