/** Child processes of the benchmark: the real server (as `npm start` runs it), the ingest CLI and helper scripts. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..", "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/** Runs `command args` from the project root and collects its output. */
export function run(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 600_000): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started });
    });
  });
}

/** A TypeScript script under node with tsx's loader (no npx in between). */
export const runTsx = (script: string, args: string[], env: Record<string, string> = {}, timeoutMs?: number) =>
  run(process.execPath, ["--import", "tsx", script, ...args], env, timeoutMs);

export interface ServerHandle {
  url: string;
  pid: number;
  /** From spawn to the first 200 of /healthz. */
  readyMs: number;
  /** Resident set size now, and its peak, in MiB (from /proc). */
  memory(): { rssMB: number; peakMB: number };
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real Node entry on a free port and waits until /healthz answers 200: as `npm start` runs it (the
 * esbuild bundle, scripts/start.mjs) unless `entry` is "tsx" (the TypeScript sources under tsx's loader).
 */
export async function startServer(options: {
  corpusDir: string;
  indexDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  entry?: "start" | "tsx";
}): Promise<ServerHandle> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-data-"));
  const started = performance.now();
  const args = options.entry === "tsx" ? ["--import", "tsx", "src/entry/node.ts"] : ["scripts/start.mjs"];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CORPUS_DIR: options.corpusDir,
      INDEX_DIR: options.indexDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: "error",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr!.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  let readyMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server not ready in time:\n${out}`);
    }
    const ok = await fetch(`${url}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) {
      readyMs = performance.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    readyMs,
    memory: () => procMemory(pid),
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

/**
 * CPU time (user + system, all threads) a process has used so far, in ms: /proc/<pid>/stat's utime and stime, in
 * clock ticks of 10 ms (USER_HZ is 100 on Linux), so a difference over many requests is good to about 10 ms.
 */
export function procCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After the command's closing parenthesis: state is field 3, utime 14 and stime 15 (1-based, proc(5)).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function procMemory(pid: number): { rssMB: number; peakMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kb("VmRSS") / 1024), peakMB: Math.round(kb("VmHWM") / 1024) };
}
