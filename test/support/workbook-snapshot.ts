/**
 * For tests that prove a write-back kept the user's workbook: every cell's value (formulas with
 * their results), number format, fill, font, border and alignment, every column width and every
 * table's name and range, as plain JSON that two versions of a file can be compared by.
 */
import ExcelJS from "exceljs";
import { decodeRange, encodeRange, type Box } from "../../src/adapters/xlsx/excel-tables";

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

function modelOf(table: ExcelJS.Table): TableModel {
  return (table as unknown as { table: TableModel }).table;
}

/** An exceljs table's whole area on the sheet. A table made this session has no tableRef until written. */
function tableBox(model: TableModel): Box {
  if (model.tableRef) return decodeRange(model.tableRef);
  const at = decodeRange(model.ref ?? "A1");
  const height = (model.headerRow ? 1 : 0) + (model.rows?.length ?? 0) + (model.totalsRow ? 1 : 0);
  return { top: at.top, left: at.left, bottom: at.top + Math.max(height, 1) - 1, right: at.left + model.columns.length - 1 };
}

export interface CellSnapshot {
  value: unknown;
  numFmt?: string;
  fill?: unknown;
  font?: unknown;
  border?: unknown;
  alignment?: unknown;
}

export interface WorkbookSnapshot {
  /** "Sheet!A1" -> the cell. */
  cells: Map<string, CellSnapshot>;
  /** "Sheet!C" -> width. */
  widths: Map<string, number | undefined>;
  /** Table name -> "Sheet!A1:R126". */
  tables: Map<string, string>;
  sheetStates: Map<string, string>;
}

const plain = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const snap: WorkbookSnapshot = { cells: new Map(), widths: new Map(), tables: new Map(), sheetStates: new Map() };
  for (const ws of workbook.worksheets) {
    snap.sheetStates.set(ws.name, ws.state);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.value instanceof Date ? cell.value.toISOString() : plain(cell.value);
        snap.cells.set(`${ws.name}!${cell.address}`, {
          value,
          numFmt: cell.numFmt,
          fill: plain(cell.fill),
          font: plain(cell.font),
          border: plain(cell.border),
          alignment: plain(cell.alignment),
        });
      }),
    );
    ws.columns.forEach((c) => snap.widths.set(`${ws.name}!${c.letter}`, c.width));
    for (const t of ws.getTables() as unknown as ExcelJS.Table[]) {
      snap.tables.set(modelOf(t).name, `${ws.name}!${encodeRange(tableBox(modelOf(t)))}`);
    }
  }
  return snap;
}

export async function snapshotFile(file: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return snapshotOf(wb);
}
