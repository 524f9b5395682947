/**
 * The one `cloudflare:workers` export the Worker entry uses: the module-scope `env`, which lets the isolate build
 * its engine at start-up. Declared here instead of loading @cloudflare/workers-types globally, whose Request and
 * Response would clash with the DOM types the rest of the project compiles against.
 */
declare module "cloudflare:workers" {
  export const env: Record<string, unknown>;
}
