/** Small wording helpers shared by the pane's sentences. */
import { displayDate } from "../core/dates";
import { formatInr, type Paise } from "../core/money";
import type { Voucher } from "../core/vouchers/model";

/** "1 voucher", "3 vouchers". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Rupees for people, always through formatInr: ₹1,00,000.00 (lakhs and crores). */
export function rupees(amount: Paise): string {
  return `₹${formatInr(amount)}`;
}

/** A voucher as a confirmation names it: "Sales INV-1 of 05 Apr 2026 (Sales)". */
export function voucherNamed(v: Voucher): string {
  return `${v.voucherType} ${v.number} of ${displayDate(v.date)} (${v.source.table})`;
}
