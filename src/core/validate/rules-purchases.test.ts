import { buildContext } from "./context";
import { billDates, duplicateBills } from "./rules-purchases";
import { books, d, purchase } from "./sample-books";

const run = (rule: typeof billDates, b: ReturnType<typeof books>) => rule(buildContext(b));

describe("a supplier's bill is booked once", () => {
  it("rejects the same supplier bill under a second voucher, naming the first", () => {
    const b = books({
      Purchases: [purchase({ row: 2, voucherNo: "P-1" }), purchase({ row: 3, voucherNo: "P-1" }), purchase({ row: 4, voucherNo: "P-2", supplier: "GUPTA MILLS" })],
    });
    const findings = run(duplicateBills, b);
    expect(findings).toMatchObject([{ code: "purchase.duplicate-bill", row: 4, column: "Bill No", value: "GM/101" }]);
    expect(findings[0].message).toBe(
      'Bill No "GM/101" of "GUPTA MILLS" is already entered as Voucher No P-1 (row 2); a supplier\'s bill is entered only once.',
    );
  });

  it("allows one bill number from two suppliers, or from one supplier in two financial years", () => {
    const b = books({
      Purchases: [
        purchase({ row: 2, voucherNo: "P-1" }),
        purchase({ row: 3, voucherNo: "P-2", supplier: "Patel Agro" }),
        purchase({ row: 4, voucherNo: "P-3", date: d("2-Apr-2027"), billDate: d("1-Apr-2027") }),
      ],
    });
    expect(run(duplicateBills, b)).toEqual([]);
  });
});

describe("bill date", () => {
  it("cannot be after the voucher date", () => {
    const findings = run(billDates, books({ Purchases: [purchase({ row: 2, date: d("8-Apr-2026"), billDate: d("9-Apr-2026") })] }));
    expect(findings).toMatchObject([{ code: "purchase.bill-date-after-date", column: "Bill Date", value: "9-Apr-2026" }]);
  });

  it("may be the same day or earlier, or blank", () => {
    const b = books({ Purchases: [purchase({ row: 2, billDate: d("10-Apr-2026") }), purchase({ row: 3, voucherNo: "P-2", billDate: undefined })] });
    expect(run(billDates, b)).toEqual([]);
  });
});
