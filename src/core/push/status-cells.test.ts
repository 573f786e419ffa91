import type { Voucher } from "../vouchers/model";
import { noteCellText, resultStatuses, verdictStatuses } from "./status-cells";

const voucher = (indexes: number[]) => ({ source: { table: "Sales", rows: indexes.map((i) => i + 2), indexes } }) as unknown as Voucher;

describe("what the Tally Status and Tally Note cells get", () => {
  it("gives every row of a voucher its voucher's outcome and message", () => {
    const results = [
      { voucher: voucher([0, 1]), outcome: "Posted", message: "In Tally as Sales S-1." },
      { voucher: voucher([2]), outcome: "Failed", message: "Ledger 'X' does not exist." },
    ];
    expect(resultStatuses(results)).toEqual([
      { table: "Sales", index: 0, status: "Posted", note: "In Tally as Sales S-1." },
      { table: "Sales", index: 1, status: "Posted", note: "In Tally as Sales S-1." },
      { table: "Sales", index: 2, status: "Failed", note: "Ledger 'X' does not exist." },
    ]);
  });

  it("gives every row validation looked at its verdict and reason", () => {
    expect(verdictStatuses([{ table: "Receipts", index: 3, row: 5, status: "Invalid", note: "Amount is empty." }])).toEqual([
      { table: "Receipts", index: 3, status: "Invalid", note: "Amount is empty." },
    ]);
  });

  it("cuts a note too long for an Excel cell instead of refusing it", () => {
    expect(noteCellText("Posted.")).toBe("Posted.");
    expect(noteCellText("x".repeat(40_000))).toHaveLength(32_000);
  });
});
