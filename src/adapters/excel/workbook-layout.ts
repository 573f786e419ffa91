/* global Excel */
/**
 * Where everything is, in one round trip: every table's name, sheet and header texts, and every
 * sheet's name and visibility. Table proxies exist only after a sync, so this is always the first
 * sync of an operation. Tables and columns are then found the way the core finds them: table
 * names and headers ignoring case, spaces and punctuation, columns also by their other names.
 */
import { columnPosition } from "../../core/finding-cells";
import { headerKey } from "../../core/records/columns";

export interface TableLayout {
  /** The table's name as Excel has it. */
  name: string;
  sheet: string;
  sheetVisible: boolean;
  /** Header texts (the table's column names), left to right. */
  headers: string[];
  table: Excel.Table;
  worksheet: Excel.Worksheet;
}

export interface SheetLayout {
  name: string;
  visible: boolean;
  worksheet: Excel.Worksheet;
}

export interface WorkbookLayout {
  tables: TableLayout[];
  sheets: SheetLayout[];
}

/** Sync 1 of every operation. */
export async function loadLayout(context: Excel.RequestContext): Promise<WorkbookLayout> {
  const tables = context.workbook.tables.load({ name: true, worksheet: { name: true, visibility: true }, columns: { name: true } });
  const sheets = context.workbook.worksheets.load({ name: true, visibility: true });
  await context.sync();
  return {
    tables: tables.items.map((table) => ({
      name: table.name,
      sheet: table.worksheet.name,
      sheetVisible: table.worksheet.visibility === "Visible",
      headers: table.columns.items.map((c) => c.name),
      table,
      worksheet: table.worksheet,
    })),
    sheets: sheets.items.map((worksheet) => ({ name: worksheet.name, visible: worksheet.visibility === "Visible", worksheet })),
  };
}

/** The table the core reads under this name (read-books.ts findTable: "Stock_Moves" is StockMoves). */
export function tableNamed(layout: WorkbookLayout, name: string): TableLayout | undefined {
  const want = headerKey(name);
  return layout.tables.find((t) => headerKey(t.name) === want);
}

export function sheetNamed(layout: WorkbookLayout, name: string): SheetLayout | undefined {
  return layout.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/**
 * 0-based position of a column given by its contract header ("Invoice No"), found under that
 * header or any other name the core accepts for it ("Inv No"), leftmost first; -1 when absent.
 */
export function columnOf(table: TableLayout, logical: string, header: string): number {
  return columnPosition(logical, table.headers, header);
}
