/**
 * Expenses (docs/workbook.md): a positive value, and a Vendor to owe when nothing was paid
 * (Paid From blank means bought on credit). Vendor GSTINs are checked with the other GSTINs.
 */
import { finding, type Finding } from "../findings";
import { formatInr } from "../money";
import { isBlank, type RuleContext } from "./context";

/** Taxable Value above zero. */
export function expenseValues(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.Expenses) {
    if (row.taxableValue > 0) continue;
    out.push(
      finding("amount.not-positive", { table: "Expenses", row: row.row, column: "Taxable Value", value: formatInr(row.taxableValue) }),
    );
  }
  return out;
}

/** An expense on credit (Paid From blank) needs the Vendor it is owed to. */
export function expenseVendors(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.Expenses) {
    if (isBlank(row.paidFrom) && isBlank(row.vendor)) {
      out.push(finding("expense.credit-without-vendor", { table: "Expenses", row: row.row, column: "Vendor", value: "" }));
    }
  }
  return out;
}
