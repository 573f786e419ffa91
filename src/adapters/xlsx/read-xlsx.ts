/**
 * An .xlsx file to the core's WorkbookInput, with exceljs. Tables are Excel tables found by name
 * the way the core finds them (ignoring case, spaces and punctuation). A workbook made without
 * tables may instead have a SHEET named like the table: then the sheet's first row is the header
 * and every row below it is read (src/cli/README.md). Each table remembers its sheet, header row and
 * first column, so a finding's (table, row, column) becomes an address like Sales!D6.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { CORE_TABLES } from "../../core/workbook-names";
import { headerKey } from "../../core/records/columns";
import type { TableInput, WorkbookInput } from "../../core/records/types";
import { cellText, plainValue } from "./cell-values";
import { bodyRows, modelOf, settleHeaderRow, tableBox } from "./excel-tables";
import { workbookFileError } from "./workbook-file-error";

/** Where one table sits. */
export interface TableLocation {
  /** The table's name in the workbook (the sheet's name for a sheet read without a table). */
  name: string;
  sheet: string;
  worksheet: ExcelJS.Worksheet;
  /** The Excel table; undefined for a sheet read without one. */
  table?: ExcelJS.Table;
  /** Sheet row of the header. */
  headerRow: number;
  /** 1-based sheet column of the table's first column. */
  firstColumn: number;
  headers: string[];
  /** Sheet rows of the body (last < first for an empty body). */
  firstRow: number;
  lastRow: number;
}

export interface XlsxBook {
  file: string;
  workbook: ExcelJS.Workbook;
  input: WorkbookInput;
  /** Where each entry of input.tables was read from, by the same key. */
  locations: Map<string, TableLocation>;
}

/** Opens the file; a missing file or one that is not an .xlsx workbook is a WorkbookFileError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => undefined);
  if (!info) throw workbookFileError("file.missing", { file });
  if (!info.isFile()) throw workbookFileError("file.is-folder", { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    const why = String((e as Error)?.message ?? e).split("\n")[0];
    throw workbookFileError("file.unreadable", { name, why });
  }
  // Every table, the user's own included: a wrong flag would be written back and break the table.
  for (const ws of workbook.worksheets) for (const t of ws.getTables() as unknown as ExcelJS.Table[]) settleHeaderRow(ws, modelOf(t));
  return workbook;
}

function tableLocation(ws: ExcelJS.Worksheet, table: ExcelJS.Table): TableLocation {
  const model = modelOf(table);
  settleHeaderRow(ws, model);
  const box = tableBox(model);
  const body = bodyRows(model);
  const headers = model.columns.map((c) => c.name);
  return {
    name: model.name,
    sheet: ws.name,
    worksheet: ws,
    table,
    headerRow: box.top,
    firstColumn: box.left,
    headers,
    firstRow: body.first,
    lastRow: body.last,
  };
}

/** A sheet without tables: row 1 is the header, up to its last filled cell; every row below is body. */
function sheetLocation(ws: ExcelJS.Worksheet): TableLocation {
  const headers: string[] = [];
  ws.findRow(1)?.eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cellText(cell.value)));
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  for (let i = 0; i < headers.length; i++) headers[i] ??= "";
  return { name: ws.name, sheet: ws.name, worksheet: ws, headerRow: 1, firstColumn: 1, headers, firstRow: 2, lastRow: ws.rowCount };
}

/** The table called `name` (by the core's loose match), else a sheet of that name without tables. */
export function locateTable(workbook: ExcelJS.Workbook, name: string): TableLocation | undefined {
  const want = headerKey(name);
  for (const ws of workbook.worksheets) {
    const table = (ws.getTables() as unknown as ExcelJS.Table[]).find((t) => headerKey(modelOf(t).name) === want);
    if (table) return tableLocation(ws, table);
  }
  const sheet = workbook.worksheets.find((ws) => headerKey(ws.name) === want && (ws.getTables() as unknown[]).length === 0);
  return sheet ? sheetLocation(sheet) : undefined;
}

/** The body's values, row by row, as the core expects them. */
export function bodyValues(at: TableLocation): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = at.firstRow; r <= at.lastRow; r++) {
    const row = at.worksheet.findRow(r);
    rows.push(at.headers.map((_, i) => plainValue(row?.findCell(at.firstColumn + i)?.value)));
  }
  return rows;
}

/** Reads the core's tables; throws when the workbook has none of them. */
export function readBook(workbook: ExcelJS.Workbook, file: string): XlsxBook {
  const tables: Record<string, TableInput> = {};
  const locations = new Map<string, TableLocation>();
  for (const wanted of CORE_TABLES) {
    const at = locateTable(workbook, wanted);
    if (!at) continue;
    tables[wanted] = { name: at.name, headers: at.headers, rows: bodyValues(at), firstRow: at.firstRow, sheet: at.sheet };
    locations.set(wanted, at);
  }
  if (locations.size === 0) {
    throw workbookFileError("file.no-tables", { name: path.basename(file), tables: CORE_TABLES.filter((t) => t !== "LedgerMap") });
  }
  return { file, workbook, input: { tables }, locations };
}

/** Opens and reads an .xlsx file. */
export async function readXlsx(file: string): Promise<XlsxBook> {
  return readBook(await loadWorkbook(file), file);
}
