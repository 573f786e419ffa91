import { day } from "../../../test/support/books-builder";
import { compareNumbers, compareRowOrder } from "./row-order";

describe("the order cross-row rules judge rows in", () => {
  it("puts voucher numbers in natural order, case ignored", () => {
    const numbers = ["INV-10", "inv-2", "INV-1", "CN/2026/9", "CN/2026/10", "INV-02", "A"];
    expect([...numbers].sort(compareNumbers)).toEqual(["A", "CN/2026/9", "CN/2026/10", "INV-1", "INV-02", "inv-2", "INV-10"]);
  });

  it("is date first, then number, then sheet row", () => {
    const rows = [
      { date: day("2026-05-01"), number: "CN-1", row: 2 },
      { date: day("2026-04-20"), number: "CN-10", row: 3 },
      { date: day("2026-04-20"), number: "CN-9", row: 7 },
      { date: day("2026-04-20"), number: "CN-9", row: 4 },
    ];
    expect([...rows].sort(compareRowOrder).map((r) => r.row)).toEqual([4, 7, 3, 2]);
  });
});
