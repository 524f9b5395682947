/**
 * The API reference page (/docs) in a real browser against the real Node server: Swagger UI loads from this
 * origin under the page's CSP (no violation, no console error), renders every path of /openapi.json, and its
 * "Try it out" calls the API.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumInstalled, collectErrors, launchChromium } from "../helpers/browser.js";
import { startServer, type StartedServer } from "../helpers/server.js";

let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumInstalled()) return;
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Records CSP violations as the page reports them, before any script of the page runs. */
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));`;

describe.skipIf(!chromiumInstalled())("GET /docs", () => {
  it("renders every documented path with Swagger UI from this origin, with no CSP violation", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: RECORD_VIOLATIONS });
    const page: Page = await context.newPage();
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const res = await page.goto(`${server.url}/docs`, { waitUntil: "load" });
    expect(res!.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
    await page.locator(".opblock").first().waitFor({ timeout: 15_000 });

    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, object> };
    const shown = await page.locator(".opblock-summary-path").evaluateAll((els) => els.map((e) => e.getAttribute("data-path")));
    expect(new Set(shown)).toEqual(new Set(Object.keys(doc.paths)));
    expect(await page.locator(".info .title").innerText()).toContain("City Climate QA");

    // Try it out: GET /healthz from the page, through its connect-src.
    const health = page.locator("#operations-service-health");
    await health.locator(".opblock-summary").click();
    await health.getByRole("button", { name: "Try it out" }).click();
    await health.getByRole("button", { name: "Execute" }).click();
    await expect.poll(() => health.locator(".live-responses-table tbody .response-col_status").first().innerText().catch(() => ""), { timeout: 10_000 }).toContain("200");

    expect(requests.every((url) => url.startsWith(server.url) || url.startsWith("data:"))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
