/**
 * The part of `cloudflare:test` (@cloudflare/vitest-pool-workers) these tests use. Declared here rather than through
 * the package's types, which pull @cloudflare/workers-types in globally and clash with the DOM types of the project.
 */
declare module "cloudflare:test" {
  /** The Worker under test (src/entry/worker.ts), with wrangler.toml's bindings. */
  export const SELF: { fetch(input: string | Request | URL, init?: RequestInit): Promise<Response> };
  /** The bindings of the test project (wrangler.toml's, plus TEST_DB). */
  export const env: Record<string, unknown>;
}
