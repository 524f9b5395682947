/** Serves the web chat's static files from disk (Node), read once at start. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AssetSource } from "../app-types.js";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  json: "application/json",
  webmanifest: "application/manifest+json",
};

export async function createFileAssets(dir: string): Promise<AssetSource> {
  const files = new Map<string, { body: Uint8Array; contentType: string }>();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const ext = name.split(".").pop() ?? "";
    if (!TYPES[ext]) continue;
    files.set(`/${name}`, { body: await readFile(join(dir, name)), contentType: TYPES[ext]! });
  }
  return {
    async get(path) {
      const file = files.get(path);
      return file ? { body: file.body as unknown as BodyInit, contentType: file.contentType } : null;
    },
  };
}
