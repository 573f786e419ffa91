/**
 * Workbooks for the adapter's tests: ops tables with the contract's headers and plausible rows.
 * Kept apart from the fake host itself (index.ts), which knows nothing of this project.
 */
import { SALES_TABLE } from "../../../src/core/records/sales";
import type { FakeSheetSpec, FakeTableSpec } from "./workbook-model";

export const SALES_HEADERS: readonly string[] = SALES_TABLE.columns.map((c) => c.header);

const CUSTOMERS = ["Sharma & Sons", "Gupta Traders", "शर्मा ट्रेडर्स", "Walk-in Customer"];

/** One Sales line as Excel hands it over: a date serial, text, numbers, blanks. */
export function salesRow(i: number): unknown[] {
  const invoice = `INV/${String(1 + Math.floor(i / 3)).padStart(5, "0")}`;
  return [46113 + (i % 300), invoice, CUSTOMERS[i % 4], "", "27", "Steel Bolt M8", 1 + (i % 9), "Nos", 125.5, "", "", 18, "7318", "", ""];
}

export const salesRows = (n: number): unknown[][] => Array.from({ length: n }, (_, i) => salesRow(i));

export function salesTable(rows: readonly (readonly unknown[])[], extra: Partial<FakeTableSpec> = {}): FakeTableSpec {
  return { name: "Sales", headers: SALES_HEADERS, rows, ...extra };
}

/** A sheet holding one table named like it. */
export const sheetWith = (table: FakeTableSpec, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec => ({
  name: table.name,
  tables: [table],
  ...extra,
});

/** The hidden sheet with HandoffSettings (a company and a year), an empty LedgerMap and PostingLog. */
export function handoffSheet(): FakeSheetSpec {
  return {
    name: "TallyHandoff",
    visibility: "Hidden",
    tables: [
      {
        name: "HandoffSettings",
        headers: ["Key", "Value"],
        rows: [
          ["Tally Company", "Demo Trading Co"],
          ["Company State", "27"],
          ["Financial Years", "2026-27"],
        ],
      },
      { name: "LedgerMap", headers: ["Kind", "Workbook Value", "Tally Name"], rows: [], at: "D1" },
      {
        name: "PostingLog",
        headers: ["Posted At", "Table", "Voucher", "Remote ID", "Content Hash", "Action", "Result", "Message"],
        rows: [],
        at: "H1",
      },
    ],
  };
}
