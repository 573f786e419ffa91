/**
 * Receipts against an invoice above the invoice's total are a warning (docs/workbook.md
 * "Receipts"): money may really have come in twice, or a receipt names the wrong invoice.
 * Needs totals, so it runs on built vouchers.
 */
import { finding, type Finding } from "../findings";
import type { Paise } from "../money";
import { compareRowOrder } from "../records/row-order";
import type { ReceiptRow } from "../records/types";
import type { Voucher } from "./model";

const key = (number: string) => number.trim().toUpperCase();

/** Invoice totals by number; a number used in two financial years is left out (which one is meant is unclear). */
function invoiceTotals(vouchers: readonly Voucher[]): Map<string, { number: string; total: Paise } | null> {
  const totals = new Map<string, { number: string; total: Paise } | null>();
  for (const v of vouchers) {
    if (v.source.table !== "Sales") continue;
    const party = v.ledgerEntries.find((e) => e.role === "party");
    if (!party) continue;
    const k = key(v.number);
    totals.set(k, totals.has(k) ? null : { number: v.number, total: -party.amount });
  }
  return totals;
}

/** "receipt.above-invoice" warnings on each built receipt row that takes its invoice past its total. */
export function overpaidInvoiceFindings(vouchers: readonly Voucher[], receipts: readonly ReceiptRow[]): Finding[] {
  const builtRows = new Set<number>();
  for (const v of vouchers) if (v.source.table === "Receipts") for (const r of v.source.rows) builtRows.add(r);
  const against = new Map<string, ReceiptRow[]>();
  for (const r of receipts) {
    const invoice = r.againstInvoice?.trim();
    if (!invoice || !builtRows.has(r.row)) continue;
    const list = against.get(key(invoice));
    if (list) list.push(r);
    else against.set(key(invoice), [r]);
  }
  const findings: Finding[] = [];
  if (against.size === 0) return findings; // no receipt names an invoice: spare totalling every invoice
  const totals = invoiceTotals(vouchers);
  for (const [k, rows] of against) {
    const invoice = totals.get(k);
    if (!invoice) continue;
    // In date then number order, the receipt that goes past the total and each one after it (docs/decisions/0009).
    rows.sort((a, b) => compareRowOrder({ ...a, number: a.receiptNo }, { ...b, number: b.receiptNo }));
    let received = 0;
    for (const r of rows) {
      const earlier = received;
      received += r.amount;
      if (received <= invoice.total) continue;
      const params = { invoice: invoice.number, received, total: invoice.total, earlier };
      findings.push(
        finding("receipt.above-invoice", { table: "Receipts", row: r.row, column: "Against Invoice", value: r.againstInvoice }, params),
      );
    }
  }
  return findings;
}
