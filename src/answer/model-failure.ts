/**
 * Why a model call failed, in words a user can read in `warnings` and an operator in the logs. Built from the
 * error's status, name and code only, never from its message: provider messages can echo request details such
 * as a partly masked API key.
 */

export type FailureKind = "timeout" | "cancelled" | "http" | "network" | "malformed" | "empty" | "cut" | "other";

export interface ModelFailure {
  kind: FailureKind;
  /** Worth another attempt (rate limit, server error, connection trouble), if no token has gone out yet. */
  retryable: boolean;
  /** Names the failure; safe to show and to log. */
  reason: string;
}

const RETRYABLE_STATUS = new Set([408, 409, 425, 429]);
const NETWORK_CODES =
  /^(ECONNRESET|ECONNREFUSED|ECONNABORTED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/;

export function timeoutFailure(timeoutMs: number): ModelFailure {
  return { kind: "timeout", retryable: false, reason: `the model did not finish within ${timeoutMs} ms` };
}

export const CANCELLED: ModelFailure = { kind: "cancelled", retryable: false, reason: "the request was cancelled" };
export const EMPTY: ModelFailure = { kind: "empty", retryable: false, reason: "the model returned an empty answer" };

export function classifyModelError(err: unknown): ModelFailure {
  const e = (err ?? {}) as { status?: unknown; response?: { status?: unknown }; name?: unknown; code?: unknown; cause?: unknown };
  const status = numberOr(e.status) ?? numberOr(e.response?.status);
  if (status !== undefined) {
    return {
      kind: "http",
      retryable: RETRYABLE_STATUS.has(status) || status >= 500,
      reason: `the model server answered HTTP ${status}`,
    };
  }
  const name = typeof e.name === "string" ? e.name : "Error";
  const code = networkCode(err);
  if (code || /Connection|FetchError/i.test(name) || isFetchFailure(err)) {
    return { kind: "network", retryable: true, reason: `the model server could not be reached (${code ?? name})` };
  }
  if (err instanceof SyntaxError || /JSON|parse/i.test(name)) {
    return { kind: "malformed", retryable: false, reason: "the model server sent malformed output" };
  }
  return { kind: "other", retryable: false, reason: `the model call failed (${safeName(name)})` };
}

/** A failure after tokens went out: the stream broke off, whatever the cause. */
export function cutFailure(cause: ModelFailure): ModelFailure {
  return { kind: "cut", retryable: false, reason: `the model's stream broke off midway (${cause.reason})` };
}

function numberOr(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 100 && v < 600 ? v : undefined;
}

/** The socket-level code, found on the error or on its causes (undici nests it: TypeError -> cause -> code). */
function networkCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** undici reports a dropped connection as TypeError("fetch failed") or TypeError("terminated"). */
function isFetchFailure(err: unknown): boolean {
  return err instanceof TypeError && /^(fetch failed|terminated)$/.test(err.message);
}

function safeName(name: string): string {
  return /^[A-Za-z]\w{0,40}$/.test(name) ? name : "Error";
}
