/**
 * The Payments table: money paid out. Rows sharing a Payment No form one Payment voucher
 * (docs/workbook.md, "Payments").
 */
import { readText } from "./cells";
import { ACCOUNT, AMOUNT, DATE, INSTRUMENT_NO, MODE, NARRATION, OPENING_BILL } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const PAYMENTS_TABLE = declareTable({
  table: "Payments",
  columns: [
    DATE,
    { header: "Payment No", field: "paymentNo", required: true, read: readText, asText: true, aliases: ["Payment Number", "Pmt No"] },
    { header: "Payee", field: "payee", required: true, read: readText, aliases: ["Paid To", "Party", "Supplier", "Vendor"] },
    AMOUNT,
    MODE,
    { ...ACCOUNT, aliases: [...ACCOUNT.aliases, "Paid From"] },
    { header: "Against Bill", field: "againstBill", read: readText, asText: true, aliases: ["Bill No", "Bill Ref"] },
    OPENING_BILL,
    INSTRUMENT_NO,
    NARRATION,
  ],
  vouchers: { numberField: "paymentNo", word: "payment", gstDocument: false },
});

export type PaymentRow = RowOf<typeof PAYMENTS_TABLE>;
