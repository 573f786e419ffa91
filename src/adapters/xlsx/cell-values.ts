/**
 * Cell values as the core expects them (src/core/records/types.ts TableInput): what Excel shows,
 * not how exceljs stores it. Dates stay JS Dates (exceljs makes them UTC midnight of the typed
 * day; parseDateCell reads them so), formulas give their last calculated result, rich text and
 * hyperlinks give their text, and error cells give the error's text ("#N/A"), which the core
 * reports naming the cell.
 */
import type ExcelJS from "exceljs";

type Loose = { [key: string]: unknown };

/** One cell's value for the core; null for an empty cell or a formula Excel never calculated. */
export function plainValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value;
  const v = value as unknown as Loose;
  if (typeof v.error === "string") return v.error;
  if (Array.isArray(v.richText)) return v.richText.map((run: Loose) => String(run.text ?? "")).join("");
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result as ExcelJS.CellValue | undefined);
  if ("hyperlink" in v || "text" in v) return plainValue(v.text as ExcelJS.CellValue | undefined);
  return null;
}

/** A cell's value as text, for headers and keys ("" when empty). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  const plain = plainValue(value);
  if (plain === null || plain === undefined) return "";
  return plain instanceof Date ? plain.toISOString().slice(0, 10) : String(plain).trim();
}

/** True when a cell is empty or holds only spaces: such cells may be written to. */
export function isEmptyCell(value: ExcelJS.CellValue | undefined): boolean {
  const formula = typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
  return cellText(value) === "" && !formula;
}
