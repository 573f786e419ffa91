import type { Books } from "../records/types";
import { buildContext } from "./context";
import { billDates, duplicateBills } from "./rules-purchases";
import { day, makeBooks, purchaseRow } from "../../../test/support/books-builder";

const run = (rule: typeof billDates, b: Books) => rule(buildContext(b));
const bill = { supplier: "Gupta Mills", billNo: "GM/101" };

describe("a supplier's bill is booked once", () => {
  it("rejects the same supplier bill under a second voucher, naming the first", () => {
    const b = makeBooks({
      Purchases: [
        purchaseRow({ row: 2, voucherNo: "P-1", ...bill }),
        purchaseRow({ row: 3, voucherNo: "P-1", ...bill }),
        purchaseRow({ row: 4, voucherNo: "P-2", ...bill, supplier: "GUPTA MILLS" }),
      ],
    });
    const findings = run(duplicateBills, b);
    expect(findings).toMatchObject([{ code: "purchase.duplicate-bill", row: 4, column: "Bill No", value: "GM/101" }]);
    expect(findings[0].message).toBe(
      'Bill No "GM/101" of "GUPTA MILLS" is already entered as Voucher No P-1 (row 2); a supplier\'s bill is entered only once.',
    );
  });

  it("keeps the voucher first in date order and reports the later one, whatever the sheet order", () => {
    // P-9 on 5 April was entered first in time; P-3 on 20 April, though higher in the sheet, is the repeat.
    const b = makeBooks({
      Purchases: [
        purchaseRow({ row: 2, voucherNo: "P-3", date: day("20-Apr-2026"), billDate: day("1-Apr-2026"), ...bill }),
        purchaseRow({ row: 3, voucherNo: "P-9", date: day("5-Apr-2026"), billDate: day("1-Apr-2026"), ...bill }),
      ],
    });
    expect(run(duplicateBills, b).map((f) => [f.code, f.row, f.params])).toEqual([
      ["purchase.duplicate-bill", 2, { supplier: "Gupta Mills", voucherNo: "P-9", firstRow: 3 }],
    ]);
  });

  it("on one date, keeps the lower Voucher No in natural order (P-9 before P-10)", () => {
    const b = makeBooks({
      Purchases: [purchaseRow({ row: 2, voucherNo: "P-10", ...bill }), purchaseRow({ row: 3, voucherNo: "P-9", ...bill })],
    });
    expect(run(duplicateBills, b).map((f) => [f.row, f.params])).toEqual([[2, { supplier: "Gupta Mills", voucherNo: "P-9", firstRow: 3 }]]);
  });

  it("allows one bill number from two suppliers, or from one supplier in two financial years", () => {
    const b = makeBooks({
      Purchases: [
        purchaseRow({ row: 2, voucherNo: "P-1", ...bill }),
        purchaseRow({ row: 3, voucherNo: "P-2", ...bill, supplier: "Patel Agro" }),
        purchaseRow({ row: 4, voucherNo: "P-3", ...bill, date: day("2-Apr-2027"), billDate: day("1-Apr-2027") }),
      ],
    });
    expect(run(duplicateBills, b)).toEqual([]);
  });
});

describe("bill date", () => {
  it("cannot be after the voucher date", () => {
    const findings = run(
      billDates,
      makeBooks({ Purchases: [purchaseRow({ row: 2, date: day("8-Apr-2026"), billDate: day("9-Apr-2026") })] }),
    );
    expect(findings).toMatchObject([{ code: "purchase.bill-date-after-date", column: "Bill Date", value: "9-Apr-2026" }]);
  });

  it("may be the same day or earlier, or blank", () => {
    const b = makeBooks({
      Purchases: [
        purchaseRow({ row: 2, date: day("10-Apr-2026"), billDate: day("10-Apr-2026") }),
        purchaseRow({ row: 3, voucherNo: "P-2", date: day("10-Apr-2026"), billDate: day("8-Apr-2026") }),
        purchaseRow({ row: 4, voucherNo: "P-3", billDate: undefined }),
      ],
    });
    expect(run(billDates, b)).toEqual([]);
  });
});
