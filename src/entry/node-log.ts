/** Structured request logs: one JSON line each, to stdout (errors to stderr). No bodies, no secrets. */
import type { LogRecord } from "../app-types.js";

export type LogLevel = "silent" | "error" | "warn" | "info";

const SEVERITY: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3 };

/** Whether a record of `recordLevel` is written at the configured `level`: it must be at least as severe. */
function logLevelAllows(level: LogLevel, recordLevel: LogRecord["level"]): boolean {
  return SEVERITY[recordLevel] <= SEVERITY[level];
}

/**
 * `prepare` (redaction) runs only on records that are written: every request logs a record, and redacting one
 * that LOG_LEVEL=error then drops would cost every request a walk over its fields for nothing.
 */
export function createJsonLogger(level: LogLevel, prepare: (record: LogRecord) => LogRecord = (r) => r): (record: LogRecord) => void {
  return (record) => {
    if (!logLevelAllows(level, record.level)) return;
    const line = JSON.stringify({ time: new Date().toISOString(), ...prepare(record) });
    // Warnings (a skipped corpus file) are diagnostics, like errors: stderr, apart from the request lines.
    if (record.level === "error" || record.level === "warn") process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}
