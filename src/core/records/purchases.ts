/**
 * The Purchases table: one row per bill line; rows sharing a Voucher No (our own number) form one
 * Purchase voucher. Bill No and Bill Date are the supplier's (docs/workbook.md, "Purchases").
 */
import { readDate, readText, readYesNo } from "./cells";
import { DATE, INVOICE_LINE_COLUMNS, NARRATION, VOUCHER_NO } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const PURCHASES_TABLE = declareTable({
  table: "Purchases",
  columns: [
    DATE,
    VOUCHER_NO,
    {
      header: "Supplier",
      field: "supplier",
      required: true,
      read: readText,
      aliases: ["Supplier Name", "Vendor", "Party", "Party Name", "Seller"],
    },
    {
      header: "Supplier GSTIN",
      field: "supplierGstin",
      read: readText,
      asText: true,
      aliases: ["GSTIN", "Party GSTIN", "Supplier GST No", "GST No", "GSTIN/UIN"],
    },
    {
      header: "Bill No",
      field: "billNo",
      required: true,
      read: readText,
      asText: true,
      aliases: ["Bill Number", "Supplier Invoice No", "Supplier Bill No"],
    },
    { header: "Bill Date", field: "billDate", read: readDate, aliases: ["Supplier Invoice Date", "Supplier Bill Date"] },
    ...INVOICE_LINE_COLUMNS,
    { header: "ITC Eligible", field: "itcEligible", read: readYesNo, whenBlank: true, aliases: ["ITC", "Input Tax Credit"] },
    NARRATION,
  ],
  vouchers: { numberField: "voucherNo", word: "purchase", gstDocument: false },
});

export type PurchaseRow = RowOf<typeof PURCHASES_TABLE>;
