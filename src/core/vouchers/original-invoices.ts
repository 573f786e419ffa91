/**
 * The Sales invoice or Purchases bill a return points at (docs/workbook.md "Returns": Against
 * Invoice must exist unless marked external). A note reverses the original's tax, so it takes the
 * original's place of supply, and a debit note settles the supplier's own Bill No.
 */
import type { Books, PurchaseRow, SalesRow } from "../records/types";

export interface OriginalInvoices {
  sale(number: string): SalesRow | undefined;
  /** By the supplier's Bill No, else by our own Voucher No. */
  purchase(number: string): PurchaseRow | undefined;
}

const key = (text: string) => text.trim().toUpperCase();

function firstBy<T>(rows: readonly T[], numberOf: (row: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) {
    const k = key(numberOf(row));
    if (!index.has(k)) index.set(k, row);
  }
  return index;
}

const cache = new WeakMap<Books, OriginalInvoices>();

/** Indexes the books' invoices once, on first use (only books with returns pay for it). */
export function originalInvoices(books: Books): OriginalInvoices {
  let found = cache.get(books);
  if (found) return found;
  const sales = firstBy(books.rows.Sales, (r) => r.invoiceNo);
  const bills = firstBy(books.rows.Purchases, (r) => r.billNo);
  const vouchers = firstBy(books.rows.Purchases, (r) => r.voucherNo);
  found = {
    sale: (number) => sales.get(key(number)),
    purchase: (number) => bills.get(key(number)) ?? vouchers.get(key(number)),
  };
  cache.set(books, found);
  return found;
}
