import { readOpsTable, tableFromGrid } from "./read-table";
import { SALES_TABLE } from "./sales";
import type { TableInput } from "./types";
import { rowRead } from "../../../test/support/read-rows";

const readSales = (input: TableInput) => readOpsTable(SALES_TABLE, input);

const HEADER = [
  "Date",
  "Invoice No",
  "Customer",
  "Customer GSTIN",
  "Item",
  "Qty",
  "Unit",
  "Rate",
  "Taxable Value",
  "GST Rate %",
  "HSN/SAC",
  "Tally Status",
];

describe("reading the Sales table", () => {
  it("reads a service line and an item line into typed rows", () => {
    const { rows, rejected, findings } = readSales(
      tableFromGrid("Sales", [
        HEADER,
        ["01-04-2026", "INV-001", "Sharma & Sons", "27AAPFU0939F1ZV", "", "", "", "", "1,00,000.50", 18, "998314", "Posted"],
        [46114, 1002, "  Gupta Traders ", "", "Steel Rod", "2.5", "Kg", "₹ 420", "", 0.05, "7214", ""],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      rowRead(2, {
        date: { y: 2026, m: 4, d: 1 },
        invoiceNo: "INV-001",
        customer: "Sharma & Sons",
        customerGstin: "27AAPFU0939F1ZV",
        taxableValue: 10000050,
        gstRate: 18,
        hsn: "998314",
      }),
      rowRead(3, {
        date: { y: 2026, m: 4, d: 2 },
        invoiceNo: "1002",
        customer: "Gupta Traders",
        item: "Steel Rod",
        qty: 2.5,
        unit: "Kg",
        rate: 42000,
        gstRate: 5,
        hsn: "7214",
      }),
    ]);
  });

  it("names the value and the column when a cell is not a number", () => {
    const { rows, rejected, findings } = readSales(
      tableFromGrid("Sales", [HEADER, ["01-04-2026", "INV-7", "Sharma & Sons", "", "", "", "", "", "12abc", 18, "", ""]]),
    );
    expect(rows).toEqual([]);
    expect(rejected).toEqual([{ row: 2, index: 0, voucherNo: "INV-7" }]);
    expect(findings).toEqual([
      {
        table: "Sales",
        row: 2,
        column: "Taxable Value",
        severity: "error",
        code: "cell.invalid",
        message: 'Taxable Value "12abc" is not a number.',
        params: { reason: "is not a number" },
        value: "12abc",
      },
    ]);
  });

  it("reports each blank required cell and each Excel error once", () => {
    const { findings, rejected } = readSales(
      tableFromGrid("Sales", [HEADER, ["#REF!", "INV-8", "", "", "", "", "", "", "500", "#N/A", "", ""]], 10),
    );
    expect(rejected).toEqual([{ row: 10, index: 0, voucherNo: "INV-8" }]);
    expect(findings.map((f) => [f.column, f.code, f.message])).toEqual([
      ["Date", "cell.excel-error", 'Date "#REF!" shows the Excel error #REF!; fix the formula.'],
      ["GST Rate %", "cell.excel-error", 'GST Rate % "#N/A" shows the Excel error #N/A; fix the formula.'],
      ["Customer", "cell.blank", "Customer is blank; fill it in."],
    ]);
  });

  it("keeps names with Unicode and & < > \" ' exactly as typed", () => {
    const name = `Shree Gaṇeśa "Traders" & <Sons> 'Pune' श्री`;
    const { rows } = readSales(tableFromGrid("Sales", [HEADER, ["2026-04-01", "A/1", name, "", "", "", "", "", 1, 0, "", ""]]));
    expect(rows[0].customer).toBe(name);
  });

  it("skips blank rows, even when the add-in's status column still says something", () => {
    const { rows, rejected, findings } = readSales(
      tableFromGrid("Sales", [
        HEADER,
        ["2026-04-01", "INV-1", "Sharma & Sons", "", "", "", "", "", 100, 18, "", ""],
        [null, "", "  ", null, "", "", "", "", "", "", "", "Invalid"],
        [],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
      ]),
    );
    expect([rows.length, rejected, findings]).toEqual([1, [], []]);
  });

  it("rejects every row quietly when a required column is missing, with one finding for the table", () => {
    const { rows, rejected, findings } = readSales(
      tableFromGrid("Sales", [
        ["Date", "Invoice No", "Taxable Value", "GST Rate %"],
        ["2026-04-01", "INV-1", 100, 18],
        ["2026-04-01", "INV-2", 200, 18],
      ]),
    );
    expect(rows).toEqual([]);
    expect(rejected.map((r) => r.voucherNo)).toEqual(["INV-1", "INV-2"]);
    expect(findings).toEqual([expect.objectContaining({ row: 0, code: "column.missing", column: "Customer" })]);
  });
});
