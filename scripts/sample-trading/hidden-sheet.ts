/**
 * The hidden TallyHandoff sheet of the sample (docs/workbook.md "The hidden sheet"): settings,
 * the mapping to Tally names, and an empty PostingLog.
 */
import { POSTING_LOG_HEADERS } from "../../src/core/push/posting-log";
import { COMPANY, COMPANY_GSTIN } from "./masters";

export const SETTINGS_HEADERS = ["Key", "Value"] as const;
export const LEDGER_MAP_HEADERS = ["Kind", "Workbook Value", "Tally Name"] as const;
export { POSTING_LOG_HEADERS };

export const SETTINGS_ROWS: readonly (readonly string[])[] = [
  ["Tally Company", COMPANY],
  ["Company GSTIN", COMPANY_GSTIN],
  ["Company State", "27"],
  ["Books Begin", "2026-04-01"],
  ["Financial Years", "2026-27"],
  ["Round Totals", "Yes"],
  ["Round Off Ledger", "Round Off"],
  ["HSN Digits", "4"],
  ["Default Godown", "Main Location"],
  ["Create Missing Masters", "Yes"],
  ["Contract Version", "1"],
];

/** Sales and purchase ledgers and the tax ledgers by rate, as a CA sets up a GST company in Tally. */
function byRate(): string[][] {
  const rows: string[][] = [];
  for (const rate of [5, 18]) {
    rows.push(["Sales", String(rate), `Sales GST ${rate}%`], ["Purchase", String(rate), `Purchase GST ${rate}%`]);
  }
  rows.push(["Sales", "0", "Sales Exempt"], ["Purchase", "0", "Purchase Exempt"]);
  rows.push(["SalesReturn", "*", "Sales Returns"], ["PurchaseReturn", "*", "Purchase Returns"]);
  for (const side of ["Output", "Input"]) {
    for (const rate of [5, 18]) {
      const half = String(rate / 2);
      rows.push([`${side} CGST`, String(rate), `${side} CGST ${half}%`]);
      rows.push([`${side} SGST`, String(rate), `${side} SGST ${half}%`]);
      rows.push([`${side} IGST`, String(rate), `${side} IGST ${rate}%`]);
    }
  }
  return rows;
}

export const LEDGER_MAP_ROWS: readonly (readonly string[])[] = [
  ...byRate(),
  ["Account", "Cash", "Cash"],
  ["Account", "HDFC", "HDFC Bank"],
  ["Expense", "Rent", "Rent"],
  ["Expense", "Electricity", "Electricity Charges"],
  ["Expense", "Telephone", "Telephone Charges"],
  ["Expense", "Freight", "Freight Inward"],
  ["Expense", "Tea & Refreshments", "Staff Welfare"],
  ["Expense", "Printing & Stationery", "Printing & Stationery"],
  ["Ledger", "Round Off", "Round Off"],
  ["Godown", "Main Location", "Main Location"],
  ["Godown", "Bhiwandi Godown", "Bhiwandi Godown"],
];
