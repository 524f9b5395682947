/**
 * Request logs on Workers: one JSON object per console call, which Workers Logs and `wrangler tail` index by field.
 * No bodies, no secrets (the app's records carry neither).
 */
import type { LogRecord } from "../app-types.js";

export function createConsoleLogger(level: "silent" | "error" | "warn" | "info"): (record: LogRecord) => void {
  return (record) => {
    if (level === "silent" || (level === "error" && record.level !== "error")) return;
    if (level === "warn" && record.level === "info") return;
    const line = JSON.stringify(record);
    if (record.level === "error") console.error(line);
    else if (record.level === "warn") console.warn(line);
    else console.log(line);
  };
}
