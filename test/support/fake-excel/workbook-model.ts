/**
 * The in-memory workbook the fake Excel host works on: sheets as sparse grids (values, number
 * formats, fills, bold), tables as rectangles on a sheet, data validations and conditional formats as
 * areas. Tests build one with fakeWorkbook() and inspect it with inspect.ts.
 */
import { parseAddress, type Area } from "./a1";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";
/** Rows of cells; a missing row or cell is blank. */
export type Grid = (unknown[] | undefined)[];

export interface ValidationModel {
  area: Area;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatModel {
  id: string;
  area: Area;
  type: string;
  /** Custom rule formula (type "Custom" only). */
  formula?: string;
  fill?: string;
}

export interface SheetModel {
  name: string;
  visibility: Visibility;
  values: Grid;
  numberFormats: Grid;
  fills: Grid;
  /** Cells whose font is bold (true), the rest not. */
  bold: Grid;
  /** Areas whose columns were autofitted (RangeFormat.autofitColumns), in order; widths are not modelled. */
  autofits: Area[];
  validations: ValidationModel[];
  /** Highest priority first, as Excel lists them. */
  conditionalFormats: ConditionalFormatModel[];
}

/** A table: header row at `row`, `bodyRows` rows below it (never fewer than one, as in Excel). */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  row: number;
  col: number;
  width: number;
  bodyRows: number;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  activeSheet: string;
  selection?: { sheet: string; address: string };
  nextId: number;
}

export interface FakeTableSpec {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
  /** Top-left cell of the header row; default "A1". */
  at?: string;
}

export interface FakeSheetSpec {
  name: string;
  visibility?: Visibility;
  tables?: readonly FakeTableSpec[];
  /** Plain cells outside tables, by A1 address. */
  cells?: Readonly<Record<string, unknown>>;
  /** The user's own fills, by A1 address. */
  fills?: Readonly<Record<string, string>>;
  /** The user's own conditional formats. */
  conditionalFormats?: readonly { address: string; type: string; formula?: string; fill?: string }[];
}

export interface FakeWorkbookSpec {
  sheets: readonly FakeSheetSpec[];
  /** Active sheet; default the first. */
  active?: string;
}

export const cellOf = (grid: Grid, row: number, col: number): unknown => grid[row]?.[col];

export function setCell(grid: Grid, row: number, col: number, value: unknown): void {
  if (value === undefined && !grid[row]) return;
  const cells = (grid[row] ??= []);
  cells[col] = value;
}

/** Cell values of an area as Excel returns them: blanks are "". */
export function areaValues(sheet: SheetModel, area: Area): unknown[][] {
  return areaOf(sheet.values, area, "");
}

export function areaOf(grid: Grid, area: Area, blank: unknown): unknown[][] {
  const out: unknown[][] = new Array(area.rows);
  for (let r = 0; r < area.rows; r++) {
    const cells = grid[area.row + r];
    const row: unknown[] = new Array(area.cols);
    for (let c = 0; c < area.cols; c++) row[c] = cells?.[area.col + c] ?? blank;
    out[r] = row;
  }
  return out;
}

export const headerArea = (t: TableModel): Area => ({ row: t.row, col: t.col, rows: 1, cols: t.width });
export const bodyArea = (t: TableModel): Area => ({ row: t.row + 1, col: t.col, rows: t.bodyRows, cols: t.width });
export const tableArea = (t: TableModel): Area => ({ row: t.row, col: t.col, rows: t.bodyRows + 1, cols: t.width });

/** Column names are the header cells' text. */
export function tableHeaders(t: TableModel): string[] {
  return areaValues(t.sheet, headerArea(t))[0].map((v) => String(v));
}

export function emptySheet(name: string, visibility: Visibility = "Visible"): SheetModel {
  return { name, visibility, values: [], numberFormats: [], fills: [], bold: [], autofits: [], validations: [], conditionalFormats: [] };
}

/** Builds a workbook model; a table without rows gets one blank body row, as Excel gives it. */
export function fakeWorkbook(spec: FakeWorkbookSpec): WorkbookModel {
  const model: WorkbookModel = { sheets: [], tables: [], activeSheet: spec.active ?? spec.sheets[0]?.name ?? "", nextId: 1 };
  for (const s of spec.sheets) {
    const sheet = emptySheet(s.name, s.visibility);
    model.sheets.push(sheet);
    for (const [address, value] of Object.entries(s.cells ?? {})) {
      const { area } = parseAddress(address);
      setCell(sheet.values, area.row, area.col, value);
    }
    for (const t of s.tables ?? []) model.tables.push(placeTable(sheet, t));
    for (const [address, color] of Object.entries(s.fills ?? {})) {
      const { area } = parseAddress(address);
      setCell(sheet.fills, area.row, area.col, color);
    }
    for (const cf of s.conditionalFormats ?? []) {
      const { area } = parseAddress(cf.address);
      sheet.conditionalFormats.push({ id: `cf${model.nextId++}`, area, type: cf.type, formula: cf.formula, fill: cf.fill });
    }
  }
  return model;
}

function placeTable(sheet: SheetModel, spec: FakeTableSpec): TableModel {
  const { area } = parseAddress(spec.at ?? "A1");
  const table: TableModel = {
    name: spec.name,
    sheet,
    row: area.row,
    col: area.col,
    width: spec.headers.length,
    bodyRows: Math.max(1, spec.rows.length),
  };
  spec.headers.forEach((h, c) => setCell(sheet.values, area.row, area.col + c, h));
  spec.rows.forEach((cells, r) => {
    const row: unknown[] = (sheet.values[area.row + 1 + r] ??= []);
    for (let c = 0; c < cells.length; c++) row[area.col + c] = cells[c];
  });
  return table;
}

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function findTable(model: WorkbookModel, name: string): TableModel | undefined {
  return model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}
