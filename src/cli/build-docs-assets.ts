/**
 * Copies Swagger UI's files from the swagger-ui-dist package into the Worker's static assets (src/web/static/docs/,
 * git-ignored), so /docs works on the Worker without a CDN. Node serves them from the package directly.
 *   npx tsx src/cli/build-docs-assets.ts        (run by npm run dev:worker and npm run deploy)
 */
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCS_FILES } from "../routes/docs.js";

const TARGET = fileURLToPath(new URL("../web/static/docs/", import.meta.url));

async function main(): Promise<void> {
  const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  await mkdir(TARGET, { recursive: true });
  for (const name of DOCS_FILES) await copyFile(join(source, name), join(TARGET, name));
  console.log(`API page files copied to ${TARGET}: ${DOCS_FILES.join(", ")}`);
}

main().catch((err) => {
  console.error(`build-docs-assets: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
