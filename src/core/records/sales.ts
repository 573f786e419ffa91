/**
 * The Sales table: one row per invoice line; rows sharing an Invoice No form one Sales voucher
 * (docs/workbook.md, "Sales").
 */
import { readText } from "./cells";
import { DATE, INVOICE_LINE_COLUMNS, NARRATION } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const SALES_TABLE = declareTable({
  table: "Sales",
  columns: [
    { ...DATE, aliases: [...DATE.aliases, "Invoice Date"] },
    {
      header: "Invoice No",
      field: "invoiceNo",
      required: true,
      read: readText,
      asText: true,
      aliases: ["Invoice Number", "Inv No", "Invoice #", "Bill No"],
    },
    { header: "Customer", field: "customer", required: true, read: readText, aliases: ["Customer Name", "Party", "Party Name", "Buyer"] },
    {
      header: "Customer GSTIN",
      field: "customerGstin",
      read: readText,
      asText: true,
      aliases: ["GSTIN", "Party GSTIN", "Customer GST No", "GST No", "GSTIN/UIN"],
    },
    ...INVOICE_LINE_COLUMNS,
    NARRATION,
  ],
  vouchers: { numberField: "invoiceNo", word: "invoice", gstDocument: true },
});

export type SalesRow = RowOf<typeof SALES_TABLE>;
