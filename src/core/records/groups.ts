/**
 * Rows that share a voucher number within one financial year form one voucher (docs/workbook.md
 * "Principles"). The same number in another financial year is another voucher (Rule 46(b):
 * unique per financial year). Validation and the voucher builder group the same way.
 */
import { financialYearOf, type CalendarDate } from "../dates";
import { OPS_TABLES, type OpsTable } from "../findings";
import { OPS_TABLE_DECLARATIONS, type OpsRow, type OpsRows } from "./ops-tables";

export interface RowGroup<T> {
  /** "2026|INV-1": the financial year's start year and the number, trimmed, case kept. */
  key: string;
  fy: number;
  number: string;
  rows: T[];
}

export function groupByVoucher<T extends { date: CalendarDate }>(rows: readonly T[], numberOf: (row: T) => string): RowGroup<T>[] {
  const groups: RowGroup<T>[] = [];
  // By year, then by number: no "2026|INV-1" key string is built per row, only one per voucher (issue #2).
  const byYear = new Map<number, Map<string, RowGroup<T>>>();
  for (const row of rows) {
    const fy = financialYearOf(row.date);
    const number = numberOf(row).trim();
    const upper = number.toUpperCase();
    let ofYear = byYear.get(fy);
    if (!ofYear) byYear.set(fy, (ofYear = new Map()));
    let g = ofYear.get(upper);
    if (!g) {
      ofYear.set(upper, (g = { key: `${fy}|${upper}`, fy, number, rows: [] }));
      groups.push(g);
    }
    g.rows.push(row);
  }
  return groups;
}

/** Each ops table's rows as vouchers. */
export type BookGroups = { [T in OpsTable]: RowGroup<OpsRow<T>>[] };

/** The voucher number of a row of each table: its declaration's number column. */
export const VOUCHER_NUMBER_OF = Object.fromEntries(
  OPS_TABLES.map((table) => {
    const field = OPS_TABLE_DECLARATIONS[table].vouchers.numberField;
    return [table, (row: Record<string, unknown>) => row[field] as string];
  }),
) as unknown as { [T in OpsTable]: (row: OpsRow<T>) => string };

/**
 * Every table's vouchers, grouped once for validation and the builder to share (issue #2: on
 * 100,000 lines each grouping costs tens of milliseconds and as many short-lived objects).
 */
export function groupBooks(rows: OpsRows): BookGroups {
  const groups = {} as Record<OpsTable, RowGroup<OpsRow<OpsTable>>[]>;
  for (const table of OPS_TABLES) {
    groups[table] = groupByVoucher<OpsRow<OpsTable>>(rows[table], VOUCHER_NUMBER_OF[table] as (row: OpsRow<OpsTable>) => string);
  }
  return groups as BookGroups;
}
