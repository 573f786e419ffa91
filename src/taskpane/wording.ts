/** Small wording helpers shared by the pane's sentences. */
import { formatInr, type Paise } from "../core/money";

/** "1 voucher", "3 vouchers". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Rupees for people, always through formatInr: ₹1,00,000.00 (lakhs and crores). */
export function rupees(amount: Paise): string {
  return `₹${formatInr(amount)}`;
}
