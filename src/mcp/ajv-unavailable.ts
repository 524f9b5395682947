/**
 * Stands in for `ajv` and `ajv-formats` in the Worker build (wrangler.toml [alias]). The MCP SDK's server builds an
 * Ajv instance only to check elicitation replies (server.elicitInput), which this server never sends; Ajv itself is
 * ~60 KiB gzipped of the Worker's 1 MiB budget and compiles validators with `new Function`, which Workers forbid.
 * Anything that does reach for a validator gets a clear error instead of a silently wrong one.
 */
export default class AjvUnavailable {
  compile(): never {
    throw new Error("JSON Schema validation (ajv) is not available in the Worker build");
  }
  getSchema(): undefined {
    return undefined;
  }
  addFormat(): this {
    return this;
  }
}

