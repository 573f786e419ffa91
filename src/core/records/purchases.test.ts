import { PURCHASES_TABLE } from "./purchases";
import { readOpsTable, tableFromGrid } from "./read-table";
import type { TableInput } from "./types";

const readPurchases = (input: TableInput) => readOpsTable(PURCHASES_TABLE, input);

const HEADER = ["Date", "Voucher No", "Supplier", "Supplier GSTIN", "Bill No", "Bill Date", "Taxable Value", "GST Rate %", "ITC Eligible"];

describe("reading the Purchases table", () => {
  it("reads the supplier's bill and takes a blank ITC Eligible as Yes", () => {
    const { rows, findings } = readPurchases(
      tableFromGrid("Purchases", [
        HEADER,
        ["05-04-2026", "P-1", "Mehta Steel", "24AAACM1234A1Z5", "MS/889", "1-Apr-2026", "25,000", "18%", ""],
        ["06-04-2026", "P-2", "Mehta Steel", "", 4471, "", 900, 5, "No"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows[0]).toMatchObject({
      voucherNo: "P-1",
      billNo: "MS/889",
      billDate: { y: 2026, m: 4, d: 1 },
      taxableValue: 2500000,
      gstRate: 18,
      itcEligible: true,
    });
    expect(rows[1]).toMatchObject({ billNo: "4471", itcEligible: false });
    expect(rows[1].billDate).toBeUndefined();
  });

  it("rejects a bill without its number and an ITC Eligible that is not Yes or No", () => {
    const { rows, rejected, findings } = readPurchases(
      tableFromGrid("Purchases", [HEADER, ["05-04-2026", "P-3", "Mehta Steel", "", "", "", 100, 18, "Partly"]]),
    );
    expect(rows).toEqual([]);
    expect(rejected).toEqual([{ row: 2, index: 0, voucherNo: "P-3" }]);
    expect(findings.map((f) => f.message)).toEqual(['ITC Eligible "Partly" is not Yes or No.', "Bill No is blank; fill it in."]);
  });

  it("needs the Bill No column", () => {
    const { findings } = readPurchases(tableFromGrid("Purchases", [["Date", "Voucher No", "Supplier", "GST Rate %"]]));
    expect(findings.map((f) => f.message)).toEqual(['The Purchases table has no "Bill No" column; add it to the header row.']);
  });
});
