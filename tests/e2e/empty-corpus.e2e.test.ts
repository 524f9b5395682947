/**
 * The web chat on a server whose corpus holds nothing usable (junk only), in a real browser: it says the material
 * is empty, with the server's reason, and does not invite questions that could only be refused.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumInstalled, collectErrors, launchChromium } from "../helpers/browser.js";
import { writeJunk } from "../helpers/document-corpus.js";
import { spawnServer, type ServerProcess } from "../helpers/processes.js";

let root: string;
let server: ServerProcess;
let browser: Browser;

describe.skipIf(!chromiumInstalled())("web chat over an empty corpus", () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "cqa-empty-e2e-"));
    const corpusDir = join(root, "corpus");
    mkdirSync(corpusDir);
    writeJunk(corpusDir);
    server = await spawnServer({ corpusDir, indexDir: join(root, "index"), dataDir: join(root, "data") }, { LOG_LEVEL: "error" });
    const deadline = Date.now() + 90_000;
    for (;;) {
      const res = await fetch(`${server.url}/healthz`).catch(() => null);
      if (res && (await res.json()).status === "degraded") break;
      if (Date.now() > deadline) throw new Error(`server did not report degraded:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ["en-US", "No material yet"],
    ["zh-CN", "资料库是空的"],
  ])("says the material is empty (%s) and disables the question box", async (locale, title) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    const note = page.locator(".corpus-empty");
    await note.waitFor();
    expect(await note.locator("h2").textContent()).toBe(title);
    expect(await note.locator(".corpus-empty-reason").textContent()).toMatch(/no usable passage/);
    expect(await page.locator("#question").isDisabled()).toBe(true);
    expect(await page.locator("#send").isDisabled()).toBe(true);
    // The one expected console line is the browser noting the 503 of /healthz itself.
    expect(errors.filter((e) => !/503/.test(e))).toEqual([]);
    await context.close();
  });
});
