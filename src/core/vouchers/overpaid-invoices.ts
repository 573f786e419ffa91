/**
 * Receipts against an invoice above the invoice's total are a warning (docs/workbook.md
 * "Receipts"): money may really have come in twice, or a receipt names the wrong invoice.
 * Needs totals, so it runs on built vouchers.
 */
import { finding, type Finding } from "../findings";
import type { Paise } from "../money";
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

/** "receipt.above-invoice" warnings on every built receipt row against an invoice it overpays. */
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
    const received = rows.reduce((sum, r) => sum + r.amount, 0);
    if (received <= invoice.total) continue;
    const params = { invoice: invoice.number, received, total: invoice.total };
    for (const r of rows) {
      findings.push(finding("receipt.above-invoice", { table: "Receipts", row: r.row, column: "Against Invoice", value: r.againstInvoice }, params));
    }
  }
  return findings;
}
