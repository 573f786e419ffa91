import { readOpsTable, tableFromGrid } from "./read-table";
import { RETURNS_TABLE } from "./returns";
import type { TableInput } from "./types";

const readReturns = (input: TableInput) => readOpsTable(RETURNS_TABLE, input);

const HEADER = ["Date", "Note No", "Type", "Party", "Against Invoice", "External", "Item", "Qty", "Unit", "Rate", "GST Rate %", "Reason"];

describe("reading the Returns table", () => {
  it("reads Sales Return, Purchase Return and their short forms, External defaulting to No", () => {
    const { rows, findings } = readReturns(
      tableFromGrid("Returns", [
        HEADER,
        ["15-04-2026", "CN-1", "Sales Return", "Sharma & Sons", "INV-001", "", "Steel Rod", 1, "Kg", 420, 18, "Damaged"],
        ["16-04-2026", "CN-2", "sales", "Gupta Traders", "OLD/2025/77", "Yes", "Steel Rod", 2, "Kg", 400, 18, ""],
        ["17-04-2026", "DN-1", "Purchase", "Mehta Steel", "MS/889", "no", "", "", "", "", 5, ""],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.noteNo, r.type, r.external])).toEqual([
      ["CN-1", "Sales Return", false],
      ["CN-2", "Sales Return", true],
      ["DN-1", "Purchase Return", false],
    ]);
  });

  it("rejects a Type it does not know and a quantity with four decimals", () => {
    const { findings, rejected } = readReturns(
      tableFromGrid("Returns", [HEADER, ["15-04-2026", "CN-3", "Refund", "Sharma & Sons", "", "", "Rod", "1.2345", "Kg", 1, 18, ""]]),
    );
    expect(rejected).toEqual([{ row: 2, index: 0, voucherNo: "CN-3" }]);
    expect(findings.map((f) => f.message)).toEqual([
      'Type "Refund" is not one of Sales Return, Purchase Return.',
      'Qty "1.2345" has more than three decimal places.',
    ]);
  });
});
