/**
 * A finding's (table, row, column) as the cell a bookkeeper goes to: Sales!D6. Where the finding
 * points is the core's (core/finding-cells.ts); this file only says where each table sits in the
 * .xlsx file. A whole-row finding points at the row's first cell.
 */
import { columnLetters, findingCell, sheetRef } from "../../core/finding-cells";
import type { Finding } from "../../core/findings";
import { findTable } from "../../core/records/read-books";
import type { XlsxBook } from "./read-xlsx";

export { sheetRef } from "../../core/finding-cells";

export interface CellAddress {
  sheet: string;
  /** A1 address without the sheet ("D6"); "" when the table is not in the workbook. */
  cell: string;
}

/** "Sales!D6", or just the sheet or nothing when the finding has no cell. */
export function addressText(a: CellAddress): string {
  if (!a.sheet) return "";
  return a.cell ? `${sheetRef(a.sheet)}!${a.cell}` : sheetRef(a.sheet);
}

/** Where in the workbook a finding points. */
export function findingAddress(book: XlsxBook, f: Finding): CellAddress {
  const input = findTable(book.input, f.table);
  const at = input ? [...book.locations.values()].find((l) => l.name === input.name && l.sheet === input.sheet) : undefined;
  if (!at) return { sheet: "", cell: "" };
  const settings = book.input.tables.HandoffSettings;
  const cell = findingCell(f, {
    sheet: at.sheet,
    headers: at.headers,
    firstColumn: at.firstColumn - 1,
    headerRow: at.headerRow,
    settings: f.table === "HandoffSettings" ? { rows: settings?.rows ?? [], firstRow: at.firstRow } : undefined,
  });
  return { sheet: cell.sheet, cell: `${columnLetters(cell.col ?? at.firstColumn - 1)}${cell.row}` };
}
