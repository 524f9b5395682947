/**
 * Starts the real Node server (src/entry/node.ts) as a child process on a free loopback port, with its own
 * temporary corpus, index and data folders, and waits until /healthz answers 200. For end-to-end and process tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SEED_CORPUS_PATH, SEED_DOC } from "./test-engine.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAX_CAPTURE = 256 * 1024;

export interface StartServerOptions {
  /** More corpus files beside the seed: { "name.txt": text }. */
  corpus?: Record<string, string>;
  /** Leave the seed corpus out. */
  withoutSeed?: boolean;
  /** More environment (LLM_PROVIDER, ADMIN_TOKEN…); PORT, HOST and the folders are set here. */
  env?: Record<string, string>;
  /** How long to wait for /healthz (the index is built at start). */
  readyTimeoutMs?: number;
}

export interface StartedServer {
  url: string;
  port: number;
  pid: number;
  /** The temporary folder holding corpus/, index/ and data/. */
  root: string;
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  stdout(): string;
  stderr(): string;
  /** The exit code or signal once the process has ended; null while it runs. */
  exitStatus(): number | string | null;
  /** SIGTERM, then SIGKILL if it has not exited within the grace period; removes the temporary folder. */
  stop(options?: { keepFiles?: boolean }): Promise<number | null>;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function capture(stream: NodeJS.ReadableStream | null): () => string {
  let text = "";
  stream?.setEncoding?.("utf8");
  stream?.on("data", (chunk: string) => {
    text += chunk;
    if (text.length > MAX_CAPTURE) text = text.slice(-MAX_CAPTURE);
  });
  return () => text;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const root = mkdtempSync(join(tmpdir(), "cqa-server-"));
  const corpusDir = join(root, "corpus");
  const indexDir = join(root, "index");
  const dataDir = join(root, "data");
  mkdirSync(corpusDir);
  if (!options.withoutSeed) copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
  for (const [name, text] of Object.entries(options.corpus ?? {})) writeFileSync(join(corpusDir, name), text);

  const port = await freePort();
  // node --import tsx (rather than npx tsx) keeps it one process, so SIGTERM reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/entry/node.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: "error",
      RATE_LIMIT_RPM: "0",
      ...options.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CORPUS_DIR: corpusDir,
      INDEX_DIR: indexDir,
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout = capture(child.stdout);
  const stderr = capture(child.stderr);
  const url = `http://127.0.0.1:${port}`;

  const stop = async ({ keepFiles = false } = {}) => {
    const done = exited(child);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await done;
      clearTimeout(timer);
    }
    if (!keepFiles) rmSync(root, { recursive: true, force: true });
    return done;
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the server exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${stderr()}${stdout()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server was not ready within ${options.readyTimeoutMs ?? 60_000} ms:\n${stderr()}${stdout()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const exitStatus = () => child.exitCode ?? child.signalCode ?? null;
  return { url, port, pid: child.pid!, root, corpusDir, indexDir, dataDir, stdout, stderr, exitStatus, stop };
}
