/**
 * Starts the real Node server (src/entry/node.ts) as a child process on a free loopback port, with its own
 * temporary corpus, index and data folders, and waits until /healthz answers 200. For end-to-end and process tests.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer } from "./processes.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "./test-engine.js";

export interface StartServerOptions {
  /** More corpus files beside the seed: { "name.txt": text }. */
  corpus?: Record<string, string>;
  /** Leave the seed corpus out. */
  withoutSeed?: boolean;
  /** More environment (LLM_PROVIDER, ADMIN_TOKEN…); PORT, HOST and the folders are set here. */
  env?: Record<string, string>;
  /** How long to wait for /healthz (the index is built at start). */
  readyTimeoutMs?: number;
  /** "start": as `npm start` runs it (the esbuild bundle); the TypeScript sources under tsx otherwise. */
  entry?: "tsx" | "start";
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

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const root = mkdtempSync(join(tmpdir(), "cqa-server-"));
  const corpusDir = join(root, "corpus");
  const indexDir = join(root, "index");
  const dataDir = join(root, "data");
  mkdirSync(corpusDir);
  if (!options.withoutSeed) copyFileSync(SEED_CORPUS_PATH, join(corpusDir, SEED_DOC));
  for (const [name, text] of Object.entries(options.corpus ?? {})) writeFileSync(join(corpusDir, name), text);

  const server = await spawnServer({ corpusDir, indexDir, dataDir }, { LOG_LEVEL: "error", ...options.env }, options.entry);
  const stop = async ({ keepFiles = false } = {}) => {
    const { code } = await server.stop(5000);
    if (!keepFiles) rmSync(root, { recursive: true, force: true });
    return code;
  };
  try {
    await server.ready(options.readyTimeoutMs ?? 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  const { child } = server;
  const exitStatus = () => child.exitCode ?? child.signalCode ?? null;
  return { url: server.url, port: server.port, pid: child.pid!, root, corpusDir, indexDir, dataDir, stdout: server.stdout, stderr: server.stderr, exitStatus, stop };
}
