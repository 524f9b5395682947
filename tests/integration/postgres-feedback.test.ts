/**
 * Feedback and the question log on a REAL PostgreSQL (Debian's server, started by tests/helpers/postgres-server.ts)
 * shared by TWO real Node server processes: what is written through either is exported once, complete, by either.
 * The second server gets a copy of the index folder the first one built (the replica recipe in the README) and
 * must serve it without rebuilding.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresFeedbackStore } from "../../src/feedback/postgres-feedback-store.js";
import { startPostgres, type PostgresServer } from "../helpers/postgres-server.js";
import { REPO_ROOT, spawnServer, type ServerProcess } from "../helpers/processes.js";

const TOKEN = "replica-admin-token-123";
let pg: PostgresServer;
let root: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  pg = await startPostgres();
  root = mkdtempSync(join(tmpdir(), "cqa-pg-replicas-"));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await pg?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const feedback = (replica: number, n: number) => ({
  rating: n % 2 === 0 ? "up" : "down",
  comment: `replica ${replica} note ${n} · 第${n}条`,
  question: "深圳建成了多少座超充站?",
  answer: "深圳已累计建成超充站1055座。[1]",
  lang: "zh",
  mode: "extractive",
  citations: [`passage-${n}`],
  timings: { retrieveMs: 1.25, generateMs: 2, totalMs: 3.5 },
});

async function admin(server: ServerProcess, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as { count: number; items: Record<string, unknown>[] };
}

describe("PostgreSQL feedback store shared by replicas", () => {
  it("migrates once when several processes start together", async () => {
    const stores = Array.from({ length: 4 }, () => createPostgresFeedbackStore(pg.url));
    try {
      const applied = await Promise.all(stores.map((s) => s.migrate()));
      // Exactly one of them applied version 1; the others found it done.
      expect(applied.flat()).toEqual([1]);
      const sql = postgres(pg.url, { max: 1 });
      try {
        expect((await sql`SELECT version FROM schema_migrations`).map((r) => r.version)).toEqual([1]);
      } finally {
        await sql.end();
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("exports feedback written through two server processes once, complete, from either", async () => {
    const corpusDir = join(REPO_ROOT, "corpus");
    const env = { DATABASE_URL: pg.url, ADMIN_TOKEN: TOKEN };
    const a = await spawnServer({ corpusDir, indexDir: join(root, "index-a"), dataDir: join(root, "data-a") }, env);
    servers.push(a);
    await a.ready();
    // The index is built once and copied to the other replica, which serves it as it is.
    cpSync(join(root, "index-a"), join(root, "index-b"), { recursive: true });
    const b = await spawnServer({ corpusDir, indexDir: join(root, "index-b"), dataDir: join(root, "data-b") }, env);
    servers.push(b);
    await b.ready();
    expect(b.output()).not.toMatch(/needs a build|rebuilding/);

    const perReplica = 15;
    const posts = [a, b].flatMap((server, replica) =>
      Array.from({ length: perReplica }, (_, n) =>
        fetch(`${server.url}/api/feedback`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(feedback(replica, n)),
        }),
      ),
    );
    const responses = await Promise.all(posts);
    expect(responses.map((r) => r.status)).toEqual(Array(2 * perReplica).fill(201));
    const chats = await Promise.all(
      [a, b].map((server, i) =>
        fetch(`${server.url}/api/chat`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ question: i === 0 ? "How many supercharging stations has Shenzhen built?" : "武汉的海绵城市建设怎么样?" }),
        }),
      ),
    );
    expect(chats.map((r) => r.status)).toEqual([200, 200]);

    const fromA = await admin(a, "/api/admin/feedback");
    const fromB = await admin(b, "/api/admin/feedback");
    expect(fromA.count).toBe(2 * perReplica);
    expect(fromB).toEqual(fromA);
    const ids = fromA.items.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const comments = fromA.items.map((r) => r.comment).sort();
    const sent = [0, 1].flatMap((replica) => Array.from({ length: perReplica }, (_, n) => feedback(replica, n).comment)).sort();
    expect(comments).toEqual(sent);
    expect(fromA.items.find((r) => r.comment === feedback(1, 3).comment)).toMatchObject({
      rating: "down",
      citations: ["passage-3"],
      timings: { retrieveMs: 1.25, generateMs: 2, totalMs: 3.5 },
    });

    // The question log is shared too (written after the answer is sent, so allow it a moment).
    let questions = await admin(a, "/api/admin/questions");
    for (let i = 0; i < 50 && questions.count < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      questions = await admin(b, "/api/admin/questions");
    }
    expect(questions.items.map((q) => q.lang).sort()).toEqual(["en", "zh"]);

    const csv = await fetch(`${b.url}/api/admin/feedback?format=csv`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect((await csv.text()).trim().split("\n")).toHaveLength(1 + 2 * perReplica);
    // The database password never reaches a log line.
    expect(a.output() + b.output()).not.toContain(pg.password);
  }, 180_000);
});
