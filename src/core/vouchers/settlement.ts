/**
 * Money received or paid against bills (PROTOCOL.md 2.5, 2.6): which bills a receipt or payment
 * settles, and the bank details of a non-cash one.
 */
import type { CalendarDate } from "../dates";
import type { Paise } from "../money";
import type { PaymentMode } from "../records/types";
import type { BankAllocation, BillAllocation } from "./model";

/**
 * Bill allocations of a receipt's or payment's lines: Agst Ref for a named bill, On Account for a
 * blank one. Lines against the same bill are summed, as Tally shows one allocation per bill.
 * `sign` is the sign of the party line the bills sit under.
 */
export function settlementBills(lines: readonly { bill?: string; amount: Paise }[], sign: 1 | -1): BillAllocation[] {
  const bills = new Map<string, BillAllocation>();
  for (const line of lines) {
    const name = line.bill?.trim() ?? "";
    const key = name.toUpperCase();
    const bill = bills.get(key);
    if (bill) bill.amount += sign * line.amount;
    else bills.set(key, { name, type: name === "" ? "On Account" : "Agst Ref", amount: sign * line.amount });
  }
  return [...bills.values()];
}

/** Tally's TRANSACTIONTYPE for a workbook Mode; cash has no bank allocation. */
const TRANSACTION_TYPES: Record<PaymentMode, string | undefined> = {
  Cash: undefined,
  Cheque: "Cheque",
  UPI: "UPI",
  Bank: "Others",
  Card: "Others",
};

/** The bank allocation under the cash/bank line, with the line's own sign; none for Cash. */
export function bankAllocation(
  mode: PaymentMode,
  amount: Paise,
  instrumentNo?: string,
  instrumentDate?: CalendarDate,
): BankAllocation | undefined {
  const transactionType = TRANSACTION_TYPES[mode];
  if (transactionType === undefined) return undefined;
  const bank: BankAllocation = { transactionType, amount };
  const number = instrumentNo?.trim();
  if (number) bank.instrumentNumber = number;
  if (instrumentDate) bank.instrumentDate = instrumentDate;
  return bank;
}
