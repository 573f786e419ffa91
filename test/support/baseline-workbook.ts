/**
 * A small, clean workbook written the way a bookkeeper's sheets look: every table, a few rows
 * each, no findings. Tests break one cell of it at a time.
 */
import { gstinFor, headersOf, OPENING_BILL_LAST } from "./generate-workbook";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";

export const GSTIN = {
  company: gstinFor("27", 1),
  sharma: gstinFor("27", 2), // Maharashtra: intra-state
  kumar: gstinFor("29", 3), // Karnataka: inter-state
  steel: gstinFor("27", 4),
};

type Sheet = [string[], ...unknown[][]];

function table(name: string, [headers, ...rows]: Sheet): TableInput {
  return { name, headers, rows, firstRow: 2, sheet: name };
}

export function baselineWorkbook(): WorkbookInput {
  const t = (name: string, sheet: Sheet) => [name, table(name, sheet)] as const;
  return {
    tables: Object.fromEntries([
      t("Sales", [
        headersOf("Sales"),
        ["2026-04-05", "INV-1", "Sharma & Sons", GSTIN.sharma, "", "Steel Bolt M8", 10, "Nos", 120, "", "", 18, "7318", "", "April supply"],
        ["2026-04-05", "INV-1", "Sharma & Sons", GSTIN.sharma, "", "", "", "", "", "", 500, 18, "996511", "", ""],
        ["2026-04-09", "INV-2", "Kumar Electricals", GSTIN.kumar, "", "LED Panel 18W", 4, "Nos", "1,250.00", 10, "", 18, "9405", "", ""],
        ["2026-04-12", "INV-3", "Walk-in Customer", "", "Maharashtra", "", "", "", "", "", " 1200 ", 5, "998314", "", "Cash sale"],
      ]),
      t("Purchases", [
        headersOf("Purchases"),
        [
          "2026-04-02",
          "PUR-1",
          "Bharat Steel Ltd",
          GSTIN.steel,
          "BS/101",
          "2026-04-01",
          "",
          "Steel Bolt M8",
          100,
          "Nos",
          80,
          "",
          "",
          18,
          "7318",
          "",
          "Yes",
          "",
        ],
        [
          "2026-04-03",
          "PUR-2",
          "Bharat Steel Ltd",
          GSTIN.steel,
          "BS/102",
          "2026-04-03",
          "",
          "",
          "",
          "",
          "",
          "",
          2000,
          18,
          "998314",
          "",
          "Yes",
          "",
        ],
      ]),
      t("Receipts", [
        headersOf("Receipts", OPENING_BILL_LAST),
        ["2026-04-20", "RCT-1", "Sharma & Sons", 1000, "UPI", "HDFC", "INV-1", "UTR123", "", "", ""],
      ]),
      t("Payments", [
        headersOf("Payments", OPENING_BILL_LAST),
        ["2026-04-21", "PAY-1", "Bharat Steel Ltd", 5000, "Cheque", "HDFC", "BS/101", "000123", "", ""],
      ]),
      t("Expenses", [
        headersOf("Expenses"),
        ["2026-04-30", "EXP-1", "Rent", "City Properties", "", "R-4", 25000, 18, "HDFC", "April rent"],
        ["2026-04-30", "EXP-2", "Rent", "City Properties", "", "R-5", 1000, 18, "", "On credit"],
      ]),
      t("Returns", [
        headersOf("Returns"),
        [
          "2026-04-25",
          "CN-1",
          "Sales Return",
          "Sharma & Sons",
          GSTIN.sharma,
          "INV-1",
          "",
          "Steel Bolt M8",
          "7318",
          2,
          "Nos",
          120,
          "",
          18,
          "",
          "Damaged",
        ],
      ]),
      t("StockMoves", [
        headersOf("StockMoves"),
        ["2026-04-15", "MV-1", "Steel Bolt M8", 20, "Nos", "Main Location", "Shop Floor", 80, "Restock shop"],
      ]),
      t("Journals", [
        headersOf("Journals"),
        ["2026-04-30", "JV-1", "Depreciation", 1500, "", "April depreciation"],
        ["2026-04-30", "JV-1", "Furniture", "", 1500, ""],
      ]),
      t("HandoffSettings", [
        ["Key", "Value"],
        ["Tally Company", "Demo Trading Co"],
        ["Company GSTIN", GSTIN.company],
        ["Company State", "27"],
        ["Books Begin", "2026-04-01"],
        ["Financial Years", "2026-27"],
        ["Round Totals", "Yes"],
        ["HSN Digits", "4"],
      ]),
      t("LedgerMap", [
        ["Kind", "Workbook Value", "Tally Name"],
        ["Sales", "*", "Sales Accounts"],
        ["Purchase", "*", "Purchase Accounts"],
        ["SalesReturn", "*", "Sales Returns"],
        ["PurchaseReturn", "*", "Purchase Returns"],
        ...["Output", "Input"].flatMap((side) => ["CGST", "SGST", "IGST"].map((h) => [`${side} ${h}`, "*", `${side} ${h}`])),
        ["Account", "HDFC", "HDFC Bank"],
        ["Account", "Cash", "Cash"],
        ["Expense", "Rent", "Rent"],
      ]),
    ]),
  };
}

/** A copy of the workbook with one cell changed (row = 0-based body index; a new row when index = length). */
export function withCell(input: WorkbookInput, tableName: string, index: number, column: string, value: unknown): WorkbookInput {
  const t = input.tables[tableName] as TableInput;
  const col = t.headers.indexOf(column);
  if (col < 0) throw new Error(`no column ${column} in ${tableName}`);
  const rows = t.rows.map((r) => [...r]);
  if (index === rows.length) rows.push([...rows[rows.length - 1]]);
  rows[index][col] = value;
  return { tables: { ...input.tables, [tableName]: { ...t, rows } } };
}
