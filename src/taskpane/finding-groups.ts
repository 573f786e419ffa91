/**
 * What the Validate view shows, worked out from a handoff: findings grouped by table (errors
 * before warnings), counts per table, and where each finding sits as Excel writes it ("Sales!D6").
 */
import { OPS_TABLES, type Finding, type TableName } from "../core/findings";
import type { Handoff } from "../core/handoff";
import { looseKey } from "../core/records/cells";
import type { WorkbookInput } from "../core/records/types";

/** Settings and mappings first: a problem there touches every table. */
const TABLE_ORDER: readonly TableName[] = ["HandoffSettings", "LedgerMap", ...OPS_TABLES];

export interface FindingGroup {
  table: TableName;
  errors: number;
  warnings: number;
  /** Errors first, then warnings; each kept in row order. */
  findings: Finding[];
}

/** Groups findings by table in TABLE_ORDER, errors before warnings inside each group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<TableName, FindingGroup>();
  for (const table of TABLE_ORDER) groups.set(table, { table, errors: 0, warnings: 0, findings: [] });
  for (const f of findings) {
    let group = groups.get(f.table);
    if (!group) groups.set(f.table, (group = { table: f.table, errors: 0, warnings: 0, findings: [] }));
    group.findings.push(f);
    if (f.severity === "error") group.errors++;
    else group.warnings++;
  }
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 1);
  return [...groups.values()]
    .filter((g) => g.findings.length > 0)
    .map((g) => ({ ...g, findings: g.findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f) }));
}

export interface TableCount {
  table: TableName;
  /** Data rows read, including rows that could not be read. */
  rows: number;
  vouchers: number;
  errors: number;
  warnings: number;
}

/** Rows, vouchers, errors and warnings per table that is present or has findings. */
export function countPerTable(handoff: Handoff): TableCount[] {
  const { books, vouchers, findings } = handoff;
  const counts = new Map<TableName, TableCount>();
  const at = (table: TableName) => {
    let c = counts.get(table);
    if (!c) counts.set(table, (c = { table, rows: 0, vouchers: 0, errors: 0, warnings: 0 }));
    return c;
  };
  for (const table of OPS_TABLES) {
    if (books.present.includes(table)) at(table).rows = books.rows[table].length + books.rejected[table].length;
  }
  for (const v of vouchers) at(v.source.table).vouchers++;
  for (const f of findings) {
    if (f.severity === "error") at(f.table).errors++;
    else at(f.table).warnings++;
  }
  return TABLE_ORDER.filter((t) => counts.has(t)).map((t) => counts.get(t)!);
}

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

/** A sheet name as Excel writes it in an address: quoted when it has anything but letters, digits, "_" and ".". */
function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Where a finding sits: "Sales!D6" for a cell, "Sales!6:6" for a whole row, "Sales" for a whole
 * table. The column letter counts from the table's first column, which the workbook contract puts
 * in column A; a header the table lacks gives the row only.
 */
export function findingLocation(f: Finding, input?: WorkbookInput): string {
  const table = input?.tables[f.table];
  const sheet = sheetRef(table?.sheet ?? f.table);
  if (f.row <= 0) return f.column ? `${sheet}, column ${f.column}` : sheet;
  const index = f.column === "" ? -1 : (table?.headers ?? []).findIndex((h) => looseKey(String(h)) === looseKey(f.column));
  return index < 0 ? `${sheet}!${f.row}:${f.row}` : `${sheet}!${columnLetters(index)}${f.row}`;
}

/** Human name of a table for headings. */
export function tableTitle(table: TableName): string {
  if (table === "HandoffSettings") return "Settings";
  if (table === "StockMoves") return "Stock moves";
  return table;
}
