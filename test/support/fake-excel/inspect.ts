/** Readers for tests: what a table, a cell or the whole workbook holds, straight from the model. */
import { formatAddress, parseAddress } from "./a1";
import {
  areaValues,
  bodyArea,
  cellOf,
  findSheet,
  findTable,
  tableArea,
  tableHeaders,
  type Grid,
  type TableModel,
  type WorkbookModel,
} from "./workbook-model";

function tableOrThrow(model: WorkbookModel, name: string): TableModel {
  const table = findTable(model, name);
  if (!table) throw new Error(`fake Excel: no table ${name}`);
  return table;
}

/** Header texts and body values of a table. */
export function readTable(model: WorkbookModel, name: string): { headers: string[]; rows: unknown[][]; address: string } {
  const t = tableOrThrow(model, name);
  return { headers: tableHeaders(t), rows: areaValues(t.sheet, bodyArea(t)), address: formatAddress(t.sheet.name, tableArea(t)) };
}

/** One column of a table body, by header. */
export function tableColumn(model: WorkbookModel, name: string, header: string): unknown[] {
  const { headers, rows } = readTable(model, name);
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(`fake Excel: table ${name} has no column ${header}`);
  return rows.map((r) => r[col]);
}

/** Value, number format, own fill and boldness of one cell (sheet + "C5"). */
export function cellAt(
  model: WorkbookModel,
  sheetName: string,
  a1: string,
): { value: unknown; numberFormat: string; fill?: string; bold: boolean } {
  const sheet = findSheet(model, sheetName);
  if (!sheet) throw new Error(`fake Excel: no sheet ${sheetName}`);
  const { area } = parseAddress(a1);
  return {
    value: cellOf(sheet.values, area.row, area.col) ?? "",
    numberFormat: (cellOf(sheet.numberFormats, area.row, area.col) as string | undefined) ?? "General",
    fill: cellOf(sheet.fills, area.row, area.col) as string | undefined,
    bold: cellOf(sheet.bold, area.row, area.col) === true,
  };
}

/** Drops trailing blanks, so two grids with the same cells compare equal. */
function trimmed<T>(list: T[]): T[] | null {
  let end = list.length;
  while (end > 0 && (list[end - 1] === null || (Array.isArray(list[end - 1]) && (list[end - 1] as unknown[]).length === 0))) end--;
  return end === 0 ? null : list.slice(0, end);
}

/** A deep, comparable copy of the whole model (for "nothing changed" assertions). */
export function snapshot(model: WorkbookModel): unknown {
  const grid = (g: Grid) => trimmed(Array.from(g, (row) => (row ? trimmed(Array.from(row, (v) => v ?? null)) : null)));
  return {
    activeSheet: model.activeSheet,
    selection: model.selection ?? null,
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      values: grid(s.values),
      numberFormats: grid(s.numberFormats),
      fills: grid(s.fills),
      bold: grid(s.bold),
      autofits: JSON.parse(JSON.stringify(s.autofits)),
      validations: JSON.parse(JSON.stringify(s.validations)),
      conditionalFormats: JSON.parse(JSON.stringify(s.conditionalFormats)),
    })),
    tables: model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, area: tableArea(t) })),
  };
}
