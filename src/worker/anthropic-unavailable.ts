/**
 * Stands in for @langchain/anthropic in the Worker build (wrangler.toml [alias]). The Anthropic SDK reaches for
 * node:fs and node:path to read credential files, which a Worker without nodejs_compat cannot load, and it would
 * add ~100 KiB gzipped for a provider the Worker does not need: Workers AI or any OpenAI-compatible endpoint
 * answer there. Choosing LLM_PROVIDER=anthropic in the Worker stops it at start with this message.
 */
import { ConfigError } from "../config.js";

export class ChatAnthropic {
  constructor() {
    throw new ConfigError(
      "LLM_PROVIDER=anthropic is not built into the Worker (its SDK needs node:fs); use workers-ai, or openai with any OpenAI-compatible endpoint",
    );
  }
}
