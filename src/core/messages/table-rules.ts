/**
 * Words of the findings one table's own rules make: bills entered twice, receipts and payments
 * against invoices and bills, expenses on credit, returns, stock moves and journals.
 */
import { def } from "./define";

type Party = { other: string; party: string };

export const TABLE_RULE_MESSAGES = {
  "purchase.duplicate-bill": def<{ supplier: string; voucherNo: string; firstRow: number }>(
    "error",
    (p) =>
      `${p.column} ${p.q} of "${p.supplier}" is already entered as Voucher No ${p.voucherNo} (row ${p.firstRow}); a supplier's bill is entered only once.`,
  ),
  "purchase.bill-date-after-date": def<{ date: string }>(
    "error",
    (p) => `${p.column} ${p.q} is after the voucher Date ${p.date}; a bill cannot be booked before it was issued.`,
  ),
  "amount.not-positive": def("error", (p) => `${p.column} ${p.q} must be more than zero.`),
  "receipt.invoice-not-found": def(
    "error",
    (p) =>
      `${p.column} ${p.q} is not an Invoice No in Sales; check the number, leave it blank for an on-account receipt, or mark it as an opening bill.`,
  ),
  "receipt.invoice-other-customer": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} was issued to "${p.other}", not to "${p.party}"; check the invoice number or the customer.`,
  ),
  "payment.bill-not-found": def(
    "error",
    (p) =>
      `${p.column} ${p.q} is not a Bill No in Purchases or Expenses; check the number, leave it blank for an on-account payment, or mark it as an opening bill.`,
  ),
  "payment.bill-other-supplier": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} is a bill of "${p.other}", not of "${p.party}"; check the bill number or the payee.`,
  ),
  "instrument.missing": def(
    "warning",
    (p) => `${p.column} is blank for a cheque; type the cheque number so the bank entry can be matched.`,
  ),
  "expense.credit-without-vendor": def(
    "error",
    (p) => `${p.column} is blank and so is Paid From; an expense bought on credit needs the Vendor it is owed to.`,
  ),
  "return.against-invoice-required": def(
    "error",
    (p) => `${p.column} is blank; give the invoice this return is against, or mark the return External.`,
  ),
  "return.invoice-not-found": def<{ where: string }>(
    "error",
    (p) => `${p.column} ${p.q} is not ${p.where}; check the number or mark the return External.`,
  ),
  "return.invoice-other-party": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} belongs to "${p.other}", not to "${p.party}"; check the invoice number or the party.`,
  ),
  "return.item-not-on-invoice": def<{ invoice: string }>(
    "error",
    (p) => `${p.column} ${p.q} is not on invoice ${p.invoice}; a return can only take back what the invoice carried.`,
  ),
  "return.qty-exceeds-invoice": def<{ item: string; invoice: string; returned: string; invoiced: string; earlier: string }>(
    "error",
    (p) =>
      `${p.column} ${p.q} of "${p.item}" would take the returns against invoice ${p.invoice} to ${p.returned}, more than the ` +
      `${p.invoiced} the invoice carried` +
      (p.earlier === "0" ? "." : ` (${p.earlier} already returned by earlier notes, in date then number order).`),
  ),
  "stock-move.no-godown": def("error", () => `From Godown and To Godown are both blank; a stock move needs at least one of them.`),
  "stock-move.same-godown": def("error", (p) => `${p.column} ${p.q} is the same as From Godown; a transfer needs two different godowns.`),
  "journal.debit-and-credit": def("error", () => `Debit and Credit are both filled; each journal row has exactly one of them.`),
  "journal.no-amount": def("error", () => `Debit and Credit are both blank; each journal row needs one of them.`),
  "journal.unbalanced": def<{ number: string; side: string; difference: string }>(
    "error",
    (p) => `Journal ${p.number} does not balance: ${p.side} by ${p.difference}.`,
  ),
} as const;
