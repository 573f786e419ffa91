/**
 * Which vouchers wait: a voucher is built only from rows with no error, so one bad line holds back
 * its whole voucher (never a partial invoice in Tally). Findings are indexed once, so the check
 * per voucher is a few Set lookups even for 100,000 lines.
 */
import type { Finding, OpsTable } from "../findings";
import type { RowGroup } from "../records/groups";
import type { Books, RowBase } from "../records/types";

export interface HoldBacks {
  /** True when any row of the group has an error, its table has one, or a row of its number could not be read. */
  isHeld(table: OpsTable, group: RowGroup<RowBase>): boolean;
}

const rowKey = (table: string, row: number) => `${table}\u0000${row}`;
const numberKey = (table: string, number: string) => `${table}\u0000${number.trim().toUpperCase()}`;

export function holdBacks(books: Books, findings: readonly Finding[]): HoldBacks {
  const errorRows = new Set<string>();
  // Row 0 is a whole-table problem (a missing required column): nothing in that table is trusted.
  const errorTables = new Set<string>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    if (f.row === 0) errorTables.add(f.table);
    else errorRows.add(rowKey(f.table, f.row));
  }
  // A rejected row carries no readable date, so its number holds back that number in every financial year.
  const rejectedNumbers = new Set<string>();
  for (const [table, rows] of Object.entries(books.rejected)) {
    for (const r of rows) if (r.voucherNo.trim() !== "") rejectedNumbers.add(numberKey(table, r.voucherNo));
  }
  return {
    isHeld(table, group) {
      if (errorTables.has(table)) return true;
      // Clean books are the usual case: no key text is built per row just to look it up in an empty set.
      if (rejectedNumbers.size > 0 && rejectedNumbers.has(numberKey(table, group.number))) return true;
      return errorRows.size > 0 && group.rows.some((r) => errorRows.has(rowKey(table, r.row)));
    },
  };
}
