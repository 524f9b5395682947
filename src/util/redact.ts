/**
 * Keeps secrets out of logs and error messages: the configured keys and tokens themselves (and their URL-encoded
 * forms), plus anything shaped like one (`sk-…` API keys, `Bearer …` credentials, `api_key=…` in URLs), even
 * when it is not ours (a client's pasted key, an upstream's error echoing a header). Runtime-neutral.
 */
import type { LogRecord } from "../app-types.js";

export const REDACTED = "[REDACTED]";

/** Secret values shorter than this are not searched for: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 6;
const MAX_DEPTH = 8;

const PATTERNS: [RegExp, string][] = [
  // OpenAI, DeepSeek, Anthropic (sk-ant-…), project keys (sk-proj-…).
  [/\bsk-[A-Za-z0-9_-]{6,}/g, REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi, `$1 ${REDACTED}`],
  [/([?&](?:api[_-]?key|key|token|access[_-]?token|auth)=)[^&\s"'#]+/gi, `$1${REDACTED}`],
  [/\b(authorization|x-api-key|api[_-]?key)("?\s*[:=]\s*"?)(?!(?:Bearer|Basic)\s|\[REDACTED\])[^\s",}]{4,}/gi, `$1$2${REDACTED}`],
];

export type Redactor = (text: string) => string;

/** A redactor for these secrets (unset ones are ignored) and the generic patterns. */
export function createRedactor(secrets: readonly (string | undefined | null)[] = []): Redactor {
  const values = new Set<string>();
  for (const s of secrets) {
    const v = s?.trim();
    if (!v || v.length < MIN_SECRET_LENGTH) continue;
    values.add(v);
    values.add(encodeURIComponent(v));
    values.add(JSON.stringify(v).slice(1, -1));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const exact = [...values].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const v of exact) if (out.includes(v)) out = out.split(v).join(REDACTED);
    for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
    return out;
  };
}

/** The secrets in a parsed configuration: every key and token it holds. */
export function configSecrets(config: {
  LLM_API_KEY?: string;
  EMBEDDINGS_API_KEY?: string;
  ADMIN_TOKEN?: string;
  MCP_TOKEN?: string;
  METRICS_TOKEN?: string;
}): string[] {
  return [config.LLM_API_KEY, config.EMBEDDINGS_API_KEY, config.ADMIN_TOKEN, config.MCP_TOKEN, config.METRICS_TOKEN].filter(
    (s): s is string => !!s,
  );
}

/** Every string inside a value, redacted (errors become their redacted message; depth is bounded). */
export function redactValue(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (value instanceof Error) return redact(`${value.name}: ${value.message}`);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, redact, depth + 1);
  return out;
}

/** A log record with every string redacted. */
export function redactRecord(record: LogRecord, redact: Redactor): LogRecord {
  return redactValue(record, redact) as LogRecord;
}
