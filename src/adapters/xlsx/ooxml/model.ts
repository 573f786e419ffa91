/**
 * The workbook as the streaming reader leaves it: each sheet's cells in the columns the add-in
 * reads or may write (not the whole workbook as objects), each Excel table's definition from its
 * table part, and the add-in's own changes, which save-xlsx.ts writes into a copy of the file.
 */
import { decodeRange, type Box } from "../excel-tables";

/** A cell as the core expects it: text, number, boolean, date (a date-formatted number) or empty. */
export type CellValue = string | number | boolean | Date | null;

export interface XlsxTable {
  name: string;
  /** The table's id, unique in the workbook (a new table gets the next free one). */
  id: number;
  /** Zip part of the table definition ("xl/tables/table1.xml"). */
  part: string;
  box: Box;
  headerRow: boolean;
  totalsRow: boolean;
  /** Column names in the table definition (the header row shows them). */
  columns: string[];
  /** The definition changed (wider or taller) or is new: save rewrites its part. */
  edited: boolean;
  isNew: boolean;
}

export interface SheetCell {
  value: CellValue;
}

export class XlsxSheet {
  readonly tables: XlsxTable[] = [];
  /** Row number -> cells by column number; only the columns this sheet is read in. */
  readonly rows = new Map<number, CellValue[]>();
  /** Cells the add-in wrote: row -> columns. */
  readonly edits = new Map<number, Set<number>>();
  /** Highest row and column seen in the sheet's data (as Excel's used range counts them). */
  rowCount = 0;
  columnCount = 0;

  constructor(
    readonly name: string,
    /** Zip part ("xl/worksheets/sheet1.xml"); "" for a new sheet until it is saved. */
    public part: string,
    public state: "visible" | "hidden" | "veryHidden",
    public isNew = false,
  ) {}

  value(row: number, column: number): CellValue {
    return this.rows.get(row)?.[column] ?? null;
  }

  /** Reading: one cell of the file. */
  load(row: number, column: number, value: CellValue): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    cells[column] = value;
  }

  /** The add-in's own write; remembered so the save puts it into the file. */
  set(row: number, column: number, value: CellValue): void {
    this.load(row, column, value);
    let columns = this.edits.get(row);
    if (!columns) this.edits.set(row, (columns = new Set()));
    columns.add(column);
    this.rowCount = Math.max(this.rowCount, row);
    this.columnCount = Math.max(this.columnCount, column);
  }

  /** exceljs-like access by address ("O2"), kept for tests and scripts that look at one cell. */
  getCell(address: string): SheetCell {
    const { top, left } = decodeRange(address);
    const sheet = this as XlsxSheet;
    return {
      get value() {
        return sheet.value(top, left);
      },
      set value(v: CellValue) {
        sheet.set(top, left, v);
      },
    };
  }

  get edited(): boolean {
    return this.edits.size > 0 || this.isNew || this.tables.some((t) => t.isNew);
  }
}

export interface XlsxWorkbook {
  file: string;
  worksheets: XlsxSheet[];
  /** Workbook part ("xl/workbook.xml"). */
  workbookPart: string;
  /** Strings are written shared when the file keeps a shared string table, inline otherwise. */
  sharedStrings: string[] | undefined;
  sharedStringsPart: string | undefined;
  getWorksheet(name: string): XlsxSheet | undefined;
}

export function newWorkbook(file: string, workbookPart: string): XlsxWorkbook {
  const worksheets: XlsxSheet[] = [];
  return {
    file,
    worksheets,
    workbookPart,
    sharedStrings: undefined,
    sharedStringsPart: undefined,
    getWorksheet: (name) => worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase()),
  };
}
