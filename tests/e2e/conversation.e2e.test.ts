/**
 * Conversation breadth in a real browser (Debian's chromium through playwright-core) against the real Node server
 * on the seed corpus, in Chinese and English: the welcome describes the material from its catalogue; a refusal
 * offers suggested questions as buttons that ask them; a multi-city answer reads as one cited item per city, within
 * the viewport; the answer's details show how the question was understood.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, chromiumInstalled, collectErrors, launchChromium } from "../helpers/browser.js";
import { startServer, type StartedServer } from "../helpers/server.js";

let server: StartedServer;
let browser: Browser;
const open: { context: BrowserContext; errors: string[] }[] = [];

async function newPage(locale: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
  const page = await context.newPage();
  open.push({ context, errors: collectErrors(page) });
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  await page.locator("#question").waitFor();
  return page;
}

const answers = (page: Page) => page.locator("#messages > article.msg.assistant");

async function waitForAnswer(page: Page, index: number): Promise<Locator> {
  await page.waitForFunction(
    (n) => ["done", "error"].includes((document.querySelectorAll("#messages > article.msg.assistant")[n] as HTMLElement | undefined)?.dataset.state ?? ""),
    index,
    { timeout: 20_000 },
  );
  const article = answers(page).nth(index);
  expect(await article.getAttribute("data-state")).toBe("done");
  return article;
}

async function ask(page: Page, question: string): Promise<Locator> {
  const before = await answers(page).count();
  await page.locator("#question").fill(question);
  await page.locator("#question").press("Enter");
  return waitForAnswer(page, before);
}

beforeAll(async () => {
  if (!chromiumInstalled()) throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install chromium fonts-wqy-microhei`);
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
}, 90_000);

afterEach(async () => {
  const errors = open.flatMap((o) => o.errors);
  await Promise.all(open.splice(0).map((o) => o.context.close()));
  expect(errors, "console errors and uncaught exceptions in the page").toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const CASES = [
  { lang: "zh", locale: "zh-CN", city: "深圳", outside: "饺子怎么包？", compare: "青岛和大连分别做了什么？", cities: ["青岛", "大连"], intent: "比较" },
  { lang: "en", locale: "en-US", city: "Shenzhen", outside: "How do I make dumplings?", compare: "How do Guangzhou and Wuhan differ in their approach?", cities: ["Guangzhou", "Wuhan"], intent: "comparison" },
] as const;

describe.each(CASES)("the web chat in $lang", (c) => {
  it("welcomes with the material's own catalogue", async () => {
    const page = await newPage(c.locale);
    await expect.poll(() => page.locator(".empty .intro").innerText()).toContain(c.city);
    expect(await page.locator("#examples .example").count()).toBeGreaterThanOrEqual(2);
  });

  it("offers suggested questions after a refusal, and a suggestion asks its question", async () => {
    const page = await newPage(c.locale);
    const refusal = await ask(page, c.outside);
    expect(await refusal.getAttribute("class")).toContain("refusal");
    const buttons = refusal.locator(".suggestions .suggestion");
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    const question = (await buttons.first().innerText()).trim();
    await buttons.first().click();
    const next = await waitForAnswer(page, 1);
    expect(await page.locator("#messages .msg.user .bubble").last().innerText()).toBe(question);
    expect(await next.getAttribute("class")).not.toContain("refusal");
    expect(await next.locator(".cite-chip").count()).toBeGreaterThan(0);
  });

  it("renders a multi-city answer as one cited item per city, within a phone's width, with the plan in its details", async () => {
    const page = await newPage(c.locale, 375);
    const article = await ask(page, c.compare);
    const items = article.locator(".answer li");
    expect(await items.count()).toBe(c.cities.length);
    for (let i = 0; i < c.cities.length; i++) {
      expect(await items.nth(i).innerText()).toContain(c.cities[i]);
      expect(await items.nth(i).locator(".cite-chip").count()).toBeGreaterThan(0);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await article.locator("details.timings summary").click();
    expect(await article.locator(".plan .plan-intent").innerText()).toBe(c.intent);
  });
});
