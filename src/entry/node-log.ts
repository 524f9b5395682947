/** Structured request logs: one JSON line each, to stdout (errors to stderr). No bodies, no secrets. */
import type { LogRecord } from "../app-types.js";

export function createJsonLogger(level: "silent" | "error" | "info"): (record: LogRecord) => void {
  return (record) => {
    if (level === "silent" || (level === "error" && record.level !== "error")) return;
    const line = JSON.stringify({ time: new Date().toISOString(), ...record });
    if (record.level === "error") process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}
