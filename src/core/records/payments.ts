/**
 * The Payments table: money paid out. Rows sharing a Payment No form one Payment voucher
 * (docs/workbook.md, "Payments").
 */
import { z } from "zod";
import { readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { ACCOUNT, AMOUNT, DATE, INSTRUMENT_NO, MODE, NARRATION, OPENING_BILL, PAYMENT_MODES } from "./shared-columns";
import type { PaymentRow, TableInput } from "./types";

export const PAYMENT_COLUMNS: readonly ColumnSpec<keyof PaymentRow & string>[] = [
  DATE,
  { header: "Payment No", field: "paymentNo", required: true, read: readText, aliases: ["Payment Number", "Pmt No"] },
  { header: "Payee", field: "payee", required: true, read: readText, aliases: ["Paid To", "Party", "Supplier", "Vendor"] },
  AMOUNT,
  MODE,
  { ...ACCOUNT, aliases: [...(ACCOUNT.aliases ?? []), "Paid From"] },
  { header: "Against Bill", field: "againstBill", read: readText, aliases: ["Bill No", "Bill Ref"] },
  OPENING_BILL,
  INSTRUMENT_NO,
  NARRATION,
];

const paymentRowSchema = z.object({
  date: calendarDate,
  paymentNo: text,
  payee: text,
  amount: paise,
  mode: z.enum(PAYMENT_MODES),
  account: text,
  againstBill: text.optional(),
  openingBill: z.boolean().default(false),
  instrumentNo: text.optional(),
  narration: text.optional(),
});

export const PAYMENTS_TABLE: TableSpec<PaymentRow> = {
  table: "Payments",
  columns: PAYMENT_COLUMNS,
  schema: paymentRowSchema,
  voucherNoField: "paymentNo",
};

/** Reads the Payments table; a blank Opening Bill reads as No. */
export function readPayments(input: TableInput) {
  return readOpsTable(PAYMENTS_TABLE, input);
}
