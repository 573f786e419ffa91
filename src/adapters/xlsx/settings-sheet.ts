/**
 * Writes the HandoffSettings keys the add-in owns (the Tally company it sent to): the Value cell of
 * a key already there, or a new Key/Value row at the table's end. Other rows are never touched.
 */
import { looseKey } from "../../core/records/cells";
import { cellText } from "./cell-values";
import { appendTableRows } from "./posting-log-sheet";
import { bodyValues, locateTable, type XlsxBook } from "./read-xlsx";

export function writeSettings(book: XlsxBook, values: ReadonlyMap<string, string>): void {
  const at = locateTable(book.workbook, "HandoffSettings");
  if (!at?.table) return;
  const keyCol = at.headers.findIndex((h) => looseKey(h) === "key");
  const valueCol = at.headers.findIndex((h) => looseKey(h) === "value");
  if (keyCol < 0 || valueCol < 0) return;
  const missing = new Map(values);
  bodyValues(at).forEach((row, i) => {
    const key = [...missing.keys()].find((k) => looseKey(k) === looseKey(cellText(row[keyCol])));
    if (key === undefined) return;
    at.worksheet.set(at.firstRow + i, at.firstColumn + valueCol, missing.get(key)!);
    missing.delete(key);
  });
  if (missing.size > 0)
    appendTableRows(
      at,
      [at.headers[keyCol], at.headers[valueCol]],
      [...missing].map(([k, v]) => [k, v]),
    );
}
