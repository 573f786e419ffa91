/* global Excel */
/**
 * Creating a table the add-in owns: header and rows are written first, then the range becomes a
 * table, so a table with rows has no blank first row. A header-only table gets the one blank body
 * row Excel always gives a table.
 */
import { cellInput, type CellInput } from "./cell-writes";

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

/** Address of a block on its sheet, e.g. ("H", 1, 8 columns, 3 rows) -> "H1:O3". */
export function blockAddress(firstColumn: number, columns: number, rows: number): string {
  return `${columnLetters(firstColumn)}1:${columnLetters(firstColumn + columns - 1)}${rows}`;
}

/** Queues the table; the caller syncs. Rows are few (defaults, a first log batch). */
export function queueNewTable(
  sheet: Excel.Worksheet,
  name: string,
  firstColumn: number,
  headers: readonly string[],
  rows: readonly CellInput[][] = [],
): Excel.Table {
  const address = blockAddress(firstColumn, headers.length, rows.length + 1);
  sheet.getRange(address).values = [[...headers], ...rows.map((r) => r.map(cellInput))];
  const table = sheet.tables.add(address, true);
  table.name = name;
  return table;
}
