/** The API page's Swagger UI files, read once from the swagger-ui-dist package (Node; the Worker uses its assets). */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { AssetSource } from "../app-types.js";
import { DOCS_FILES } from "../routes/docs.js";

const TYPES: Record<string, string> = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8" };

export async function createSwaggerUiAssets(): Promise<AssetSource> {
  const dir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  const files = new Map<string, { body: Uint8Array; contentType: string }>();
  for (const name of DOCS_FILES) {
    files.set(`/docs/${name}`, { body: await readFile(join(dir, name)), contentType: TYPES[name.split(".").pop()!]! });
  }
  return {
    async get(path) {
      const file = files.get(path);
      return file ? { body: file.body as unknown as BodyInit, contentType: file.contentType } : null;
    },
  };
}
