/**
 * Real processes for end-to-end, fault and load tests: the Node server on folders the test chooses (an index it
 * built, damaged or left half-written), and the ingest CLI, started in its own process group so `kill -9` reaches every
 * process of it. Loopback only; output is captured for assertions.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

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

const MAX_CAPTURE = 1024 * 1024;

export interface Captured {
  stdout(): string;
  stderr(): string;
  /** stdout and stderr together. */
  output(): string;
}

function capture(child: ChildProcess): Captured {
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  child.stdout?.on("data", (s: string) => void (out = (out + s).slice(-MAX_CAPTURE)));
  child.stderr?.on("data", (s: string) => void (err = (err + s).slice(-MAX_CAPTURE)));
  return { stdout: () => out, stderr: () => err, output: () => `${out}\n${err}` };
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

export interface ServerProcess extends Captured {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves once /healthz answers 200; rejects when the process dies first or the time runs out. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServerFolders {
  corpusDir: string;
  indexDir: string;
  dataDir: string;
}

/**
 * `node --import tsx src/entry/node.ts` (one process, so a signal reaches the server itself) on these folders; with
 * `entry: "start"`, what `npm start` runs (scripts/start.mjs: the esbuild bundle).
 */
export async function spawnServer(folders: ServerFolders, env: Record<string, string> = {}, entry: "tsx" | "start" = "tsx"): Promise<ServerProcess> {
  const port = await freePort();
  const args = entry === "start" ? ["scripts/start.mjs"] : ["--import", "tsx", "src/entry/node.ts"];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      RATE_LIMIT_RPM: "0",
      LLM_PROVIDER: "none",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CORPUS_DIR: folders.corpusDir,
      INDEX_DIR: folders.indexDir,
      DATA_DIR: folders.dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = capture(child);
  const url = `http://127.0.0.1:${port}`;
  return {
    ...out,
    url,
    port,
    child,
    async ready(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${out.output().slice(-4000)}`);
        }
        try {
          const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
          if (res.status === 200) return;
        } catch {
          /* not listening yet */
        }
        if (Date.now() > deadline) throw new Error(`the server was not ready within ${timeoutMs} ms:\n${out.output().slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(graceMs = 15_000) {
      const done = exited(child);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await done;
        clearTimeout(timer);
      }
      return done;
    },
  };
}

export interface IngestProcess extends Captured {
  child: ChildProcess;
  /** SIGKILL to the whole process group (npx, tsx and the node process that builds). */
  kill9(): void;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npx tsx src/cli/ingest.ts --corpus DIR --index DIR`, as `npm run ingest -- …` runs it, in its own process group. */
export function spawnIngest(corpusDir: string, indexDir: string, env: Record<string, string> = {}): IngestProcess {
  const child = spawn("npx", ["tsx", "src/cli/ingest.ts", "--corpus", corpusDir, "--index", indexDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  return {
    ...capture(child),
    child,
    done: exited(child),
    kill9() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    },
  };
}

/** Runs a tsx script to completion; throws with its output when it fails. */
export async function runTsx(args: string[], timeoutMs = 300_000): Promise<string> {
  const child = spawn("npx", ["tsx", ...args], { cwd: REPO_ROOT, env: process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const out = capture(child);
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  }, timeoutMs);
  const { code, signal } = await exited(child);
  clearTimeout(timer);
  if (code !== 0) throw new Error(`tsx ${args.join(" ")} failed (${code ?? signal}):\n${out.output().slice(-4000)}`);
  return out.output();
}

export function readManifestBuild(indexDir: string): string {
  return (JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as { build: string }).build;
}

/** The JSON log lines a server wrote (to stdout and stderr), parsed; other lines skipped. */
export function logLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

/**
 * A loopback OpenAI-compatible /v1/embeddings server with dense vectors (hashed character bigrams, 64 dimensions,
 * normalised), answering in the encoding the client asks for (the OpenAI SDK asks for base64 by default). A dense
 * embedder makes the store build an HNSWLib index, which is what the damaged-index tests need.
 */
export async function startDenseEmbeddingsServer(): Promise<{ baseURL: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const DIMS = 64;
  const embed = (text: string) => {
    const v = new Float32Array(DIMS).fill(0.01);
    const chars = [...text.toLowerCase()];
    for (let i = 0; i + 1 < chars.length; i++) {
      let h = 2166136261;
      for (const ch of chars[i]! + chars[i + 1]!) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
      v[(h >>> 0) % DIMS]! += 1;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  };
  const server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (req.method !== "POST" || !req.url?.endsWith("/embeddings")) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
      return;
    }
    const body = JSON.parse(raw || "{}") as { input?: string | string[]; encoding_format?: string };
    const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
    const data = inputs.map((text, index) => {
      const v = embed(String(text));
      const embedding = body.encoding_format === "base64" ? Buffer.from(v.buffer).toString("base64") : Array.from(v);
      return { object: "embedding", index, embedding };
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ object: "list", data, model: "dense-test", usage: { prompt_tokens: 1, total_tokens: 1 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as import("node:net").AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
