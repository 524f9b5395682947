/**
 * Faults with real processes: an ingest killed with SIGKILL halfway through writing a 20,000-passage build, an
 * index whose bytes were damaged on disk, corpus files that cannot be read, and SIGTERM while a stream is being
 * answered. The service must keep serving the last complete index, rebuild what is damaged (saying so in its log),
 * skip what it cannot read (naming it), and finish its streams before it exits.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatAnswerSchema } from "../../src/schemas.js";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../helpers/fake-openai-server.js";
import {
  logLines,
  readManifestBuild,
  runTsx,
  spawnIngest,
  spawnServer,
  startDenseEmbeddingsServer,
  type IngestProcess,
  type ServerProcess,
} from "../helpers/processes.js";
import { readSse } from "../helpers/sse-client.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "../helpers/test-engine.js";

const QUESTION = "How many supercharging stations has Shenzhen built?";
let root: string;
let seedPassages = 0;
const servers: ServerProcess[] = [];
const ingests: IngestProcess[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "cqa-faults-"));
});
afterAll(async () => {
  for (const ingest of ingests) ingest.kill9();
  await Promise.all(servers.map((s) => s.stop(3000)));
  rmSync(root, { recursive: true, force: true });
});

function seedCorpus(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(SEED_CORPUS_PATH, join(dir, SEED_DOC));
  return dir;
}

async function ingest(corpusDir: string, indexDir: string, env: Record<string, string> = {}): Promise<string> {
  const run = spawnIngest(corpusDir, indexDir, env);
  ingests.push(run);
  const { code } = await run.done;
  expect(code, run.output()).toBe(0);
  return run.output();
}

async function serve(corpusDir: string, indexDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await spawnServer({ corpusDir, indexDir, dataDir: join(root, `data-${servers.length}`) }, env);
  servers.push(server);
  await server.ready();
  return server;
}

/** The server answers the seed's best-known question correctly, citing the passage that holds the figure. */
async function expectCorrectAnswer(server: ServerProcess): Promise<void> {
  const res = await fetch(`${server.url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question: QUESTION }),
  });
  expect(res.status).toBe(200);
  const answer = ChatAnswerSchema.parse(await res.json());
  expect(answer.answerable).toBe(true);
  expect(answer.answer).toContain("1,055");
  expect(answer.citations.some((c) => c.en?.includes("1,055 supercharging stations"))).toBe(true);
  const search = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent("深圳 超充站")}&k=3`)).json()) as { results: { zh: string | null }[] };
  expect(search.results[0]?.zh).toContain("超充站1055座");
}

async function health(server: ServerProcess): Promise<{ passages: number }> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as { passages: number };
}

/** Every file of a build folder (relative paths), except the checksums and the manifest. */
function buildFiles(buildDir: string): string[] {
  return (readdirSync(buildDir, { recursive: true }) as string[])
    .map((p) => String(p))
    .filter((p) => statSync(join(buildDir, p)).isFile() && !/^(checksums|manifest)\.json$/.test(p))
    .sort();
}

/** Build files whose path starts with `prefix` (a file or a folder of the store's layout), largest first. */
function filesOf(buildDir: string, prefix: string): string[] {
  const found = buildFiles(buildDir).filter((p) => p.startsWith(prefix));
  if (!found.length) throw new Error(`no ${prefix}* file in ${buildDir}: ${buildFiles(buildDir).join(", ")}`);
  return found.sort((a, b) => statSync(join(buildDir, b)).size - statSync(join(buildDir, a)).size).map((p) => join(buildDir, p));
}

/** The build's vector file, whatever the store writes: HNSWLib's index, or the exact sparse index. */
const vectorFile = (buildDir: string) =>
  existsSync(join(buildDir, "hnsw", "hnswlib.index")) ? join(buildDir, "hnsw", "hnswlib.index") : filesOf(buildDir, "vectors")[0]!;

/** The build's passages files (passages.bin, a passages/ folder, or passages.json in older layouts). */
const passagesFiles = (buildDir: string) => filesOf(buildDir, "passages");

/** Deterministic junk (an LCG), so a failure can be replayed byte for byte. */
function junk(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const data = readFileSync(path);
  bytes.copy(data, offset);
  writeFileSync(path, data);
}

describe("kill -9 during an ingest", () => {
  it("keeps serving the previous index: the manifest never points at the half-written build", { timeout: 300_000 }, async () => {
    const seed = seedCorpus("kill-seed");
    const indexDir = join(root, "kill-index");
    await ingest(seed, indexDir);
    const previous = readManifestBuild(indexDir);

    const big = join(root, "kill-big");
    await runTsx(["tests/bench/generate-corpus.ts", "--passages", "20000", "--seed", "7", "--out", big]);

    // Kill the moment the new build folder appears, while its files are being written: the worst possible time.
    const run = spawnIngest(big, indexDir);
    ingests.push(run);
    let killedIn: string | null = null;
    const deadline = Date.now() + 240_000;
    while (!killedIn && Date.now() < deadline) {
      if (run.child.exitCode !== null) throw new Error(`the ingest finished before it could be killed:\n${run.output()}`);
      const fresh = readdirSync(indexDir).find((e) => e.startsWith("build-") && e !== previous);
      if (fresh) {
        run.kill9();
        killedIn = fresh;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    expect(killedIn, `no new build folder appeared:\n${run.output()}`).not.toBeNull();
    expect((await run.done).signal).toBe("SIGKILL");
    expect(run.output()).not.toMatch(/Indexed \d+ passages/);
    expect(readManifestBuild(indexDir)).toBe(previous);
    expect(readdirSync(indexDir).filter((e) => e.endsWith(".tmp"))).toEqual([]);

    const server = await serve(seed, indexDir);
    const log = server.output();
    expect(log).not.toMatch(/needs a build|corrupted|rebuilding/);
    expect((await health(server)).passages).toBeGreaterThan(0);
    seedPassages = (await health(server)).passages;
    await expectCorrectAnswer(server);
  });
});

describe("a damaged index at start", () => {
  /** A dense embedder (the loopback server's /v1/embeddings) makes the build use HNSWLib, whose reader trusts its bytes. */
  let embeddingsServer: { baseURL: string; close(): Promise<void> };
  beforeAll(async () => {
    embeddingsServer = await startDenseEmbeddingsServer();
  });
  afterAll(() => embeddingsServer.close());
  const denseEnv = () => ({ EMBEDDINGS_PROVIDER: "openai", EMBEDDINGS_BASE_URL: embeddingsServer.baseURL, EMBEDDINGS_MODEL: "dense-test" });

  async function builtIndex(name: string, env: Record<string, string>) {
    const corpus = seedCorpus(`${name}-corpus`);
    const indexDir = join(root, `${name}-index`);
    await ingest(corpus, indexDir, env);
    return { corpus, indexDir, build: readManifestBuild(indexDir) };
  }

  /** Damages one file of the current build, then starts the server: it must say so, naming the file, and rebuild. */
  async function expectRebuilt(name: string, damage: (buildDir: string) => string, env: Record<string, string> = {}) {
    const { corpus, indexDir, build } = await builtIndex(name, env);
    const file = damage(join(indexDir, build));
    const server = await serve(corpus, indexDir, env);
    const lines = logLines(server.output()).map((l) => String(l.msg));
    const complaint = lines.find((m) => /corrupt/i.test(m));
    expect(complaint, lines.join("\n")).toBeDefined();
    expect(complaint).toContain(basename(file));
    expect(lines.some((m) => /built index/.test(m)), lines.join("\n")).toBe(true);
    expect(readManifestBuild(indexDir)).not.toBe(build);
    expect(existsSync(join(indexDir, build))).toBe(false);
    if (seedPassages) expect((await health(server)).passages).toBe(seedPassages);
    await expectCorrectAnswer(server);
  }

  it("junk in the middle of hnswlib.index (which hnswlib would load and crash on): logged, rebuilt, answers", { timeout: 120_000 }, async () => {
    await expectRebuilt(
      "hnsw-junk",
      (buildDir) => {
        const path = join(buildDir, "hnsw", "hnswlib.index");
        expect(existsSync(path), "a dense embedder should give an HNSW build").toBe(true);
        overwrite(path, Math.floor(statSync(path).size / 2), junk(1500, 2));
        return path;
      },
      denseEnv(),
    );
  });

  it("a truncated vector index: logged, rebuilt, answers correctly", { timeout: 120_000 }, async () => {
    await expectRebuilt("vectors-truncated", (buildDir) => {
      const path = vectorFile(buildDir);
      writeFileSync(path, readFileSync(path).subarray(0, 1000));
      return path;
    });
  });

  it("one changed figure in the passages (same size, still well-formed): logged, rebuilt, answers 1,055 again", { timeout: 120_000 }, async () => {
    await expectRebuilt("passages-figure", (buildDir) => {
      for (const path of passagesFiles(buildDir)) {
        const data = readFileSync(path);
        let changed = 0;
        for (const encoding of ["utf8", "utf16le"] as const) {
          const from = Buffer.from("1,055", encoding);
          const to = Buffer.from("9,999", encoding);
          for (let at = data.indexOf(from); at >= 0; at = data.indexOf(from, at + 1)) {
            to.copy(data, at);
            changed++;
          }
        }
        if (!changed) continue;
        writeFileSync(path, data);
        return path;
      }
      throw new Error("the figure 1,055 is in no passages file (is the text stored compressed?)");
    });
  });

  it("garbage over the start of the passages file: logged, rebuilt, answers correctly", { timeout: 120_000 }, async () => {
    await expectRebuilt("passages-garbage", (buildDir) => {
      const path = passagesFiles(buildDir)[0]!;
      overwrite(path, 0, junk(200, 9));
      return path;
    });
  });
});

describe("corpus files that cannot be read", () => {
  it("are skipped with a warning naming them; the rest is ingested and served", { timeout: 120_000 }, async () => {
    const corpus = seedCorpus("unreadable-corpus");
    writeFileSync(join(corpus, "broken-bytes.txt"), Buffer.concat([Buffer.from("上海 Shanghai\n"), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from("\n")]));
    symlinkSync(join(root, "does-not-exist.txt"), join(corpus, "dangling-link.txt"));
    mkdirSync(join(corpus, "a-folder.txt"));
    const indexDir = join(root, "unreadable-index");

    const out = await ingest(corpus, indexDir);
    expect(out).toMatch(/warning: Skipped broken-bytes\.txt/);
    const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { documents: Record<string, string>; passages: number; warnings: string[] };
    expect(Object.keys(manifest.documents)).toEqual([SEED_DOC]);
    expect(manifest.passages).toBeGreaterThan(0);
    expect(manifest.warnings.join("\n")).toContain("broken-bytes.txt");

    // The server builds from the same folder on a fresh index and names the file in its log.
    const server = await serve(corpus, join(root, "unreadable-index-2"));
    expect(server.output()).toContain("broken-bytes.txt");
    await expectCorrectAnswer(server);
  });
});

describe("SIGTERM during a stream", () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
  });
  afterAll(() => fake.close());

  it("finishes the stream, refuses new connections, then exits 0", { timeout: 120_000 }, async () => {
    const reply = `Shenzhen has built 1,055 supercharging stations [1]. ${"It keeps adding more of them every year. ".repeat(12)}`;
    fake.setDefault({ kind: "reply", text: reply, tokenDelayMs: 40, chunkChars: 8 });
    const server = await serve(seedCorpus("sigterm-corpus"), join(root, "sigterm-index"), {
      LLM_PROVIDER: "openai",
      LLM_BASE_URL: fake.baseURL,
      LLM_API_KEY: "sk-test-sigterm-000000",
      LLM_MODEL: "fake-model",
    });
    const res = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: QUESTION, stream: true }),
    });
    expect(res.status).toBe(200);
    const events = readSse(res);
    const seen: string[] = [];
    let answerData = "";
    // Wait for the first token, then signal.
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      seen.push(next.value.event);
      if (next.value.event === "done") answerData = next.value.data;
      if (next.value.event === "token") break;
    }
    // The stream must come from the model (slow tokens), or the signal would arrive after the answer was complete.
    expect(fake.chatRequests().length, "the server did not call the configured model").toBeGreaterThan(0);
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    expect(server.child.exitCode).toBeNull();
    await expect(fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();

    for await (const event of events) {
      seen.push(event.event);
      if (event.event === "done") answerData = event.data;
    }
    expect(seen.at(-1)).toBe("done");
    expect(seen.filter((e) => e === "token").length).toBeGreaterThan(5);
    const answer = ChatAnswerSchema.parse(JSON.parse(answerData));
    expect(answer.mode).toBe("llm");
    expect(answer.answer).toContain("1,055");

    const { code } = await server.stop(15_000);
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(12_000);
  });
});
