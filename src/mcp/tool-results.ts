/**
 * MCP tool results in the service's terms: success carries the same JSON as the HTTP API as structured content
 * (plus a readable text); failure carries the HTTP API's one error body `{error:{code,message,details?}}` as the
 * text of a tool error (`isError: true`), so an agent sees e.g. `rate_limited` or `not_found` exactly as a curl
 * user would. The body is not sent as structured content: the SDK client checks structured content against the
 * tool's output schema even on errors, and an error is not an answer.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { toErrorBody } from "../errors.js";
import type { ChatAnswer } from "../schemas.js";

export function structuredResult(data: Record<string, unknown>, text = JSON.stringify(data)): CallToolResult {
  return { content: [{ type: "text", text }], structuredContent: data };
}

export function errorResult(err: unknown): CallToolResult {
  const { body } = toErrorBody(err);
  return { content: [{ type: "text", text: JSON.stringify(body) }], isError: true };
}

/** Runs a tool body; anything it throws becomes the error result above (internals hidden as on HTTP). */
export async function guarded(run: () => Promise<CallToolResult> | CallToolResult, onUnexpected?: (err: unknown) => void): Promise<CallToolResult> {
  try {
    return await run();
  } catch (err) {
    if (toErrorBody(err).status >= 500) onUnexpected?.(err);
    return errorResult(err);
  }
}

/** The answer as an assistant would read it: the text with its [n] markers, then each cited passage. */
export function answerText(answer: ChatAnswer): string {
  const lines = [answer.answer];
  if (answer.citations.length) lines.push("", answer.lang === "zh" ? "来源:" : "Sources:");
  for (const c of answer.citations) {
    const place = c.city ? (answer.lang === "zh" ? c.city.zh : c.city.en) : answer.lang === "zh" ? "导言" : "introduction";
    const text = (answer.lang === "zh" ? (c.zh ?? c.en) : (c.en ?? c.zh)) ?? "";
    lines.push(`[${c.n}] ${place} · ${c.kind} (passage://${c.id}): ${text}`);
  }
  return lines.join("\n");
}
