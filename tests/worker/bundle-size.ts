/**
 * The Worker bundle check CI runs (tsx tests/worker/bundle-size.ts): builds the bundled index, runs
 * `wrangler deploy --dry-run --outdir dist --metafile`, and fails when
 *  - the gzipped upload (every module wrangler would upload: the script, the prompt files, the bundled index) is
 *    1 MiB or more, or
 *  - a Node-only module got in: an external `node:*` import, or hnswlib-node, better-sqlite3, onnxruntime,
 *    @huggingface/transformers, @hono/node-server among the bundled inputs.
 * Prints the figures either way. Offline: wrangler bundles without an account.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const OUT = "dist";
const LIMIT = 1024 * 1024;
const NODE_ONLY = ["hnswlib-node", "better-sqlite3", "onnxruntime", "@huggingface/transformers", "@hono/node-server", "cli-progress"];

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports?: { path: string; external?: boolean }[] }>;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, stdio: ["ignore", "pipe", "pipe"] });
}

function main(): number {
  run(process.execPath, ["--import", "tsx", "src/cli/build-worker-index.ts"]);
  rmSync(OUT, { recursive: true, force: true });
  const wranglerOut = run(process.execPath, ["node_modules/wrangler/bin/wrangler.js", "deploy", "--dry-run", "--outdir", OUT, "--metafile", join(OUT, "meta.json")]);

  const modules = readdirSync(OUT).filter((f) => !f.endsWith(".map") && f !== "meta.json" && f !== "README.md");
  let raw = 0;
  let gzipped = 0;
  for (const file of modules) {
    const bytes = readFileSync(join(OUT, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const reported = /Total Upload: ([\d.]+ KiB) \/ gzip: ([\d.]+ KiB)/.exec(wranglerOut.replace(/\x1b\[[0-9;]*m/g, ""));
  console.log(`worker bundle: ${modules.length} modules, ${kib(raw)} raw, ${kib(gzipped)} gzipped (limit ${kib(LIMIT)})`);
  if (reported) console.log(`wrangler reports: ${reported[1]} / gzip: ${reported[2]}`);

  const meta = JSON.parse(readFileSync(join(OUT, "meta.json"), "utf8")) as Metafile;
  const nodeImports = Object.values(meta.outputs).flatMap((o) => (o.imports ?? []).filter((i) => i.path.startsWith("node:")).map((i) => i.path));
  const nodeOnlyInputs = Object.keys(meta.inputs).filter((path) => NODE_ONLY.some((name) => path.includes(`node_modules/${name}/`)));

  const problems: string[] = [];
  if (gzipped >= LIMIT) problems.push(`gzipped size ${kib(gzipped)} is not under ${kib(LIMIT)}`);
  if (nodeImports.length) problems.push(`Node built-ins imported: ${[...new Set(nodeImports)].join(", ")}`);
  if (nodeOnlyInputs.length) problems.push(`Node-only packages bundled: ${nodeOnlyInputs.slice(0, 5).join(", ")}`);
  for (const p of problems) console.error(`FAIL: ${p}`);
  if (!problems.length) console.log("no Node-only modules in the bundle");
  return problems.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  const e = err as { message?: string; stderr?: string };
  console.error(`bundle check failed to run: ${e.stderr || e.message}`);
  process.exitCode = 1;
}
