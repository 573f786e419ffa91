/**
 * A finding's (table, row, column) as the cell a bookkeeper goes to: Sales!D6. The column is
 * found in the table's header under the contract's name or any other name the core accepts for
 * it; a whole-table finding (row 0) points at the header row, a whole-row finding at the row's
 * first cell. A HandoffSettings finding that names a key points at that key's Value cell.
 */
import type { Finding } from "../../core/findings";
import { headerKey } from "../../core/records/columns";
import { findTable } from "../../core/records/read-books";
import { OPS_COLUMNS } from "../excel/table-specs";
import { columnLetters } from "./excel-tables";
import type { TableLocation, XlsxBook } from "./read-xlsx";

export interface CellAddress {
  sheet: string;
  /** A1 address without the sheet ("D6"); "" when the table is not in the workbook. */
  cell: string;
}

/** Sheet name as a formula writes it: quoted when it has spaces or punctuation ('Price List'). */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sales!D6", or just the sheet or nothing when the finding has no cell. */
export function addressText(a: CellAddress): string {
  if (!a.sheet) return "";
  return a.cell ? `${sheetRef(a.sheet)}!${a.cell}` : sheetRef(a.sheet);
}

/** 0-based position of a column among the table's headers; -1 when absent. */
function columnIndex(at: TableLocation, table: string, column: string): number {
  const spec = (OPS_COLUMNS as Record<string, readonly { header: string; aliases?: readonly string[] }[]>)[table]?.find(
    (s) => headerKey(s.header) === headerKey(column),
  );
  const names = new Set([column, ...(spec?.aliases ?? [])].map(headerKey));
  return at.headers.findIndex((h) => names.has(headerKey(h)));
}

/** The Value cell of a HandoffSettings key ("Round Off Ledger"), if the key is in the table. */
function settingCell(book: XlsxBook, at: TableLocation, key: string): string | undefined {
  const rows = book.input.tables.HandoffSettings?.rows ?? [];
  const index = rows.findIndex((r) => headerKey(r[0]) === headerKey(key));
  const valueCol = at.headers.findIndex((h) => headerKey(h) === "value");
  if (index < 0 || valueCol < 0) return undefined;
  return `${columnLetters(at.firstColumn + valueCol)}${at.firstRow + index}`;
}

/** Where in the workbook a finding points. */
export function findingAddress(book: XlsxBook, f: Finding): CellAddress {
  const input = findTable(book.input, f.table);
  const at = input ? [...book.locations.values()].find((l) => l.name === input.name && l.sheet === input.sheet) : undefined;
  if (!at) return { sheet: "", cell: "" };
  const col = f.column ? columnIndex(at, f.table, f.column) : -1;
  if (f.table === "HandoffSettings" && col < 0 && f.column) {
    const cell = settingCell(book, at, f.column);
    if (cell) return { sheet: at.sheet, cell };
  }
  const row = f.row > 0 ? f.row : at.headerRow;
  return { sheet: at.sheet, cell: `${columnLetters(at.firstColumn + Math.max(0, col))}${row}` };
}
