/**
 * Adding documents while the server runs, over real HTTP: POST /api/admin/reindex under 50 concurrent chats (no
 * request fails; the new document answers as soon as the call returns), and CORPUS_WATCH=1 (a new file is picked
 * up without any call).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type StartedServer } from "../helpers/server.js";

const TOKEN = "reindex-test-token";
const CONCURRENT_CHATS = 50;
const NEW_DOC = [
  "# 西宁 Xining",
  "",
  "西宁已建成光伏储能一体化充电站48座，高原上的电动车充电更方便。",
  "Xining has built 48 charging stations that combine solar panels with battery storage, making charging easier on the plateau.",
  "",
].join("\n");
const NEW_QUESTION = "How many solar-plus-storage charging stations has Xining built?";

async function chat(url: string, question: string) {
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question }),
  });
  return { status: res.status, body: (await res.json()) as { answer: string; answerable: boolean; citations: { doc: string }[] } };
}

function reindex(url: string, token?: string) {
  return fetch(`${url}/api/admin/reindex`, { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe("POST /api/admin/reindex", () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer({ env: { ADMIN_TOKEN: TOKEN, RATE_LIMIT_RPM: "0" } });
  }, 120_000);
  afterAll(() => server?.stop());

  it("is behind the admin token and takes only POST", async () => {
    expect((await reindex(server.url)).status).toBe(401);
    expect((await reindex(server.url, "wrong")).status).toBe(401);
    const get = await fetch(`${server.url}/api/admin/reindex`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(405);
    expect((await get.json()).error.code).toBe("method_not_allowed");
  });

  it("swaps in a new document under 50 concurrent chats: no request fails, and it answers right after the call", async () => {
    const before = await chat(server.url, NEW_QUESTION);
    expect(before.body.citations.some((c) => c.doc === "xining.md")).toBe(false);

    writeFileSync(join(server.corpusDir, "xining.md"), NEW_DOC);
    let reindexing = true;
    const statuses: number[] = [];
    const questions = ["深圳建成了多少座超充站?", "How many supercharging stations has Shenzhen built?", "广州规划了几条通风廊道?", "What did Wuhan's party secretary say?"];
    // Each of the 50 clients keeps asking until the reindex has returned (and at least once).
    const clients = Array.from({ length: CONCURRENT_CHATS }, async (_, i) => {
      do {
        const { status } = await chat(server.url, questions[i % questions.length]!);
        statuses.push(status);
      } while (reindexing);
    });
    const started = performance.now();
    const res = await reindex(server.url, TOKEN);
    const ms = performance.now() - started;
    reindexing = false;
    const report = await res.json();
    await Promise.all(clients);

    expect(res.status, JSON.stringify(report)).toBe(200);
    expect(report).toMatchObject({ status: "ok", documents: 2, skipped: [] });
    expect(report.passages).toBe(15);
    expect(statuses.length).toBeGreaterThanOrEqual(CONCURRENT_CHATS);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    console.log(`reindex: ${Math.round(ms)} ms under ${CONCURRENT_CHATS} concurrent chats (${statuses.length} chats, all 200)`);

    const after = await chat(server.url, NEW_QUESTION);
    expect(after.status).toBe(200);
    expect(after.body.answerable).toBe(true);
    expect(after.body.citations[0]?.doc).toBe("xining.md");
    expect(after.body.answer).toContain("48");
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ status: "ok", passages: 15 });
  }, 120_000);
});

describe("CORPUS_WATCH=1", () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer({ env: { CORPUS_WATCH: "1", RATE_LIMIT_RPM: "0" } });
  }, 120_000);
  afterAll(() => server?.stop());

  it("reindexes when a document is added, without a call or a restart", async () => {
    writeFileSync(join(server.corpusDir, "xining.md"), NEW_DOC);
    const deadline = Date.now() + 30_000;
    let answer = await chat(server.url, NEW_QUESTION);
    while (answer.body.citations[0]?.doc !== "xining.md" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await chat(server.url, NEW_QUESTION);
    }
    expect(answer.body.citations[0]?.doc).toBe("xining.md");
    expect(answer.body.answer).toContain("48");
  }, 60_000);
});
