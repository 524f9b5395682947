/**
 * The workerd test project: tests/worker/** run inside the Workers runtime (@cloudflare/vitest-pool-workers),
 * against the real entry (SELF = src/entry/worker.ts with wrangler.toml's vars and assets) and against the
 * adapters with in-test bindings. The global setup builds the bundled index first, as `npm run dev:worker` does,
 * so the project runs on a fresh clone. A local D1 database (TEST_DB) serves the feedback wiring test and the D1
 * scale-mode test (tests/worker/d1-scale-mode.test.ts).
 */
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      // Request logs would drown the test output; everything else is wrangler.toml's.
      miniflare: { bindings: { LOG_LEVEL: "silent" }, d1Databases: ["TEST_DB"] },
    }),
  ],
  test: {
    name: "workers",
    include: ["tests/worker/**/*.test.ts"],
    globalSetup: ["tests/worker/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
