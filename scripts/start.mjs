// `npm start`: the Node server as plain JavaScript. The TypeScript sources are bundled with esbuild (installed with
// the project) into src/generated/ (git-ignored) whenever a source is newer than the bundle, which takes well under
// a second, and the bundle is then run: no TypeScript compiled at every start (about a second of start-up with
// `node --import tsx`). The worker threads the server starts (vector search, parallel ingest, reindex) are bundled
// beside it under the names the sources start them by, so they need no TypeScript loader either. The bundles sit
// one folder below src/ like the sources, so every path the code finds relative to itself (static files,
// prompts) is the same. `node --import tsx src/entry/node.ts` still runs the sources directly.
import { readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");
const OUT = join(SRC, "generated");
/** Bundle name -> entry point. The worker names are those the sources start them by, relative to themselves. */
const ENTRIES = {
  "node-server.mjs": "src/entry/node.ts",
  "sparse-search-worker-boot.mjs": "src/store/sparse-search-worker.ts",
  "analyze-worker-boot.mjs": "src/store/analyze-worker.ts",
  "reindex-worker-boot.mjs": "src/entry/reindex-worker.ts",
};

/** The newest modification time of the sources (and of the package files, whose dependencies the bundle imports). */
function newestSource() {
  let newest = Math.max(statSync(join(ROOT, "package.json")).mtimeMs, statSync(join(ROOT, "tsconfig.json")).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== OUT && entry.name !== "static") walk(path);
      } else if (/\.(ts|mts|mjs|js|json|txt)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(SRC);
  return newest;
}

function builtAt() {
  try {
    return Math.min(...Object.keys(ENTRIES).map((name) => statSync(join(OUT, name)).mtimeMs));
  } catch {
    return -Infinity;
  }
}

async function bundle() {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name.replace(/\.mjs$/, ""), entry])),
    outdir: OUT,
    outExtension: { ".js": ".mjs" },
    // What the sources import only when needed (the LLM clients, MCP, document formats, Postgres) stays out of
    // start-up: each such import becomes a chunk loaded on first use, with the packages it imports (one bundle
    // loads every package it reaches at start, ~0.3 s of them). Chunks shared by the entries are loaded once.
    splitting: true,
    chunkNames: "chunk-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies load from node_modules as usual (native modules, data files found relative to the package).
    packages: "external",
    loader: { ".txt": "text" },
    sourcemap: "linked",
    logLevel: "error",
    write: false,
  });
  mkdirSync(OUT, { recursive: true });
  // Each file written beside its place and renamed over it, so a server starting meanwhile reads a whole bundle;
  // chunks first (named by their content, so never changed in place), then the entries that import them.
  const isChunk = (path) => basename(path).startsWith(CHUNK_PREFIX);
  const files = [...result.outputFiles].sort((a, b) => Number(isChunk(b.path)) - Number(isChunk(a.path)));
  for (const file of files) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  // Chunks of earlier bundles go once they are a day old: a server still running an earlier bundle may yet load one.
  const written = new Set(files.map((f) => basename(f.path)));
  for (const name of readdirSync(OUT)) {
    const path = join(OUT, name);
    if (name.startsWith(CHUNK_PREFIX) && !written.has(name) && Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) rmSync(path, { force: true });
  }
}

const CHUNK_PREFIX = "chunk-";
const STALE_CHUNK_MS = 24 * 3600 * 1000;

let bundled = true;
if (builtAt() < newestSource()) {
  try {
    await bundle();
  } catch (err) {
    // Never a start that fails for want of a bundle: the sources run under tsx instead, as before.
    bundled = false;
    console.error(`npm start: could not bundle the server (${err instanceof Error ? err.message : String(err)}); running the TypeScript sources with tsx`);
  }
}
if (bundled) await import(pathToFileURL(join(OUT, "node-server.mjs")).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(SRC, "entry", "node.ts")).href);
}
