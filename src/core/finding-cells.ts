/**
 * Where a finding sits in the workbook, worked out once for every host: the task pane, the .xlsx
 * adapter and the command line. A finding names its column by the contract's header; the table
 * may spell it another way ("Inv No"), so the column is looked up under every name the core
 * accepts for it. The host says where the table is; how the place is shown is the host's.
 */
import type { Finding } from "./findings";
import { headerKey } from "./records/columns";
import { OPS_COLUMNS } from "./records/ops-tables";

/** Column letters as Excel names them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name as Excel writes it in an address: quoted when it has anything but letters, digits, "_" and "." ('Price List'). */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * 0-based position among a table's headers of a column given by its contract header ("Invoice
 * No"), found under that header or any other name the core accepts for it ("Inv No"), leftmost
 * first; -1 when absent. Other tables (HandoffSettings, PostingLog) match the header only.
 */
export function columnPosition(table: string, headers: readonly unknown[], column: string): number {
  const spec = (OPS_COLUMNS as Partial<Record<string, (typeof OPS_COLUMNS)[keyof typeof OPS_COLUMNS]>>)[table]?.find(
    (s) => headerKey(s.header) === headerKey(column),
  );
  const names = new Set([column, ...(spec?.aliases ?? [])].map(headerKey));
  return headers.findIndex((h) => names.has(headerKey(h)));
}

/** Where a table sits on its sheet, as the host knows it. */
export interface TablePlace {
  sheet: string;
  headers: readonly unknown[];
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Sheet row of the header row. */
  headerRow: number;
  /** HandoffSettings: its body (Key first) and the sheet row of the body's first row, to find a key's Value cell. */
  settings?: { rows: readonly (readonly unknown[])[]; firstRow: number };
}

export interface FindingCell {
  sheet: string;
  /** Sheet row: the finding's own, or the header row for a whole-table finding (row 0). */
  row: number;
  /** 0-based sheet column; undefined when the finding names no column the table has. */
  col: number | undefined;
}

/** The Value cell of a HandoffSettings key ("Round Off Ledger"), if the key is in the table. */
function settingCell(at: TablePlace, key: string): FindingCell | undefined {
  const index = at.settings?.rows.findIndex((r) => headerKey(r[0]) === headerKey(key)) ?? -1;
  const valueCol = at.headers.findIndex((h) => headerKey(h) === "value");
  if (!at.settings || index < 0 || valueCol < 0) return undefined;
  return { sheet: at.sheet, row: at.settings.firstRow + index, col: at.firstColumn + valueCol };
}

/**
 * The cell a finding points at: its row and column; the header row for a whole-table finding;
 * a HandoffSettings finding named by its key points at that key's Value cell.
 */
export function findingCell(f: Pick<Finding, "table" | "row" | "column">, at: TablePlace): FindingCell {
  const col = f.column ? columnPosition(f.table, at.headers, f.column) : -1;
  if (f.table === "HandoffSettings" && col < 0 && f.column) {
    const cell = settingCell(at, f.column);
    if (cell) return cell;
  }
  return { sheet: at.sheet, row: f.row > 0 ? f.row : at.headerRow, col: col < 0 ? undefined : at.firstColumn + col };
}
