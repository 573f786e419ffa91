/**
 * Where an Excel table (ListObject) sits on its sheet: ranges in A1 form and the table's body
 * rows. `modelOf`/`tableBox` read exceljs's untyped table model, for tests that look at files
 * exceljs opened (test/support/workbook-snapshot.ts); the product reads tables itself (ooxml/).
 */
import type ExcelJS from "exceljs";
import { columnLetters as lettersFrom0 } from "../../core/finding-cells";

/** The part of exceljs's table model the tests read. */
export interface TableModel {
  name: string;
  /** Whole table including header and totals, e.g. "A3:R71" (a table exceljs loaded from a file). */
  tableRef?: string;
  /** Top-left cell of a table made in this session by worksheet.addTable. */
  ref?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
  rows?: unknown[][];
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based column number of "A", "Z", "AA", ... */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A", ..., "Z", "AA" for a 1-based column number (the sheet counts from 1, the core from 0). */
export const columnLetters = (column: number): string => lettersFrom0(column - 1);

export function decodeRange(ref: string): Box {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`"${ref}" is not a cell range`);
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

export const encodeRange = (b: Box): string => `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;

export function modelOf(table: ExcelJS.Table): TableModel {
  return (table as unknown as { table: TableModel }).table;
}

/** An exceljs table's whole area on the sheet. A table made this session has no tableRef until written. */
export function tableBox(model: TableModel): Box {
  if (model.tableRef) return decodeRange(model.tableRef);
  const at = decodeRange(model.ref ?? "A1");
  const height = (model.headerRow ? 1 : 0) + (model.rows?.length ?? 0) + (model.totalsRow ? 1 : 0);
  return { top: at.top, left: at.left, bottom: at.top + Math.max(height, 1) - 1, right: at.left + model.columns.length - 1 };
}

/** Sheet rows of the table's body: below the header, above the totals row. */
export function bodyRows(table: { box: Box; headerRow: boolean; totalsRow: boolean }): { first: number; last: number } {
  return { first: table.box.top + (table.headerRow ? 1 : 0), last: table.box.bottom - (table.totalsRow ? 1 : 0) };
}
