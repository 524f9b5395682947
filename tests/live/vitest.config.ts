/**
 * `npm run test:live`: the LLM checks against a real endpoint from the environment (LLM_PROVIDER, default openai,
 * LLM_BASE_URL, LLM_API_KEY, LLM_MODEL). Apart from `npm test` on purpose: it can cost money and needs a network.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/live/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
