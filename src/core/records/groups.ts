/**
 * Rows that share a voucher number within one financial year form one voucher (docs/workbook.md
 * "Principles"). The same number in another financial year is another voucher (Rule 46(b):
 * unique per financial year). Validation and the voucher builder group the same way.
 */
import { financialYearOf, type CalendarDate } from "../dates";
import type { OpsTable } from "../findings";
import type { OpsRows } from "./types";

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
export type BookGroups = { [T in OpsTable]: RowGroup<OpsRows[T][number]>[] };

/** The voucher number of a row of each table (the column docs/workbook.md names per table). */
export const VOUCHER_NUMBER_OF: { [T in OpsTable]: (row: OpsRows[T][number]) => string } = {
  Sales: (r) => r.invoiceNo,
  Purchases: (r) => r.voucherNo,
  Receipts: (r) => r.receiptNo,
  Payments: (r) => r.paymentNo,
  Expenses: (r) => r.voucherNo,
  Returns: (r) => r.noteNo,
  StockMoves: (r) => r.moveNo,
  Journals: (r) => r.voucherNo,
};

function groupTable<T extends OpsTable>(rows: OpsRows, table: T): BookGroups[T] {
  return groupByVoucher(rows[table] as readonly OpsRows[T][number][], VOUCHER_NUMBER_OF[table]) as BookGroups[T];
}

/**
 * Every table's vouchers, grouped once for validation and the builder to share (issue #2: on
 * 100,000 lines each grouping costs tens of milliseconds and as many short-lived objects).
 */
export function groupBooks(rows: OpsRows): BookGroups {
  return {
    Sales: groupTable(rows, "Sales"),
    Purchases: groupTable(rows, "Purchases"),
    Receipts: groupTable(rows, "Receipts"),
    Payments: groupTable(rows, "Payments"),
    Expenses: groupTable(rows, "Expenses"),
    Returns: groupTable(rows, "Returns"),
    StockMoves: groupTable(rows, "StockMoves"),
    Journals: groupTable(rows, "Journals"),
  };
}
