/**
 * Words of the findings that only show once vouchers are built: a voucher that does not balance,
 * two vouchers that would share a number, receipts above their invoice's total.
 */
import { fyLabel } from "../dates";
import type { OpsTable } from "../findings";
import { formatInr, type Paise } from "../money";
import { OPS_TABLE_DECLARATIONS } from "../records/ops-tables";
import { def } from "./define";

/** How a bookkeeper names a voucher of the table, as its declaration says ("invoice"), at the start of a sentence. */
const voucherWord = (table: string): string => {
  const word = OPS_TABLE_DECLARATIONS[table as OpsTable].vouchers.word;
  return word.charAt(0).toUpperCase() + word.slice(1);
};

export const VOUCHER_MESSAGES = {
  "voucher.unbalanced": def<{ number: string; debits: Paise; credits: Paise; difference: Paise }>(
    "error",
    (p) =>
      `${voucherWord(p.table)} ${p.number} does not balance: debits add up to ${formatInr(p.debits)} and ` +
      `credits to ${formatInr(p.credits)}, ${formatInr(p.difference)} apart. It is held back until they match.`,
  ),
  "voucher.same-number": def<{
    number: string;
    voucherType: string;
    tables: readonly OpsTable[];
    /** The other vouchers' tables and first rows, in step. */
    others: readonly OpsTable[];
    otherRows: readonly number[];
    financialYear: number;
  }>(
    "error",
    (p) =>
      `${voucherWord(p.table)} ${p.number} would be a ${p.voucherType} voucher with the same number as ` +
      `${p.others.map((table, i) => `${table} row ${p.otherRows[i]}`).join(" and ")} for ${fyLabel(p.financialYear)}; Tally would keep only one, ` +
      `so each waits. Give one of them another number.`,
  ),
  "receipt.above-invoice": def<{ invoice: string; received: Paise; total: Paise; earlier: Paise }>(
    "warning",
    (p) =>
      `With this receipt, receipts against invoice ${p.invoice} come to ${formatInr(p.received)}, more than its total of ` +
      `${formatInr(p.total)}` +
      (p.earlier === 0 ? "." : ` (${formatInr(p.earlier)} received before it, in date then number order).`),
  ),
} as const;
