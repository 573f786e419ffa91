/**
 * A reconcile's report as a new .xlsx holding one sheet, Reconciliation (`reconcile --out
 * FILE.xlsx`): the rows the pane writes to its sheet, every cell Text-formatted text, so "00123",
 * "0.00" and "=x" read back as written (a string cell is never a formula), the header bold and
 * frozen, each column as wide as its longest text (capped). Made with exceljs: a new workbook from
 * nothing is what it does in a few lines, where the adapter's own part writer (decision 0011) only
 * edits an existing workbook's parts and would need a package, styles and sheet part of its own.
 */
import ExcelJS from "exceljs";
import { RECONCILIATION_SHEET } from "../../core/workbook-names";

/** Widths in characters: room for the longest text, never a sliver, never a screen. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 80;

export async function reconciliationXlsx(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(RECONCILIATION_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0);
  const longest = Array<number>(width).fill(0);
  for (const r of rows) {
    const row = sheet.addRow(Array.from({ length: width }, (_, c) => r[c] ?? ""));
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.numFmt = "@";
      longest[c - 1] = Math.max(longest[c - 1], String(cell.value ?? "").length);
    });
  }
  longest.forEach((chars, c) => (sheet.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2))));
  if (rows.length > 0) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
