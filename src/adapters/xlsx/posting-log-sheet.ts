/**
 * The PostingLog table on the hidden TallyHandoff sheet (docs/workbook.md "PostingLog"): read
 * into entries, and grown by appending rows below its last filled row. When the workbook has no
 * PostingLog, or no TallyHandoff sheet, they are made (the sheet hidden, not very hidden, so a
 * consultant can unhide it); save-xlsx.ts adds their parts to the file.
 */
import { headerKey } from "../../core/records/columns";
import { POSTING_LOG_HEADERS, postingLogColumns, postingLogEntry, postingLogRow, type PostingLogEntry } from "../../core/push/posting-log";
import { HANDOFF_SHEET } from "../../core/workbook-names";
import { cellText, isEmptyCell } from "./cell-values";
import { XlsxSheet, type CellValue } from "./ooxml/model";
import { bodyValues, locateTable, type TableLocation, type XlsxBook } from "./read-xlsx";
import { workbookFileError } from "./workbook-file-error";

const text = (v: unknown): string => (v instanceof Date ? v.toISOString() : cellText(v));

/** The log's entries, in order; rows that are not entries are skipped (core/push/posting-log.ts). */
export function readPostingLog(book: XlsxBook): PostingLogEntry[] {
  const at = locateTable(book.workbook, "PostingLog");
  if (!at) return [];
  const columns = postingLogColumns(at.headers, at.sheet);
  return bodyValues(at).flatMap((row) => postingLogEntry(columns.map((c) => text(row[c]))) ?? []);
}

/** A new PostingLog on TallyHandoff, one empty column right of what the sheet already holds. */
function createLog(book: XlsxBook, entries: readonly PostingLogEntry[]): void {
  let ws = book.workbook.getWorksheet(HANDOFF_SHEET);
  if (!ws) book.workbook.worksheets.push((ws = new XlsxSheet(HANDOFF_SHEET, "", "hidden", true)));
  const used = ws.columnCount;
  const left = used === 0 ? 1 : used + 2;
  const rows = entries.map(postingLogRow);
  ws.tables.push({
    name: "PostingLog",
    id: 0,
    part: "",
    box: { top: 1, left, bottom: 1 + Math.max(rows.length, 1), right: left + POSTING_LOG_HEADERS.length - 1 },
    headerRow: true,
    totalsRow: false,
    columns: [...POSTING_LOG_HEADERS],
    edited: true,
    isNew: true,
  });
  POSTING_LOG_HEADERS.forEach((h, i) => ws.set(1, left + i, h));
  rows.forEach((values, n) => values.forEach((v, i) => ws.set(2 + n, left + i, v)));
}

const rowIsFilled = (at: TableLocation, cells: readonly CellValue[] | undefined): boolean =>
  at.headers.some((_, i) => !isEmptyCell(cells?.[at.firstColumn + i]));

/** The first sheet row below the last filled body row (the body may end in blank rows). */
function nextFreeRow(at: TableLocation): number {
  for (let r = at.lastRow; r >= at.firstRow; r--) if (rowIsFilled(at, at.worksheet.rows.get(r))) return r + 1;
  return at.firstRow;
}

/** Refuses when any of sheet rows from..to holds a cell of the user's in the log's columns. */
function refuseFilledRows(at: TableLocation, from: number, to: number): void {
  const rows = at.worksheet.rows;
  let first = Infinity;
  // Whichever is fewer: the rows asked about (a batch's few new rows) or the rows the sheet has.
  if (to - from < rows.size) {
    for (let r = from; r <= to && first === Infinity; r++) if (rowIsFilled(at, rows.get(r))) first = r;
  } else for (const [r, cells] of rows) if (r >= from && r <= to && r < first && rowIsFilled(at, cells)) first = r;
  if (first === Infinity) return;
  throw workbookFileError("file.row-below-table-filled", { row: first, table: at.name, sheet: at.sheet });
}

const noTable = (at: TableLocation) => workbookFileError("file.posting-log-not-a-table", { sheet: at.sheet });

function refuseTotalsRow(at: TableLocation): void {
  if (!at.table!.totalsRow) return;
  throw workbookFileError("file.totals-row", { table: at.name, sheet: at.sheet });
}

/** Writes rows below a table's last filled row and widens the table over them; refuses before writing anything. */
export function appendTableRows(at: TableLocation, headers: readonly string[], rows: readonly (readonly CellValue[])[]): void {
  refuseTotalsRow(at);
  const table = at.table!;
  const start = nextFreeRow(at);
  const columns = headers.map((h) => at.headers.findIndex((x) => headerKey(x) === headerKey(h)));
  // Every new row below the table is checked before any is written: a refusal changes nothing.
  refuseFilledRows(at, Math.max(start, at.lastRow + 1), start + rows.length - 1);
  rows.forEach((values, n) =>
    values.forEach((value, i) => {
      if (columns[i] >= 0) at.worksheet.set(start + n, at.firstColumn + columns[i], value);
    }),
  );
  table.box = { ...table.box, bottom: Math.max(table.box.bottom, start + rows.length - 1) };
  table.edited = true;
}

/**
 * Refuses, before a push sends anything, when the PostingLog could not grow: a totals row, or
 * cells of the user's below it. Checked up front because the engine logs each intent just
 * before its request leaves.
 */
export function assertPostingLogCanGrow(book: XlsxBook): void {
  const at = locateTable(book.workbook, "PostingLog");
  if (!at) return;
  if (!at.table) throw noTable(at);
  postingLogColumns(at.headers, at.sheet);
  refuseTotalsRow(at);
  refuseFilledRows(at, at.lastRow + 1, Math.max(at.worksheet.rowCount, at.lastRow));
}

/** Appends the entries in memory; saveWorkbook writes the file. */
export function appendPostingLog(book: XlsxBook, entries: readonly PostingLogEntry[]): void {
  if (entries.length === 0) return;
  const at = locateTable(book.workbook, "PostingLog");
  if (!at?.table) {
    if (at) throw noTable(at);
    createLog(book, entries);
    return;
  }
  postingLogColumns(at.headers, at.sheet);
  appendTableRows(at, POSTING_LOG_HEADERS, entries.map(postingLogRow));
}
