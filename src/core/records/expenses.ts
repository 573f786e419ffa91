/**
 * The Expenses table: bills for expenses. Paid From given -> Payment voucher; blank -> bought on
 * credit from the Vendor, posted as a Journal (docs/workbook.md, "Expenses").
 */
import { readText } from "./cells";
import { DATE, GST_RATE, NARRATION, TAXABLE_VALUE, VOUCHER_NO } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const EXPENSES_TABLE = declareTable({
  table: "Expenses",
  columns: [
    DATE,
    VOUCHER_NO,
    { header: "Expense Head", field: "expenseHead", required: true, read: readText, aliases: ["Expense", "Expense Ledger", "Head"] },
    { header: "Vendor", field: "vendor", read: readText, aliases: ["Supplier", "Party", "Paid To"] },
    {
      header: "Vendor GSTIN",
      field: "vendorGstin",
      read: readText,
      asText: true,
      aliases: ["GSTIN", "Supplier GSTIN", "Party GSTIN", "GST No"],
    },
    { header: "Bill No", field: "billNo", read: readText, asText: true, aliases: ["Bill Number", "Invoice No"] },
    { ...TAXABLE_VALUE, required: true },
    // Refinement: blank = 0 (most small expenses carry no GST), so the column may be left out too.
    { ...GST_RATE, required: false, whenBlank: 0 },
    // An account alias; blank = bought on credit from the Vendor.
    { header: "Paid From", field: "paidFrom", read: readText, aliases: ["Paid By", "Account", "Cash/Bank"] },
    NARRATION,
  ],
  vouchers: { numberField: "voucherNo", word: "expense voucher", gstDocument: false },
});

export type ExpenseRow = RowOf<typeof EXPENSES_TABLE>;
