/**
 * The Receipts table: money received. Rows sharing a Receipt No form one Receipt voucher that
 * may settle several invoices (docs/workbook.md, "Receipts").
 */
import { z } from "zod";
import { readDate, readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { ACCOUNT, AMOUNT, DATE, INSTRUMENT_NO, MODE, NARRATION, OPENING_BILL, PAYMENT_MODES } from "./shared-columns";
import type { ReceiptRow, TableInput } from "./types";

export const RECEIPT_COLUMNS: readonly ColumnSpec<keyof ReceiptRow & string>[] = [
  DATE,
  { header: "Receipt No", field: "receiptNo", required: true, read: readText, aliases: ["Receipt Number", "Rcpt No"] },
  { header: "Customer", field: "customer", required: true, read: readText, aliases: ["Customer Name", "Party", "Received From"] },
  AMOUNT,
  MODE,
  { ...ACCOUNT, aliases: [...(ACCOUNT.aliases ?? []), "Deposited To", "Received In"] },
  { header: "Against Invoice", field: "againstInvoice", read: readText, aliases: ["Invoice No", "Against Inv", "Invoice Ref"] },
  OPENING_BILL,
  INSTRUMENT_NO,
  { header: "Instrument Date", field: "instrumentDate", read: readDate, aliases: ["Cheque Date", "Chq Date"] },
  NARRATION,
];

const receiptRowSchema = z.object({
  date: calendarDate,
  receiptNo: text,
  customer: text,
  amount: paise,
  mode: z.enum(PAYMENT_MODES),
  account: text,
  againstInvoice: text.optional(),
  openingBill: z.boolean().default(false),
  instrumentNo: text.optional(),
  instrumentDate: calendarDate.optional(),
  narration: text.optional(),
});

export const RECEIPTS_TABLE: TableSpec<ReceiptRow> = {
  table: "Receipts",
  columns: RECEIPT_COLUMNS,
  schema: receiptRowSchema,
  voucherNoField: "receiptNo",
};

/** Reads the Receipts table; a blank Opening Bill reads as No. */
export function readReceipts(input: TableInput) {
  return readOpsTable(RECEIPTS_TABLE, input);
}
