/**
 * Documents as people have them, end to end: `npm run ingest` over the seed plus Markdown, a web page, Word, PDF,
 * one-language documents, a 250 KB paragraph, a pair repeated 50 times, GBK and UTF-16 files and junk; then the real
 * server over HTTP answers our own questions on every real document.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUNK, QUESTIONS, writeDocumentCorpus } from "../helpers/document-corpus.js";
import { spawnIngest, spawnServer, type ServerProcess } from "../helpers/processes.js";
import { readManifest } from "../../src/store/manifest.js";
import type { ChatAnswer } from "../../src/schemas.js";

const MAX_BODY_BYTES = 20 * 1024;
/** Markdown a reader would see as syntax: emphasis, code, headings, list bullets, table rules and pipes, links. */
const MARKDOWN_SYNTAX = /\*\*|__|`|^#{1,6}\s|^\s*[-*+]\s|\|\s*-{3,}|\s\|\s|\[[^\]]*\]\([^)]*\)/m;

let root: string;
let corpusDir: string;
let indexDir: string;
let ingestOutput = "";
let ingestCode: number | null = null;
let server: ServerProcess;
const answers = new Map<string, { status: number; bytes: number; body: ChatAnswer }>();

async function chat(question: string, k?: number) {
  const res = await fetch(`${server.url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, ...(k ? { k } : {}) }),
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as ChatAnswer };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "cqa-documents-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  mkdirSync(corpusDir);
  await writeDocumentCorpus(corpusDir);
  const ingest = spawnIngest(corpusDir, indexDir);
  ingestCode = (await ingest.done).code;
  ingestOutput = ingest.output();
  server = await spawnServer({ corpusDir, indexDir, dataDir: join(root, "data") }, { LOG_LEVEL: "error" });
  await server.ready(120_000);
  for (const q of QUESTIONS) answers.set(q.question, await chat(q.question));
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("ingest of a real-world corpus", () => {
  it("succeeds and names each skipped file with its reason", () => {
    expect(ingestCode, ingestOutput).toBe(0);
    for (const [file, reason] of Object.entries(JUNK)) {
      const line = ingestOutput.split("\n").find((l) => l.includes(`Skipped ${file}:`));
      expect(line, `${file} in:\n${ingestOutput}`).toBeDefined();
      expect(line).toMatch(reason);
    }
    // Not a document at all: not read, so not reported as skipped either.
    expect(ingestOutput).not.toContain("picture.png");
    expect(ingestOutput).toMatch(/Documents read: 11; passages: \d+; duplicates merged: 49; files skipped: 7/);
  });

  it("stores the 50x repeated pair once, cuts the 250 KB paragraph, and decodes GBK and UTF-16", async () => {
    const manifest = (await readManifest(indexDir))!;
    expect(manifest.documentPassages["hefei-duplicated.txt"]).toBe(1);
    expect(manifest.duplicatesMerged).toEqual({ "hefei-duplicated.txt": 49 });
    expect(manifest.documentPassages["lanzhou-long.txt"]).toBeGreaterThan(200);
    expect(manifest.documentPassages["nanjing-gbk.txt"]).toBe(1);
    expect(manifest.documentPassages["wuxi-utf16.txt"]).toBe(1);
    expect(manifest.skipped?.map((s) => s.doc).sort()).toEqual(Object.keys(JUNK).sort());
  });

  it("serves healthy once the index is built", async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health.status).toBe("ok");
  });
});

describe("answers over every real document", () => {
  it("answers in the asker's language, citing the right document, with the right figure in at least 90%", () => {
    let withFigure = 0;
    const misses: string[] = [];
    for (const q of QUESTIONS) {
      const { status, body } = answers.get(q.question)!;
      expect(status, q.question).toBe(200);
      expect(body.lang, q.question).toBe(q.lang);
      expect(body.answerable, q.question).toBe(true);
      expect(body.citations[0]?.doc, q.question).toBe(q.doc);
      const digits = body.answer.replace(/(\d)[,，](?=\d{3})/g, "$1");
      if (digits.includes(q.figure)) withFigure++;
      else misses.push(`${q.question} => ${body.answer}`);
    }
    const rate = withFigure / QUESTIONS.length;
    console.log(`documents: right figure in ${withFigure}/${QUESTIONS.length} answers (${(rate * 100).toFixed(1)}%)${misses.length ? `; misses:\n${misses.join("\n")}` : ""}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("never shows Markdown syntax, in an answer or a cited passage", () => {
    for (const { body } of answers.values()) {
      expect(body.answer).not.toMatch(MARKDOWN_SYNTAX);
      for (const c of body.citations) {
        expect(c.zh ?? "").not.toMatch(MARKDOWN_SYNTAX);
        expect(c.en ?? "").not.toMatch(MARKDOWN_SYNTAX);
      }
    }
  });

  it("keeps every answer body under 20 KB and cites no passage twice, even with k = 10 on the long paragraph", async () => {
    const wide = await chat("What did survey round 450 log along the ward roads of Lanzhou?", 10);
    for (const { bytes, body } of [...answers.values(), wide]) {
      expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
      const texts = body.citations.map((c) => `${c.zh ?? ""}\u0000${c.en ?? ""}`);
      expect(new Set(texts).size).toBe(texts.length);
      expect(new Set(body.citations.map((c) => c.id)).size).toBe(body.citations.length);
    }
  });

  it("reports headings that are not places as sections, never as cities", async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent("Hangzhou public bicycle hubs metro")}&k=5`);
    const { results } = (await res.json()) as { results: { city: { en: string } | null; section?: string; doc: string }[] };
    const hub = results.find((r) => r.doc === "hangzhou.md" && r.section);
    expect(hub).toMatchObject({ city: { en: "Hangzhou" }, section: "慢行交通 Cycling" });
    const cities = new Set(results.map((r) => r.city?.en));
    expect(cities.has("Cycling")).toBe(false);
  });
});
