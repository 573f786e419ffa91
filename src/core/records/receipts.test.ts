import { readOpsTable, tableFromGrid } from "./read-table";
import { RECEIPTS_TABLE } from "./receipts";
import type { TableInput } from "./types";

const readReceipts = (input: TableInput) => readOpsTable(RECEIPTS_TABLE, input);

const HEADER = [
  "Date",
  "Receipt No",
  "Customer",
  "Amount",
  "Mode",
  "Account",
  "Against Invoice",
  "Opening Bill",
  "Instrument No",
  "Instrument Date",
];

describe("reading the Receipts table", () => {
  it("reads a receipt split over two invoices, one of them an opening bill", () => {
    const { rows, findings } = readReceipts(
      tableFromGrid("Receipts", [
        HEADER,
        ["10-04-2026", "R-1", "Sharma & Sons", "50,000", "cheque", "HDFC", "INV-001", "", "004512", "09-04-2026"],
        ["10-04-2026", "R-1", "Sharma & Sons", 7500, "CHEQUE", "HDFC", "OB/25-26/14", "Yes", "004512", "09-04-2026"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.amount, r.mode, r.againstInvoice, r.openingBill])).toEqual([
      [5000000, "Cheque", "INV-001", false],
      [750000, "Cheque", "OB/25-26/14", true],
    ]);
    expect(rows[0]).toMatchObject({ instrumentNo: "004512", instrumentDate: { y: 2026, m: 4, d: 9 } });
  });

  it("lists the modes it knows when Mode is something else", () => {
    const { findings, rejected } = readReceipts(
      tableFromGrid("Receipts", [HEADER, ["10-04-2026", "R-2", "Gupta", 100, "Barter", "Cash", "", "", "", ""]]),
    );
    expect(rejected).toHaveLength(1);
    expect(findings.map((f) => f.message)).toEqual(['Mode "Barter" is not one of Cash, Bank, UPI, Cheque, Card.']);
  });

  it("needs an amount and an account", () => {
    const { findings } = readReceipts(tableFromGrid("Receipts", [HEADER, ["10-04-2026", "R-3", "Gupta", "", "UPI", "", "", "", "", ""]]));
    expect(findings.map((f) => [f.column, f.code])).toEqual([
      ["Amount", "cell.blank"],
      ["Account", "cell.blank"],
    ]);
  });
});
