/**
 * The Expenses table: bills for expenses. Paid From given -> Payment voucher; blank -> bought on
 * credit from the Vendor, posted as a Journal (docs/workbook.md, "Expenses").
 */
import { z } from "zod";
import { readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { DATE, GST_RATE, NARRATION, TAXABLE_VALUE } from "./shared-columns";
import type { ExpenseRow, TableInput } from "./types";

export const EXPENSE_COLUMNS: readonly ColumnSpec<keyof ExpenseRow & string>[] = [
  DATE,
  { header: "Voucher No", field: "voucherNo", required: true, read: readText, aliases: ["Voucher Number", "Vch No", "Entry No"] },
  { header: "Expense Head", field: "expenseHead", required: true, read: readText, aliases: ["Expense", "Expense Ledger", "Head"] },
  { header: "Vendor", field: "vendor", read: readText, aliases: ["Supplier", "Party", "Paid To"] },
  { header: "Vendor GSTIN", field: "vendorGstin", read: readText, aliases: ["GSTIN", "Supplier GSTIN", "Party GSTIN", "GST No"] },
  { header: "Bill No", field: "billNo", read: readText, aliases: ["Bill Number", "Invoice No"] },
  { ...TAXABLE_VALUE, required: true },
  // Refinement: blank = 0 (most small expenses carry no GST), so the column may be left out too.
  { ...GST_RATE, required: false },
  { header: "Paid From", field: "paidFrom", read: readText, aliases: ["Paid By", "Account", "Cash/Bank"] },
  NARRATION,
];

const expenseRowSchema = z.object({
  date: calendarDate,
  voucherNo: text,
  expenseHead: text,
  vendor: text.optional(),
  vendorGstin: text.optional(),
  billNo: text.optional(),
  taxableValue: paise,
  gstRate: z.number().default(0),
  paidFrom: text.optional(),
  narration: text.optional(),
});

export const EXPENSES_TABLE: TableSpec<ExpenseRow> = {
  table: "Expenses",
  columns: EXPENSE_COLUMNS,
  schema: expenseRowSchema,
  voucherNoField: "voucherNo",
};

/** Reads the Expenses table; a blank GST Rate % reads as 0. */
export function readExpenses(input: TableInput) {
  return readOpsTable(EXPENSES_TABLE, input);
}
