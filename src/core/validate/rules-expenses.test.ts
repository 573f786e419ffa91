import type { Books } from "../records/types";
import { buildContext } from "./context";
import { expenseValues, expenseVendors } from "./rules-expenses";
import { expenseRow, makeBooks, rupees } from "../../../test/support/books-builder";

const run = (rule: typeof expenseValues, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.row, f.column]);

describe("expenses", () => {
  it("need a value above zero", () => {
    const b = makeBooks({ Expenses: [expenseRow({ row: 2, taxableValue: 0 }), expenseRow({ row: 3, taxableValue: rupees(-5) })] });
    expect(run(expenseValues, b)).toEqual([
      ["amount.not-positive", 2, "Taxable Value"],
      ["amount.not-positive", 3, "Taxable Value"],
    ]);
  });

  it("bought on credit need the vendor they are owed to", () => {
    const findings = expenseVendors(
      buildContext(makeBooks({ Expenses: [expenseRow({ row: 2, vendor: undefined, paidFrom: undefined })] })),
    );
    expect(findings).toMatchObject([{ code: "expense.credit-without-vendor", column: "Vendor" }]);
  });

  it("paid from an account need no vendor; on credit with a vendor are fine", () => {
    const b = makeBooks({
      Expenses: [
        expenseRow({ row: 2, vendor: undefined, paidFrom: "Cash" }),
        expenseRow({ row: 3, vendor: "Patil Estates", paidFrom: " " }),
      ],
    });
    expect([...run(expenseValues, b), ...run(expenseVendors, b)]).toEqual([]);
  });
});
