/**
 * Purchases: a supplier's bill is booked once ((Supplier, Bill No) unique per financial year,
 * Rule 46(b) makes the supplier's number unique per year), and never before its own date.
 */
import { compareDates, displayDate, financialYearOf } from "../dates";
import { finding, type Finding } from "../findings";
import { nameKey } from "../mapping";
import type { RowGroup } from "../records/groups";
import { compareRowOrder } from "../records/row-order";
import type { PurchaseRow } from "../records/types";
import { isBlank, type RuleContext } from "./context";

/**
 * The same supplier bill under two different Voucher Nos: the voucher first in date then number
 * order keeps it, and every line of each later voucher is reported (docs/decisions/0009).
 */
export function duplicateBills(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { groupKey: string; voucherNo: string; row: number }>();
  const place = (g: RowGroup<PurchaseRow>) => ({ date: g.rows[0].date, number: g.number, row: g.rows[0].row });
  const inOrder = [...ctx.groups.Purchases].sort((a, b) => compareRowOrder(place(a), place(b)));
  for (const group of inOrder) {
    for (const row of group.rows) {
      if (isBlank(row.billNo)) continue;
      const supplier = nameKey(ctx.ledgers.resolve("Party", row.supplier) ?? row.supplier);
      // The supplier numbers its bills per its own financial year: the bill's date decides.
      const fy = financialYearOf(row.billDate ?? row.date);
      const key = `${fy}|${supplier}|${row.billNo.trim().toUpperCase()}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { groupKey: group.key, voucherNo: group.number, row: row.row });
      } else if (first.groupKey !== group.key) {
        const at = { table: "Purchases" as const, row: row.row, column: "Bill No", value: row.billNo.trim() };
        out.push(finding("purchase.duplicate-bill", at, { supplier: row.supplier, voucherNo: first.voucherNo, firstRow: first.row }));
      }
    }
  }
  return out;
}

/** Bill Date on or before the voucher Date. */
export function billDates(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.Purchases) {
    if (!row.billDate || compareDates(row.billDate, row.date) <= 0) continue;
    const at = { table: "Purchases" as const, row: row.row, column: "Bill Date", value: displayDate(row.billDate) };
    out.push(finding("purchase.bill-date-after-date", at, { date: displayDate(row.date) }));
  }
  return out;
}
