/**
 * Receipts and Payments (docs/workbook.md): positive amounts, bills they settle that exist and
 * belong to the same party (unless the bill is an opening one, only in Tally), cheque numbers.
 */
import { finding, type Finding } from "../findings";
import { formatInr } from "../money";
import type { RowGroup } from "../records/groups";
import type { ExpenseRow, PaymentRow, PurchaseRow, ReceiptRow } from "../records/types";
import { bookIndex, matchParty } from "./book-index";
import { isBlank, numberKey, type RuleContext } from "./context";

/** The receipts and the payments, each with its table's name. */
const moneyMovements = (ctx: RuleContext): ["Receipts" | "Payments", readonly (ReceiptRow | PaymentRow)[]][] => [
  ["Receipts", ctx.rows.Receipts],
  ["Payments", ctx.rows.Payments],
];

/** Amount above zero on every receipt and payment row. */
export function positiveAmounts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, list] of moneyMovements(ctx)) {
    for (const row of list) {
      if (row.amount > 0) continue;
      out.push(finding("amount.not-positive", { table, row: row.row, column: "Amount", value: formatInr(row.amount) }));
    }
  }
  return out;
}

const settles = (against: string | undefined, openingBill: boolean): against is string => !isBlank(against) && !openingBill;

/**
 * Against Invoice names a Sales invoice of the same customer. Receipts above an invoice's total
 * are warned about by the voucher builder (vouchers/overpaid-invoices.ts), which has the totals.
 */
export function receiptsAgainstInvoices(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { salesByNumber, incomplete } = bookIndex(ctx);
  for (const row of ctx.rows.Receipts) {
    if (!settles(row.againstInvoice, row.openingBill) || incomplete.Sales.has(numberKey(row.againstInvoice))) continue;
    const at = { table: "Receipts" as const, row: row.row, column: "Against Invoice", value: row.againstInvoice.trim() };
    const m = matchParty(salesByNumber.get(numberKey(row.againstInvoice)), (g) => g.rows[0].customer, row.customer, ctx.sameParty);
    if (m.found === "none") out.push(finding("receipt.invoice-not-found", at));
    else if (m.found === "other-party") {
      out.push(finding("receipt.invoice-other-customer", at, { other: m.other.rows[0].customer, party: row.customer }));
    }
  }
  return out;
}

/**
 * Against Bill names a supplier Bill No of the payee in Purchases, or the Bill No of an expense
 * bought on credit from them (that bill is owed to the Vendor just the same).
 */
export function paymentsAgainstBills(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const index = bookIndex(ctx);
  for (const row of ctx.rows.Payments) {
    if (!settles(row.againstBill, row.openingBill)) continue;
    const key = numberKey(row.againstBill);
    const purchase = matchParty<RowGroup<PurchaseRow>>(
      index.purchasesByBillNo.get(key),
      (g) => g.rows[0].supplier,
      row.payee,
      ctx.sameParty,
    );
    if (purchase.found === "party") continue;
    const expense = matchParty<ExpenseRow>(index.creditExpensesByBillNo.get(key), (e) => e.vendor ?? "", row.payee, ctx.sameParty);
    if (expense.found === "party") continue;
    const at = { table: "Payments" as const, row: row.row, column: "Against Bill", value: row.againstBill.trim() };
    const other =
      purchase.found === "other-party"
        ? purchase.other.rows[0].supplier
        : expense.found === "other-party"
          ? expense.other.vendor
          : undefined;
    out.push(
      other === undefined ? finding("payment.bill-not-found", at) : finding("payment.bill-other-supplier", at, { other, party: row.payee }),
    );
  }
  return out;
}

/** A cheque without its number cannot be matched on the bank statement: a warning. */
export function chequeNumbers(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, list] of moneyMovements(ctx)) {
    for (const row of list) {
      if (row.mode === "Cheque" && isBlank(row.instrumentNo)) {
        out.push(finding("instrument.missing", { table, row: row.row, column: "Instrument No", value: "" }));
      }
    }
  }
  return out;
}
