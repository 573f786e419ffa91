/**
 * Tally Status and Tally Note, the only cells of a user's table the command line writes
 * (docs/workbook.md, "Status columns"). Everything else in the workbook is left as exceljs read
 * it, so values, formulas and formats survive the save. A table without the two columns gets
 * them on its right, as Excel's own "insert column" would, unless the user has cells there.
 */
import type ExcelJS from "exceljs";
import type { OpsTable } from "../../core/findings";
import { noteCellText, type StatusCell } from "../../core/push/status-cells";
import { headerKey, STATUS_COLUMNS } from "../../core/records/columns";
import { isEmptyCell } from "./cell-values";
import { columnLetters, encodeRange, modelOf, tableBox } from "./excel-tables";
import type { TableLocation, XlsxBook } from "./read-xlsx";
import { workbookFileError } from "./workbook-file-error";

function columnIsFree(ws: ExcelJS.Worksheet, column: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (!isEmptyCell(ws.findCell(r, column)?.value)) return false;
  return true;
}

/** Adds one column with this header on the table's right; returns its sheet column. */
function addColumn(at: TableLocation, header: string): number {
  const column = at.firstColumn + at.headers.length;
  const bottom = at.table ? tableBox(modelOf(at.table)).bottom : Math.max(at.lastRow, at.headerRow);
  if (!columnIsFree(at.worksheet, column, at.headerRow, bottom)) {
    const where = { column: columnLetters(column), sheet: at.sheet, table: at.name };
    throw workbookFileError("file.column-not-free", { ...where, header, statusColumns: STATUS_COLUMNS });
  }
  at.worksheet.getCell(at.headerRow, column).value = header;
  if (at.table) {
    const model = modelOf(at.table);
    const box = tableBox(model);
    model.columns.push({ name: header, totalsRowFunction: "none", filterButton: true });
    model.tableRef = encodeRange({ ...box, right: box.right + 1 });
    if (model.autoFilterRef)
      model.autoFilterRef = encodeRange({ ...box, right: box.right + 1, bottom: box.bottom - (model.totalsRow ? 1 : 0) });
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
  for (const c of cells) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, list] of byTable) {
    const at = book.locations.get(table);
    if (!at) continue;
    const [statusCol, noteCol] = statusColumns(at);
    for (const c of list) {
      const row = at.firstRow + c.index;
      if (c.index < 0 || row > at.lastRow) continue;
      at.worksheet.getCell(row, statusCol).value = c.status;
      at.worksheet.getCell(row, noteCol).value = c.note === "" ? null : noteCellText(c.note);
    }
  }
}
