/**
 * The Receipts table: money received. Rows sharing a Receipt No form one Receipt voucher that
 * may settle several invoices (docs/workbook.md, "Receipts").
 */
import { readDate, readText } from "./cells";
import { ACCOUNT, AMOUNT, DATE, INSTRUMENT_NO, MODE, NARRATION, OPENING_BILL } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const RECEIPTS_TABLE = declareTable({
  table: "Receipts",
  columns: [
    DATE,
    { header: "Receipt No", field: "receiptNo", required: true, read: readText, asText: true, aliases: ["Receipt Number", "Rcpt No"] },
    { header: "Customer", field: "customer", required: true, read: readText, aliases: ["Customer Name", "Party", "Received From"] },
    AMOUNT,
    MODE,
    { ...ACCOUNT, aliases: [...ACCOUNT.aliases, "Deposited To", "Received In"] },
    {
      header: "Against Invoice",
      field: "againstInvoice",
      read: readText,
      asText: true,
      aliases: ["Invoice No", "Against Inv", "Invoice Ref"],
    },
    OPENING_BILL,
    INSTRUMENT_NO,
    { header: "Instrument Date", field: "instrumentDate", read: readDate, aliases: ["Cheque Date", "Chq Date"] },
    NARRATION,
  ],
  vouchers: { numberField: "receiptNo", word: "receipt", gstDocument: false },
});

export type ReceiptRow = RowOf<typeof RECEIPTS_TABLE>;
