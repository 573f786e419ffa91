/**
 * Rows, vouchers, errors and warnings per table, as the pane's Validate view and the command
 * line's summary both show them.
 */
import { OPS_TABLES, type Finding, type TableName } from "./findings";
import type { Handoff } from "./handoff";

/** Settings and mappings first: a problem there touches every table. */
export const TABLE_ORDER: readonly TableName[] = ["HandoffSettings", "LedgerMap", ...OPS_TABLES];

export interface TableCount {
  table: TableName;
  /** Data rows read, including rows that could not be read. */
  rows: number;
  vouchers: number;
  errors: number;
  warnings: number;
}

/** Every table that is present or has findings, in TABLE_ORDER. */
export function countPerTable(handoff: Pick<Handoff, "books" | "vouchers" | "findings">): TableCount[] {
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
  for (const f of findings) countFinding(at(f.table), f);
  return TABLE_ORDER.filter((t) => counts.has(t)).map((t) => counts.get(t)!);
}

function countFinding(count: TableCount, f: Finding): void {
  if (f.severity === "error") count.errors++;
  else count.warnings++;
}
