/**
 * The Purchases table: one row per bill line; rows sharing a Voucher No (our own number) form one
 * Purchase voucher. Bill No and Bill Date are the supplier's (docs/workbook.md, "Purchases").
 */
import { z } from "zod";
import { readDate, readText, readYesNo } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, invoiceLineShape, text } from "./row-schema";
import { DATE, INVOICE_LINE_COLUMNS, NARRATION } from "./shared-columns";
import type { PurchaseRow, TableInput } from "./types";

export const PURCHASE_COLUMNS: readonly ColumnSpec<keyof PurchaseRow & string>[] = [
  DATE,
  { header: "Voucher No", field: "voucherNo", required: true, read: readText, aliases: ["Voucher Number", "Vch No", "Entry No"] },
  { header: "Supplier", field: "supplier", required: true, read: readText, aliases: ["Supplier Name", "Vendor", "Party", "Party Name", "Seller"] },
  {
    header: "Supplier GSTIN",
    field: "supplierGstin",
    read: readText,
    aliases: ["GSTIN", "Party GSTIN", "Supplier GST No", "GST No", "GSTIN/UIN"],
  },
  { header: "Bill No", field: "billNo", required: true, read: readText, aliases: ["Bill Number", "Supplier Invoice No", "Supplier Bill No"] },
  { header: "Bill Date", field: "billDate", read: readDate, aliases: ["Supplier Invoice Date", "Supplier Bill Date"] },
  ...INVOICE_LINE_COLUMNS,
  { header: "ITC Eligible", field: "itcEligible", read: readYesNo, aliases: ["ITC", "Input Tax Credit"] },
  NARRATION,
];

const purchaseRowSchema = z.object({
  date: calendarDate,
  voucherNo: text,
  supplier: text,
  supplierGstin: text.optional(),
  billNo: text,
  billDate: calendarDate.optional(),
  ...invoiceLineShape,
  itcEligible: z.boolean().default(true),
  narration: text.optional(),
});

export const PURCHASES_TABLE: TableSpec<PurchaseRow> = {
  table: "Purchases",
  columns: PURCHASE_COLUMNS,
  schema: purchaseRowSchema,
  voucherNoField: "voucherNo",
};

/** Reads the Purchases table; a blank ITC Eligible reads as Yes. */
export function readPurchases(input: TableInput) {
  return readOpsTable(PURCHASES_TABLE, input);
}
