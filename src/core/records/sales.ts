/**
 * The Sales table: one row per invoice line; rows sharing an Invoice No form one Sales voucher
 * (docs/workbook.md, "Sales").
 */
import { z } from "zod";
import { readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, invoiceLineShape, text } from "./row-schema";
import { DATE, INVOICE_LINE_COLUMNS, NARRATION } from "./shared-columns";
import type { SalesRow, TableInput } from "./types";

export const SALES_COLUMNS: readonly ColumnSpec<keyof SalesRow & string>[] = [
  { ...DATE, aliases: [...(DATE.aliases ?? []), "Invoice Date"] },
  { header: "Invoice No", field: "invoiceNo", required: true, read: readText, aliases: ["Invoice Number", "Inv No", "Invoice #", "Bill No"] },
  { header: "Customer", field: "customer", required: true, read: readText, aliases: ["Customer Name", "Party", "Party Name", "Buyer"] },
  {
    header: "Customer GSTIN",
    field: "customerGstin",
    read: readText,
    aliases: ["GSTIN", "Party GSTIN", "Customer GST No", "GST No", "GSTIN/UIN"],
  },
  ...INVOICE_LINE_COLUMNS,
  NARRATION,
];

const salesRowSchema = z.object({
  date: calendarDate,
  invoiceNo: text,
  customer: text,
  customerGstin: text.optional(),
  ...invoiceLineShape,
  narration: text.optional(),
});

export const SALES_TABLE: TableSpec<SalesRow> = {
  table: "Sales",
  columns: SALES_COLUMNS,
  schema: salesRowSchema,
  voucherNoField: "invoiceNo",
};

/** Reads the Sales table into typed rows, rejected rows and type-level findings. */
export function readSales(input: TableInput) {
  return readOpsTable(SALES_TABLE, input);
}
