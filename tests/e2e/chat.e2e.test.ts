/**
 * The web chat in a real browser (Debian's chromium through playwright-core) against the real Node server, started
 * as a child process on a free port with its own corpus (the seed plus an XSS probe), index and SQLite database.
 * Screenshots (desktop and phone, Chinese and English) go to tests/e2e/screenshots/, which git ignores.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, chromiumInstalled, collectErrors, launchChromium } from "../helpers/browser.js";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import { startServer, type StartedServer } from "../helpers/server.js";
import { PROBE_SCRIPT, type PageProbe } from "./page-probe.js";

const ADMIN_TOKEN = "test-token";
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

const IMG = `<img src=x onerror="window.__xss=1">`;
const SCRIPT = `<script>window.__xss=2</script>`;
/** A city whose passage carries markup, in both languages. */
const XSS_CORPUS = [
  "测试 Testville",
  `测试市在公告栏上写下${IMG}和${SCRIPT}来检验网页安全,并建成了探针站777座。`,
  `Testville wrote ${IMG} and ${SCRIPT} on its notice board to check web safety, and built 777 probe stations.`,
  "",
].join("\n");

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let server: StartedServer;
let browser: Browser;
const open: { context: BrowserContext; errors: string[] }[] = [];

async function newPage(options: BrowserContextOptions & { locale: string }): Promise<Page> {
  const context = await browser.newContext({ colorScheme: "light", reducedMotion: "no-preference", ...options });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  open.push({ context, errors: collectErrors(page) });
  return page;
}

async function load(page: Page, base = server.url): Promise<void> {
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.locator("#question").waitFor();
}

const probe = (page: Page) => page.evaluate(() => window.__probe) as Promise<PageProbe>;

/** Types a question, sends it with Enter, and waits for its answer to finish; returns the answer's article. */
async function ask(page: Page, question: string): Promise<Locator> {
  const answers = page.locator("#messages > article.msg.assistant");
  const before = await answers.count();
  await page.locator("#question").fill(question);
  await page.locator("#question").press("Enter");
  const article = answers.nth(before);
  await page.waitForFunction(
    (n) => {
      const list = document.querySelectorAll("#messages > article.msg.assistant");
      const state = (list[n] as HTMLElement | undefined)?.dataset.state;
      return state === "done" || state === "error";
    },
    before,
    { timeout: 20_000 },
  );
  expect(await article.getAttribute("data-state"), await article.innerText()).toBe("done");
  return article;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.mouse.move(0, 0); // no hover state on the chip just clicked
  await page.waitForTimeout(400); // the smooth scroll to an opened card ends; its highlight still shows
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The page never scrolls sideways: neither the document nor the conversation is wider than the viewport. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const scroller = document.getElementById("scroller")!;
    return {
      viewport: window.innerWidth,
      document: doc.scrollWidth,
      scroller: scroller.scrollWidth - scroller.clientWidth,
    };
  });
}

beforeAll(async () => {
  // CI installs it (.ci/run); a missing browser is a failure, not a skip.
  if (!chromiumInstalled()) throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install chromium fonts-wqy-microhei`);
  [server, browser] = await Promise.all([
    startServer({ corpus: { "xss-probe.txt": XSS_CORPUS }, env: { ADMIN_TOKEN } }),
    launchChromium(),
  ]);
}, 90_000);

afterEach(async () => {
  if (server && server.exitStatus() !== null) {
    throw new Error(`the server exited (${server.exitStatus()}) during the test:\n${server.stderr().slice(-4000)}`);
  }
  const errors = open.flatMap((o) => o.errors);
  await Promise.all(open.splice(0).map((o) => o.context.close()));
  expect(errors, "console errors and uncaught exceptions in the page").toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(server?.stderr() ?? "", "the server's stderr").not.toMatch(/"level":"error"|Error:/);
  expect(code).toBe(0);
});

describe("the web chat in chromium", () => {
  it("answers a Chinese question as a stream, with the figure and a card of the cited city, and keeps it across a reload", async () => {
    const page = await newPage({ ...DESKTOP, locale: "zh-CN" });
    await load(page);
    expect(await page.locator("h1").innerText()).toBe("城市气候行动问答");
    const article = await ask(page, "深圳建成了多少座超充站?");

    const seen = await probe(page);
    expect(seen.states).toEqual(expect.arrayContaining(["streaming", "done"]));
    expect(seen.states.indexOf("streaming")).toBeLessThan(seen.states.indexOf("done"));
    expect(seen.tokenMutations, "tokens painted one by one").toBeGreaterThan(3);
    expect(seen.streamedText).toContain("1055");

    const answer = article.locator(".answer");
    expect(await answer.getAttribute("lang")).toBe("zh-CN");
    expect(await answer.innerText()).toMatch(/1,?055/);
    const chips = article.locator(".answer .cite-chip");
    expect(await chips.count()).toBeGreaterThan(0);
    const card = article.locator(`.source-card[data-n="${await chips.first().getAttribute("data-n")}"]`);
    await expect.poll(() => card.locator(".card-city").innerText()).toBe("深圳");
    expect(await card.locator(".passage-text").innerText()).toContain("1055");
    expect(await card.locator(".passage-text mark").count(), "the cited sentence is highlighted").toBeGreaterThan(0);

    // Shown within a second of the server's answer.
    const timing = await page.evaluate(() => {
      const p = window.__probe;
      return { sentToDone: (p.doneAt ?? Infinity) - (p.sentAt ?? 0) };
    });
    const totalMs = Number((await article.locator(".timings dd").nth(2).textContent({ timeout: 1000 }))?.replace(/\D/g, ""));
    expect(timing.sentToDone - totalMs).toBeLessThan(1000);

    await page.reload();
    await page.locator("#messages > article.msg.assistant[data-state='done']").waitFor();
    expect(await page.locator("#messages > article.msg.assistant .answer").innerText()).toMatch(/1,?055/);
    expect(await page.locator("#messages .msg.user .bubble").innerText()).toBe("深圳建成了多少座超充站?");
  });

  it("answers a Traditional-script question in Traditional script, with the original text one click away on its card", async () => {
    const page = await newPage({ ...DESKTOP, locale: "zh-TW" });
    await load(page);
    expect(await page.locator("#answer-lang option[value=zh-hant]").innerText()).toBe("繁體");
    // Asked in Traditional script; then a Simplified question with the 繁體 option chosen.
    const hant = await ask(page, "深圳的超充站數量是多少?");
    expect(await hant.locator(".answer").innerText()).toMatch(/超充站/);
    expect(await hant.locator(".answer").innerText()).toMatch(/實現|數量|續航|範圍/);
    const card = hant.locator(".source-card").first();
    const text = card.locator(".passage-text");
    const converted = await text.innerText();
    await card.locator(".toggle-script").click();
    const original = await text.innerText();
    expect(original).not.toBe(converted);
    expect(original).toMatch(/实现|数量|续航|范围/);
    await card.locator(".toggle-script").click();
    expect(await text.innerText()).toBe(converted);
    await page.locator("#answer-lang").selectOption("zh-hant");
    const forced = await ask(page, "深圳建成了多少座超充站?");
    expect(await forced.locator(".answer").innerText()).toMatch(/實現|數量|續航|範圍|建設/);
  });

  it("answers an English question with the figure and its source card, and opens the source from its chip", async () => {
    const page = await newPage({ ...DESKTOP, locale: "en-US" });
    await load(page);
    const article = await ask(page, "How many supercharging stations has Shenzhen built?");
    expect(await article.locator(".answer").innerText()).toContain("1,055");
    expect(await article.locator(".answer").getAttribute("lang")).toBe("en");

    const chip = article.locator(".answer .cite-chip").first();
    const n = await chip.getAttribute("data-n");
    const card = article.locator(`.source-card[data-n="${n}"]`);
    expect(await card.locator(".card-city").innerText()).toBe("Shenzhen");
    expect(await card.locator(".card-kind").innerText()).toBe("Initiative");
    await chip.click();
    await expect.poll(() => card.evaluate((el) => el.classList.contains("flash") && document.activeElement === el)).toBe(true);

    // Wide screen: both languages side by side; the toggle swaps them.
    const main = card.locator(".passage-text");
    expect(await main.getAttribute("lang")).toBe("en");
    expect(await card.locator(".passage-alt").isVisible()).toBe(true);
    expect(await card.locator(".passage-alt").innerText()).toContain("1055");
    const toggle = card.locator(".toggle-lang");
    expect(await toggle.innerText()).toBe("Show Chinese");
    await toggle.click();
    expect(await main.getAttribute("lang")).toBe("zh-CN");
    expect(await main.innerText()).toContain("超充站");
    expect(await toggle.innerText()).toBe("Show English");
    await toggle.click();
    expect(await main.getAttribute("lang")).toBe("en");
    await chip.click();
    await screenshot(page, "desktop-en");
  });

  it("switches the interface language, re-labels what is on screen and remembers it; Enter sends, Shift+Enter breaks the line", async () => {
    const page = await newPage({ ...DESKTOP, locale: "en-US" });
    await load(page);
    const uiLang = page.locator("#ui-lang");
    expect(await page.locator("h1").innerText()).toBe("City Climate Action Q&A");
    expect(await page.locator("#send").getAttribute("aria-label")).toBe("Send question");

    const input = page.locator("#question");
    await input.click();
    await page.keyboard.type("first line");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("second line");
    expect(await input.inputValue()).toBe("first line\nsecond line");
    expect(await page.locator("#messages > *").count()).toBe(0);
    await input.fill("");

    const article = await ask(page, "What did Wuhan's party secretary say?");
    expect(await article.locator(".toolbar .copy").innerText()).toContain("Copy");
    await uiLang.click();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("城市气候行动问答");
    expect(await uiLang.innerText()).toBe("English");
    expect(await page.locator("#send").getAttribute("aria-label")).toBe("发送问题");
    expect(await input.getAttribute("placeholder")).toBe("输入问题…");
    expect(await page.locator("#composer-hint").innerText()).toContain("Enter 发送");
    expect(await article.locator(".toolbar .copy").innerText()).toContain("复制");
    expect(await page.locator("#answer-lang option[value=auto]").innerText()).toBe("自动");
    // The answer and its cards keep the answer's language.
    expect(await article.locator(".answer").getAttribute("lang")).toBe("en");

    await page.reload();
    await page.locator("#question").waitFor();
    expect(await page.locator("h1").innerText()).toBe("城市气候行动问答");
    await uiLang.click();
    expect(await page.locator("h1").innerText()).toBe("City Climate Action Q&A");
  });

  it("stores a thumbs-down with its comment in SQLite and shows it in the admin export, which needs the token", async () => {
    const page = await newPage({ ...DESKTOP, locale: "en-US" });
    await load(page);
    const article = await ask(page, "How does Qingdao monitor energy use?");
    const comment = `Missing the year — e2e ${Date.now()}`;
    await article.locator(".fb-down").click();
    expect(await article.locator(".fb-down").getAttribute("aria-pressed")).toBe("true");
    await article.locator(".fb-comment").fill(comment);
    await article.locator(".fb-submit").click();
    await article.locator(".fb-thanks").waitFor();

    const db = new Database(join(server.dataDir, "feedback.sqlite"), { readonly: true });
    const row = db.prepare("SELECT * FROM feedback WHERE comment = ?").get(comment) as Record<string, unknown> | undefined;
    const questions = db.prepare("SELECT question FROM questions").all() as { question: string }[];
    db.close();
    expect(row).toMatchObject({ rating: "down", question: "How does Qingdao monitor energy use?", lang: "en", mode: "extractive" });
    expect(JSON.parse(String(row!.citations)).length).toBeGreaterThan(0);
    expect(row!.total_ms).toEqual(expect.any(Number));
    expect(questions.map((q) => q.question)).toContain("How does Qingdao monitor energy use?");

    const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const json = (await (await fetch(`${server.url}/api/admin/feedback`, { headers: auth })).json()) as { items: { comment?: string }[] };
    expect(json.items[0]!.comment).toBe(comment);
    const csv = await fetch(`${server.url}/api/admin/feedback?format=csv`, { headers: auth });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain(comment);

    const denied = await fetch(`${server.url}/api/admin/feedback?format=csv`);
    expect(denied.status).toBe(401);
    expect(denied.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await denied.json()).toMatchObject({ error: { code: "unauthorized", message: expect.any(String) } });
    const wrong = await fetch(`${server.url}/api/admin/questions`, { headers: { Authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
  });

  for (const [lang, question] of [
    ["zh", "测试市建成了多少座探针站?"],
    ["en", "How many probe stations has Testville built?"],
  ] as const) {
    it(`shows markup in a corpus passage as plain text and never runs it (${lang})`, async () => {
      const page = await newPage({ ...DESKTOP, locale: lang === "zh" ? "zh-CN" : "en-US" });
      await load(page);
      const article = await ask(page, question);
      const cards = article.locator(".source-card");
      const card = cards.filter({ hasText: "777" }).first();
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain(IMG);
      expect(text).toContain(SCRIPT);
      if (lang === "zh") await card.locator(".toggle-lang").click();
      expect(await card.locator(".passage-text").innerText()).toContain(SCRIPT);
      // Give a stray <img onerror> time to fire, then check nothing ran and no element was made from the text.
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
      expect(await page.locator("#messages img, #messages script").count()).toBe(0);
    });
  }

  it("fits a 375 px phone without sideways scrolling, in both languages", async () => {
    for (const [lang, question] of [
      ["zh", "深圳建成了多少座超充站?"],
      ["en", "How many supercharging stations has Shenzhen built?"],
    ] as const) {
      const page = await newPage({ ...PHONE, locale: lang === "zh" ? "zh-CN" : "en-US" });
      await load(page);
      expect(await horizontalOverflow(page)).toEqual({ viewport: 375, document: 375, scroller: 0 });
      await screenshot(page, `phone-${lang}-empty`);
      const article = await ask(page, question);
      await article.locator(".answer .cite-chip").first().click();
      const overflow = await horizontalOverflow(page);
      expect(overflow.document).toBeLessThanOrEqual(375);
      expect(overflow.scroller).toBeLessThanOrEqual(0);
      // On a phone one language shows at a time.
      expect(await article.locator(".source-card .passage-alt").first().isVisible()).toBe(false);
      await screenshot(page, `phone-${lang}`);
    }
  });

  it("shows the Chinese desktop page with an answer, its citations and an open card (screenshot)", async () => {
    const page = await newPage({ ...DESKTOP, locale: "zh-CN" });
    await load(page);
    await screenshot(page, "desktop-zh-empty");
    const article = await ask(page, "深圳建成了多少座超充站?");
    await article.locator(".answer .cite-chip").first().click();
    await screenshot(page, "desktop-zh");
  });

  it("keeps a dark-mode phone page legible (screenshot)", async () => {
    const page = await newPage({ ...PHONE, locale: "zh-CN", colorScheme: "dark" });
    await load(page);
    const article = await ask(page, "广州的通风廊道有几条?");
    await article.locator(".answer .cite-chip").first().click();
    await screenshot(page, "phone-zh-dark");
  });
});

describe("a model reply with markup", () => {
  let fake: FakeOpenAIServer;
  let llmServer: StartedServer;
  const REPLY = `深圳已建成超充站1,055座 <img src=x onerror="window.__xss=3"> <script>window.__xss=4</script> **done** [1]`;

  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    fake.setDefault({ kind: "reply", text: REPLY, tokenDelayMs: 5 });
    llmServer = await startServer({
      env: { LLM_PROVIDER: "openai", LLM_BASE_URL: fake.baseURL, LLM_MODEL: "fake-model", LLM_API_KEY: "sk-test" },
    });
  }, 90_000);

  afterAll(async () => {
    await llmServer?.stop();
    await fake?.close();
  });

  it("renders it as plain text while streaming and when done, and never runs it", async () => {
    const page = await newPage({ ...DESKTOP, locale: "zh-CN" });
    await load(page, llmServer.url);
    const article = await ask(page, "深圳建成了多少座超充站?");
    expect(fake.chatRequests().length).toBeGreaterThan(0);
    const seen = await probe(page);
    expect(seen.streamedText).toContain("<script>window.__xss=4</script>");
    expect(await article.getAttribute("data-state")).toBe("done");
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator("#messages img, #messages script").count()).toBe(0);
    const answer = await article.locator(".answer").innerText();
    expect(answer).toContain(`<img src=x onerror="window.__xss=3">`);
    expect(answer).toContain("<script>window.__xss=4</script>");
    expect(await article.locator(".answer strong").innerText()).toBe("done");
  });
});
