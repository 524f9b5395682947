/**
 * CSV for spreadsheets: RFC 4180 (CRLF line ends; a field with a comma, quote or line break is quoted, quotes
 * doubled) and safe to open: a text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a
 * leading single quote, so a reader's comment like `=HYPERLINK(...)` stays text.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = typeof value === "boolean" ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row, then one row per record; every row ends with CRLF. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
