/**
 * Validation at the edge: zod schemas through @hono/zod-validator, with every failure turned into the one JSON
 * error shape (400 invalid_request, naming the fields).
 */
import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { AppError } from "../errors.js";

export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidRequest(target, result.error);
  });
}

/** 400 invalid_request naming each failing field: "Invalid body: question: …; k: …". */
export function invalidRequest(what: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  return new AppError("invalid_request", `Invalid ${what}: ${summary}`, { issues });
}

/** Parses with a schema, or throws the 400 above for the request body. */
export function parseBody<T extends ZodType>(schema: T, body: unknown): import("zod").output<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw invalidRequest("body", result.error);
  return result.data;
}

/** Reads a JSON body once, with clear errors for a wrong content type or malformed JSON. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const text = await req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON");
  }
}
