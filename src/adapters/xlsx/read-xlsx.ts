/**
 * An .xlsx file to the core's WorkbookInput, read in one streaming pass (ooxml/open-workbook.ts,
 * yauzl and saxes; never the whole workbook as objects). Tables are Excel tables found by name
 * the way the core finds them (ignoring case, spaces and punctuation). A workbook made without
 * tables may instead have a SHEET named like the table: then the sheet's first row is the header
 * and every row below it is read (src/cli/README.md). Each table remembers its sheet, header row and
 * first column, so a finding's (table, row, column) becomes an address like Sales!D6.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { CORE_TABLES } from "../../core/workbook-names";
import { headerKey } from "../../core/records/columns";
import type { TableInput, WorkbookInput } from "../../core/records/types";
import { cellText } from "./cell-values";
import { bodyRows } from "./excel-tables";
import type { XlsxSheet, XlsxTable, XlsxWorkbook } from "./ooxml/model";
import { openWorkbook } from "./ooxml/open-workbook";
import type { ReadLimits } from "./ooxml/size-guard";
import { workbookFileError } from "./workbook-file-error";

export type { XlsxSheet, XlsxTable, XlsxWorkbook } from "./ooxml/model";

/** Where one table sits. */
export interface TableLocation {
  /** The table's name in the workbook (the sheet's name for a sheet read without a table). */
  name: string;
  sheet: string;
  worksheet: XlsxSheet;
  /** The Excel table; undefined for a sheet read without one. */
  table?: XlsxTable;
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
  workbook: XlsxWorkbook;
  input: WorkbookInput;
  /** Where each entry of input.tables was read from, by the same key. */
  locations: Map<string, TableLocation>;
}

/** Opens the file; a missing file or one that is not an .xlsx workbook is a WorkbookFileError. */
export async function loadWorkbook(file: string, limits?: ReadLimits): Promise<XlsxWorkbook> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw workbookFileError("file.missing", { file });
  if (!info.isFile()) throw workbookFileError("file.is-folder", { file });
  return openWorkbook(file, limits);
}

function tableLocation(ws: XlsxSheet, table: XlsxTable): TableLocation {
  const body = bodyRows(table);
  return {
    name: table.name,
    sheet: ws.name,
    worksheet: ws,
    table,
    headerRow: table.box.top,
    firstColumn: table.box.left,
    headers: [...table.columns],
    firstRow: body.first,
    lastRow: body.last,
  };
}

/** A sheet without tables: row 1 is the header, up to its last filled cell; every row below is body. */
function sheetLocation(ws: XlsxSheet): TableLocation {
  const headers: string[] = [];
  const row = ws.rows.get(1) ?? [];
  for (let col = 1; col < row.length; col++) headers[col - 1] = cellText(row[col]);
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  for (let i = 0; i < headers.length; i++) headers[i] ??= "";
  return { name: ws.name, sheet: ws.name, worksheet: ws, headerRow: 1, firstColumn: 1, headers, firstRow: 2, lastRow: ws.rowCount };
}

/** The table called `name` (by the core's loose match), else a sheet of that name without tables. */
export function locateTable(workbook: XlsxWorkbook, name: string): TableLocation | undefined {
  const want = headerKey(name);
  for (const ws of workbook.worksheets) {
    const table = ws.tables.find((t) => headerKey(t.name) === want);
    if (table) return tableLocation(ws, table);
  }
  const sheet = workbook.worksheets.find((ws) => headerKey(ws.name) === want && ws.tables.length === 0);
  return sheet ? sheetLocation(sheet) : undefined;
}

/** The body's values, row by row, as the core expects them. */
export function bodyValues(at: TableLocation): unknown[][] {
  const rows: unknown[][] = [];
  const width = at.headers.length;
  for (let r = at.firstRow; r <= at.lastRow; r++) {
    const cells = at.worksheet.rows.get(r);
    const values: unknown[] = new Array(width);
    for (let i = 0; i < width; i++) values[i] = cells?.[at.firstColumn + i] ?? null;
    rows.push(values);
  }
  return rows;
}

/** Reads the core's tables; throws when the workbook has none of them. */
export function readBook(workbook: XlsxWorkbook, file: string): XlsxBook {
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
export async function readXlsx(file: string, limits?: ReadLimits): Promise<XlsxBook> {
  return readBook(await loadWorkbook(file, limits), file);
}
