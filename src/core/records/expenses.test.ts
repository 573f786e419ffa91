import { EXPENSES_TABLE } from "./expenses";
import { readOpsTable, tableFromGrid } from "./read-table";
import type { TableInput } from "./types";

const readExpenses = (input: TableInput) => readOpsTable(EXPENSES_TABLE, input);

const HEADER = ["Date", "Voucher No", "Expense Head", "Vendor", "Vendor GSTIN", "Bill No", "Taxable Value", "GST Rate %", "Paid From"];

describe("reading the Expenses table", () => {
  it("takes a blank GST Rate % as 0 and keeps Paid From blank for a credit purchase", () => {
    const { rows, findings } = readExpenses(
      tableFromGrid("Expenses", [
        HEADER,
        ["02-04-2026", "E-1", "Tea & Snacks", "", "", "", 350, "", "Petty Cash"],
        ["03-04-2026", "E-2", "Rent", "Kapoor Estates", "27AABCK1234L1Z2", "R/04", "40,000", 18, ""],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows[0]).toMatchObject({ expenseHead: "Tea & Snacks", taxableValue: 35000, gstRate: 0, paidFrom: "Petty Cash" });
    expect(rows[1]).toMatchObject({ vendor: "Kapoor Estates", taxableValue: 4000000, gstRate: 18 });
    expect(rows[1].paidFrom).toBeUndefined();
  });

  it("reads a table without a GST Rate % column at all", () => {
    const { rows, findings } = readExpenses(
      tableFromGrid("Expenses", [
        ["Date", "Voucher No", "Expense Head", "Taxable Value"],
        ["02-04-2026", "E-3", "Postage", 60],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows[0].gstRate).toBe(0);
  });

  it("needs the Taxable Value", () => {
    const { findings } = readExpenses(tableFromGrid("Expenses", [HEADER, ["02-04-2026", "E-4", "Rent", "", "", "", "", 18, ""]]));
    expect(findings.map((f) => f.message)).toEqual(["Taxable Value is blank; fill it in."]);
  });
});
