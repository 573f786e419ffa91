/**
 * Rows that share a voucher number within one financial year form one voucher (docs/workbook.md
 * "Principles"). The same number in another financial year is another voucher (Rule 46(b):
 * unique per financial year). Validation and the voucher builder group the same way.
 */
import { financialYearOf, type CalendarDate } from "../dates";

export interface RowGroup<T> {
  /** "2026|INV-1": the financial year's start year and the number, trimmed, case kept. */
  key: string;
  fy: number;
  number: string;
  rows: T[];
}

export function groupByVoucher<T extends { date: CalendarDate }>(rows: readonly T[], numberOf: (row: T) => string): RowGroup<T>[] {
  const groups = new Map<string, RowGroup<T>>();
  for (const row of rows) {
    const fy = financialYearOf(row.date);
    const number = numberOf(row).trim();
    const key = `${fy}|${number.toUpperCase()}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, fy, number, rows: [] }));
    g.rows.push(row);
  }
  return [...groups.values()];
}
