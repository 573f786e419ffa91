/**
 * Tally Status and Tally Note, the only cells of a user's table the command line writes
 * (docs/workbook.md, "Status columns"). They are changed in memory and save-xlsx.ts writes just
 * those cells into a copy of the file. A table without the two columns gets them on its right, as
 * Excel's own "insert column" would, unless the user has cells there.
 */
import type { OpsTable } from "../../core/findings";
import { noteCellText, type StatusCell } from "../../core/push/status-cells";
import { headerKey, STATUS_COLUMNS } from "../../core/records/columns";
import { isEmptyCell } from "./cell-values";
import { columnLetters } from "./excel-tables";
import type { XlsxSheet } from "./ooxml/model";
import type { TableLocation, XlsxBook } from "./read-xlsx";
import { workbookFileError } from "./workbook-file-error";

function columnIsFree(ws: XlsxSheet, column: number, top: number, bottom: number): boolean {
  for (const [row, cells] of ws.rows) if (row >= top && row <= bottom && !isEmptyCell(cells[column])) return false;
  return true;
}

/** Adds one column with this header on the table's right; returns its sheet column. */
function addColumn(at: TableLocation, header: string): number {
  const column = at.firstColumn + at.headers.length;
  const bottom = at.table ? at.table.box.bottom : Math.max(at.lastRow, at.headerRow);
  if (!columnIsFree(at.worksheet, column, at.headerRow, bottom)) {
    const where = { column: columnLetters(column), sheet: at.sheet, table: at.name };
    throw workbookFileError("file.column-not-free", { ...where, header, statusColumns: STATUS_COLUMNS });
  }
  at.worksheet.set(at.headerRow, column, header);
  if (at.table) {
    at.table.columns.push(header);
    at.table.box = { ...at.table.box, right: at.table.box.right + 1 };
    at.table.edited = true;
  }
  at.headers.push(header);
  return column;
}

/** Sheet columns of Tally Status and Tally Note, added when missing. */
export function statusColumns(at: TableLocation): [number, number] {
  const find = (header: string) => at.headers.findIndex((h) => headerKey(h) === headerKey(header));
  const [status, note] = STATUS_COLUMNS.map((header) => {
    const i = find(header);
    return i >= 0 ? at.firstColumn + i : undefined;
  });
  const statusCol = status ?? addColumn(at, STATUS_COLUMNS[0]);
  const noteCol = note ?? addColumn(at, STATUS_COLUMNS[1]);
  return [statusCol, noteCol];
}

/** Writes the cells in memory (saveWorkbook writes the file); rows outside a table's body are skipped. */
export function writeStatusCells(book: XlsxBook, cells: readonly StatusCell[]): void {
  const byTable = new Map<OpsTable, StatusCell[]>();
  for (const c of cells) {
    const list = byTable.get(c.table);
    if (list) list.push(c);
    else byTable.set(c.table, [c]);
  }
  for (const [table, list] of byTable) {
    const at = book.locations.get(table);
    if (!at) continue;
    const [statusCol, noteCol] = statusColumns(at);
    for (const c of list) {
      const row = at.firstRow + c.index;
      if (c.index < 0 || row > at.lastRow) continue;
      at.worksheet.set(row, statusCol, c.status);
      at.worksheet.set(row, noteCol, c.note === "" ? null : noteCellText(c.note));
    }
  }
}
