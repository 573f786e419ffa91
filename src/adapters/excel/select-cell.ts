/* global Excel */
/**
 * Takes the user to a finding's cell: activates the table's sheet and selects the cell, in two
 * syncs. A hidden sheet (TallyHandoff) is made visible first, since Excel cannot activate it.
 */
import type { TableName } from "../../core/findings";
import type { ExcelRun } from "./excel-run";
import { columnOf, loadLayout, tableNamed, type TableLayout } from "./workbook-layout";

/**
 * The range to select: the cell at (sheet row, column); the row across the table when the column
 * is not there; the column's header (or the header row) for a whole-table finding (row 0).
 */
function targetOf(table: TableLayout, logical: TableName, row: number, column: string): Excel.Range {
  const header = table.table.getHeaderRowRange();
  const col = column === "" ? -1 : columnOf(table, logical, column);
  if (row <= 0) return col < 0 ? header : header.getCell(0, col);
  const first = header
    .getCell(0, Math.max(col, 0))
    .getEntireColumn()
    .getRow(row - 1);
  return col < 0 ? first.getResizedRange(0, table.headers.length - 1) : first;
}

/** Does nothing when the table is not in the workbook (a "table missing" finding has no cell). */
export async function selectCell(run: ExcelRun, table: TableName, row: number, column: string): Promise<void> {
  await run(async (context) => {
    const found = tableNamed(await loadLayout(context), table);
    if (!found) return;
    if (!found.sheetVisible) found.worksheet.visibility = "Visible";
    found.worksheet.activate();
    targetOf(found, table, row, column).select();
    await context.sync();
  });
}
