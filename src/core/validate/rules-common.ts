/**
 * Rules every ops table shares: voucher dates inside the books, voucher numbers (Rule 46(b),
 * gst-facts.md section 7), and the text cells a voucher cannot do without.
 */
import { compareDates, displayDate, financialYearOf, fyLabel, type CalendarDate } from "../dates";
import { finding, OPS_TABLES, type Finding, type OpsTable } from "../findings";
import type { RowBase } from "../records/types";
import { VOUCHER_NUMBERS, isBlank, type NumberSpec, type RuleContext } from "./context";

type DatedRow = RowBase & { date: CalendarDate };

function rowsOf(ctx: RuleContext, table: OpsTable): readonly DatedRow[] {
  return ctx.rows[table];
}

/** Every voucher date lies in a financial year of Settings and not before Books Begin (docs/workbook.md "Principles"). */
export function datesInBooks(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { financialYears, booksBegin } = ctx.settings;
  const years = financialYears.map(fyLabel).join(", ");
  const at = (table: OpsTable, row: DatedRow) => ({ table, row: row.row, column: "Date", value: displayDate(row.date) });
  for (const table of OPS_TABLES) {
    for (const row of rowsOf(ctx, table)) {
      const fy = financialYearOf(row.date);
      // No years set up is a Settings problem, reported once by the settings reader, not per row.
      if (financialYears.length > 0 && !financialYears.includes(fy)) {
        out.push(finding("date.outside-books", at(table, row), { fy: fyLabel(fy), years }));
      } else if (booksBegin && compareDates(row.date, booksBegin) < 0) {
        out.push(finding("date.before-books-begin", at(table, row), { begin: displayDate(booksBegin) }));
      }
    }
  }
  return out;
}

const DOCUMENT_CHARACTERS = /[^A-Za-z0-9/-]/;
const GOOD_DOCUMENT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$/;

function numberFindings(out: Finding[], table: OpsTable, row: number, column: string, value: string, gstDocument: boolean): void {
  const text = value.trim();
  if (text.length > 0 && (gstDocument ? GOOD_DOCUMENT_NUMBER.test(text) : text.length <= 16)) return;
  const at = { table, row, column, value: text };
  if (text === "") {
    out.push(finding("number.required", at));
    return;
  }
  if (text.length > 16) out.push(finding("number.too-long", at, { length: text.length }));
  if (gstDocument) {
    const bad = DOCUMENT_CHARACTERS.exec(text);
    if (bad) out.push(finding("number.bad-characters", at, { bad: bad[0] }));
    else if (!/^[A-Za-z0-9]/.test(text)) out.push(finding("number.bad-first-character", at));
  }
}

/**
 * Voucher numbers are required and at most 16 characters; GST invoice and note numbers also use
 * only letters, digits, / and - and start with a letter or digit (Rule 46(b); IRP Document_Num).
 */
export function voucherNumbers(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const table of OPS_TABLES) {
    const spec = VOUCHER_NUMBERS[table] as NumberSpec<RowBase>;
    for (const row of rowsOf(ctx, table)) {
      numberFindings(out, table, row.row, spec.column, spec.of(row), spec.gstDocument);
    }
  }
  for (const row of ctx.rows.Purchases) {
    if (isBlank(row.billNo)) out.push(finding("number.required", { table: "Purchases", row: row.row, column: "Bill No", value: "" }));
  }
  return out;
}

type Required = [OpsTable, string, (row: never) => string | undefined];

const REQUIRED_TEXT: readonly Required[] = [
  ["Sales", "Customer", (r: { customer: string }) => r.customer],
  ["Purchases", "Supplier", (r: { supplier: string }) => r.supplier],
  ["Receipts", "Customer", (r: { customer: string }) => r.customer],
  ["Receipts", "Account", (r: { account: string }) => r.account],
  ["Payments", "Payee", (r: { payee: string }) => r.payee],
  ["Payments", "Account", (r: { account: string }) => r.account],
  ["Expenses", "Expense Head", (r: { expenseHead: string }) => r.expenseHead],
  ["Returns", "Party", (r: { party: string }) => r.party],
  ["StockMoves", "Item", (r: { item: string }) => r.item],
  ["StockMoves", "Unit", (r: { unit: string }) => r.unit],
  ["Journals", "Ledger", (r: { ledger: string }) => r.ledger],
];

/** Party, account, ledger and item cells a voucher cannot be built without. */
export function requiredText(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, column, read] of REQUIRED_TEXT) {
    for (const row of rowsOf(ctx, table)) {
      if (isBlank(read(row as never))) out.push(finding("field.required", { table, row: row.row, column, value: "" }));
    }
  }
  return out;
}
