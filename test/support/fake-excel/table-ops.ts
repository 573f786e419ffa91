/**
 * What Excel does to the grid when the API writes cells or changes a table's shape. Only the cases
 * the adapter uses are modelled; anything else throws "not modelled" so a test notices at once.
 */
import { MAX_COLS, MAX_ROWS, contains, intersects, localAddress, type Area } from "./a1";
import { shiftSheet } from "./shifts";
import { FakeOfficeError } from "./office-error";
import {
  bodyArea,
  cellOf,
  findTable,
  setCell,
  tableArea,
  tableHeaders,
  type Grid,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./workbook-model";

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A value as Excel stores it when the API sets it like typed input: a leading apostrophe keeps
 * the rest as text, number-like text becomes a number, and formulas are not modelled.
 */
export function storedValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return value.slice(1);
  if (value.startsWith("=")) throw new FakeOfficeError("InvalidArgument", `fake Excel evaluates no formulas: ${value}`);
  return NUMBER.test(value.trim()) ? Number(value) : value;
}

export function assertShape(area: Area, values: unknown, what: string): asserts values is unknown[][] {
  const ok = Array.isArray(values) && values.length === area.rows && values.every((row) => Array.isArray(row) && row.length === area.cols);
  if (!ok) throw new FakeOfficeError("InvalidArgument", `${what} must be a ${area.rows} x ${area.cols} array for ${localAddress(area)}`);
}

export function writeGrid(grid: Grid, area: Area, values: unknown[][], convert: (v: unknown) => unknown): void {
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) setCell(grid, area.row + r, area.col + c, convert(values[r][c]));
  }
}

export function fillArea(sheet: SheetModel, area: Area, color: string | null): void {
  if (area.rows * area.cols > 1_000_000) throw new FakeOfficeError("InvalidArgument", "fake Excel: fill of a huge range");
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) setCell(sheet.fills, area.row + r, area.col + c, color ?? undefined);
  }
}

/** Creates a table over an address whose first row is the header; a header-only range gets the row below as body. */
export function createTable(model: WorkbookModel, sheet: SheetModel, area: Area, hasHeaders: boolean): TableModel {
  if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "fake Excel: tables without headers are not modelled");
  const table: TableModel = {
    name: `Table${model.nextId++}`,
    sheet,
    row: area.row,
    col: area.col,
    width: area.cols,
    bodyRows: Math.max(1, area.rows - 1),
  };
  if (model.tables.some((t) => t.sheet === sheet && intersects(tableArea(t), tableArea(table)))) {
    throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
  }
  tableHeaders(table).forEach((h, c) => {
    if (h === "") setCell(sheet.values, table.row, table.col + c, `Column${c + 1}`);
  });
  model.tables.push(table);
  return table;
}

export function renameTable(model: WorkbookModel, table: TableModel, name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid table name ${name}`);
  const other = findTable(model, name);
  if (other && other !== table) throw new FakeOfficeError("ItemAlreadyExists", `A table named ${name} already exists.`);
  table.name = name;
}

/** Adds a column at the end of a table; cells to its right in the table's rows move right. */
export function appendTableColumn(model: WorkbookModel, table: TableModel, name: string | undefined): number {
  const at = table.col + table.width;
  const band: Area = { row: table.row, col: 0, rows: table.bodyRows + 1, cols: MAX_COLS };
  shiftSheet(model, table.sheet, band, "col", at, 1, table);
  for (const grid of [table.sheet.values, table.sheet.numberFormats, table.sheet.fills, table.sheet.bold]) {
    for (let r = band.row; r < band.row + band.rows; r++) {
      const cells = grid[r];
      if (cells && cells.length > at) cells.splice(at, 0, undefined);
    }
  }
  const headers = tableHeaders(table);
  let header = name ?? `Column${table.width + 1}`;
  if (headers.some((h) => h.toLowerCase() === header.toLowerCase())) header = `${header}2`;
  setCell(table.sheet.values, table.row, at, header);
  table.width += 1;
  return table.width - 1;
}

function moveRows(grid: Grid, from: number, to: number, col: number, cols: number): void {
  for (let c = col; c < col + cols; c++) setCell(grid, to, c, cellOf(grid, from, c));
}

/** Adds rows under a table's body; cells below it in its columns move down; new rows take the last row's number formats. */
export function appendTableRows(model: WorkbookModel, table: TableModel, values: unknown[][]): void {
  const n = values.length;
  const at = table.row + 1 + table.bodyRows;
  const band: Area = { row: 0, col: table.col, rows: MAX_ROWS, cols: table.width };
  shiftSheet(model, table.sheet, band, "row", at, n, table);
  extendColumnRules(table, n);
  for (const grid of [table.sheet.values, table.sheet.numberFormats, table.sheet.fills, table.sheet.bold]) {
    for (let r = grid.length - 1; r >= at; r--) moveRows(grid, r, r + n, table.col, table.width);
    for (let r = at; r < at + n; r++) for (let c = table.col; c < table.col + table.width; c++) setCell(grid, r, c, undefined);
  }
  const lastFormats = table.sheet.numberFormats[at - 1]?.slice(table.col, table.col + table.width) ?? [];
  const area: Area = { row: at, col: table.col, rows: n, cols: table.width };
  writeGrid(table.sheet.values, area, values, storedValue);
  for (let r = 0; r < n; r++) lastFormats.forEach((f, c) => setCell(table.sheet.numberFormats, at + r, table.col + c, f));
  table.bodyRows += n;
}

/** A table's own column rules (validation, conditional formats over a whole body column) grow with it. */
function extendColumnRules(table: TableModel, n: number): void {
  const body = bodyArea(table);
  const last = body.row + body.rows;
  for (const item of [...table.sheet.validations, ...table.sheet.conditionalFormats]) {
    const a = item.area;
    if (a.row === body.row && a.row + a.rows === last && contains(body, a)) item.area = { ...a, rows: a.rows + n };
  }
}

/** Range.delete("Up") over whole body rows of one table (never all of them). */
export function deleteBodyRows(model: WorkbookModel, sheet: SheetModel, area: Area, shift: string): void {
  const table = model.tables.find((t) => t.sheet === sheet && contains(bodyArea(t), area));
  const whole = table && area.col === table.col && area.cols === table.width;
  if (shift !== "Up" || !table || !whole)
    throw new FakeOfficeError("InvalidArgument", "fake Excel: only deleting whole table body rows upwards is modelled");
  if (area.rows >= table.bodyRows) throw new FakeOfficeError("InvalidArgument", "fake Excel: a table keeps at least one body row");
  const band: Area = { row: 0, col: table.col, rows: MAX_ROWS, cols: table.width };
  shiftSheet(model, sheet, band, "row", area.row, -area.rows, table);
  for (const grid of [sheet.values, sheet.numberFormats, sheet.fills, sheet.bold]) {
    const end = grid.length;
    for (let r = area.row; r < end; r++) moveRows(grid, r + area.rows, r, table.col, table.width);
  }
  table.bodyRows -= area.rows;
}

/** The bounding area of non-blank cells, or null for an empty sheet. */
export function usedArea(sheet: SheetModel): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.values.forEach((cells, r) => {
    cells?.forEach((v, c) => {
      if (v === undefined || v === "") return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
