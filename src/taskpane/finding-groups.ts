/**
 * What the Validate view shows, worked out from a handoff: findings grouped by table (errors
 * before warnings), counts per table, and where each finding sits as Excel writes it ("Sales!D6");
 * the counts and the cell are the core's (table-counts.ts, finding-cells.ts), shared with the CLI.
 */
import { columnLetters, findingCell, sheetRef } from "../core/finding-cells";
import type { Finding, TableName } from "../core/findings";
import type { WorkbookInput } from "../core/records/types";
import { TABLE_ORDER } from "../core/table-counts";

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
    .map((g) => ({
      ...g,
      findings: g.findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
        .map((x) => x.f),
    }));
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
  const { col } = findingCell(f, { sheet, headers: table?.headers ?? [], firstColumn: 0, headerRow: (table?.firstRow ?? 2) - 1 });
  return col === undefined ? `${sheet}!${f.row}:${f.row}` : `${sheet}!${columnLetters(col)}${f.row}`;
}

/** Human name of a table for headings. */
export function tableTitle(table: TableName): string {
  if (table === "HandoffSettings") return "Settings";
  if (table === "StockMoves") return "Stock moves";
  return table;
}
