/**
 * Nothing usable is not healthy: a corpus of junk only makes `npm run ingest` fail with a clear message, and the
 * server (which still starts, so an operator can see why) reports itself degraded on /healthz with the reason.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JUNK, writeJunk } from "../helpers/document-corpus.js";
import { logLines, spawnIngest, spawnServer, type ServerProcess } from "../helpers/processes.js";

let root: string;
let corpusDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cqa-empty-"));
  corpusDir = join(root, "corpus");
  mkdirSync(corpusDir);
  writeJunk(corpusDir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a corpus of junk only", () => {
  it("makes npm run ingest exit non-zero, naming every skipped file and the reason nothing was indexed", async () => {
    const ingest = spawnIngest(corpusDir, join(root, "index-cli"));
    const { code } = await ingest.done;
    const output = ingest.output();
    expect(code, output).not.toBe(0);
    expect(ingest.stderr()).toMatch(/ingest failed: the corpus holds no usable passage: .* only files that were skipped \(7\)/);
    for (const file of Object.keys(JUNK)) expect(output).toContain(`Skipped ${file}:`);
  }, 120_000);

  describe("served", () => {
    let server: ServerProcess;
    beforeAll(async () => {
      // LOG_LEVEL=warn: the skipped files must still be logged when request lines are not.
      server = await spawnServer({ corpusDir, indexDir: join(root, "index"), dataDir: join(root, "data") }, { LOG_LEVEL: "warn" });
      const deadline = Date.now() + 120_000;
      for (;;) {
        const res = await fetch(`${server.url}/healthz`).catch(() => null);
        if (res && (await res.json()).status !== "starting") break;
        if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(`server did not load:\n${server.output()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }, 150_000);
    afterAll(() => server?.stop());

    it("reports degraded (503) with the reason on /healthz", async () => {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body).toMatchObject({ status: "degraded", passages: 0 });
      expect(body.reason).toMatch(/no usable passage/);
      expect(body.reason).toMatch(/skipped \(7\)/);
    });

    it("logs each skipped file at warn level", () => {
      const warnings = logLines(server.stderr()).filter((l) => l.level === "warn");
      for (const file of Object.keys(JUNK)) expect(warnings.some((w) => String(w.msg).includes(`Skipped ${file}:`)), file).toBe(true);
      expect(logLines(server.stdout()).filter((l) => l.level === "info")).toEqual([]);
    });

    it("keeps answering chat requests (a refusal), without an error", async () => {
      const res = await fetch(`${server.url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: "深圳建成了多少座超充站?" }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).answerable).toBe(false);
    });
  });
});
