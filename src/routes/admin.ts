/**
 * Admin routes behind ADMIN_TOKEN. Exports: GET /api/admin/feedback and GET /api/admin/questions, newest first, as
 * JSON (default) or CSV (`?format=csv`, with a header row; a UTF-8 BOM so spreadsheet programs read the Chinese
 * right). POST /api/admin/reindex: the incremental ingest, swapped in without a restart; answers when the new
 * index serves, with what was read, merged and skipped.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../app-types.js";
import { AppError } from "../errors.js";
import type { FeedbackRow, FeedbackStore, QuestionRow } from "../feedback/feedback-store.js";
import { toCsv, type CsvCell } from "../util/csv.js";
import { requireAdmin } from "./admin-auth.js";
import { validate } from "./validation.js";

export const MAX_EXPORT_ROWS = 10_000;

export const ExportQuerySchema = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_ROWS).default(1000),
});

const FEEDBACK_COLUMNS = [
  "id", "created_at", "rating", "comment", "question", "answer", "lang", "mode", "citations",
  "retrieve_ms", "generate_ms", "total_ms",
];
const QUESTION_COLUMNS = ["id", "created_at", "question", "lang", "answerable", "mode", "retrieve_ms", "generate_ms", "total_ms"];

function feedbackCells(r: FeedbackRow): CsvCell[] {
  const t = r.timings;
  return [r.id, r.createdAt, r.rating, r.comment, r.question, r.answer, r.lang, r.mode, r.citations.join(" "),
    t?.retrieveMs, t?.generateMs, t?.totalMs];
}

function questionCells(r: QuestionRow): CsvCell[] {
  const t = r.timings;
  return [r.id, r.createdAt, r.question, r.lang, r.answerable, r.mode, t.retrieveMs, t.generateMs, t.totalMs];
}

function requireStore(c: Context<AppEnv>): FeedbackStore {
  const store = c.get("deps").feedback;
  if (!store) throw new AppError("not_found", "Feedback storage is not configured on this server");
  return store;
}

function respond<T>(c: Context<AppEnv>, name: string, format: "json" | "csv", rows: T[], header: string[], cells: (r: T) => CsvCell[]) {
  c.header("Cache-Control", "no-store");
  if (format === "json") return c.json({ count: rows.length, items: rows });
  const day = new Date().toISOString().slice(0, 10);
  c.header("Content-Type", "text/csv; charset=utf-8; header=present");
  c.header("Content-Disposition", `attachment; filename="${name}-${day}.csv"`);
  return c.body(`\uFEFF${toCsv(header, rows.map(cells))}`);
}

export function adminRoutes() {
  return new Hono<AppEnv>()
    .use("/api/admin/*", requireAdmin())
    .get("/api/admin/feedback", validate("query", ExportQuerySchema), async (c) => {
      const { format, limit } = c.req.valid("query");
      const rows = await requireStore(c).listFeedback(limit);
      return respond(c, "feedback", format, rows, FEEDBACK_COLUMNS, feedbackCells);
    })
    .post("/api/admin/reindex", async (c) => {
      const reindex = c.get("deps").reindex;
      if (!reindex) throw new AppError("not_found", "Reindexing is not available on this runtime");
      const report = await reindex();
      c.header("Cache-Control", "no-store");
      return c.json({ status: report.empty ? "degraded" : "ok", ...report });
    })
    .get("/api/admin/questions", validate("query", ExportQuerySchema), async (c) => {
      const { format, limit } = c.req.valid("query");
      const rows = await requireStore(c).listQuestions(limit);
      return respond(c, "questions", format, rows, QUESTION_COLUMNS, questionCells);
    });
}
