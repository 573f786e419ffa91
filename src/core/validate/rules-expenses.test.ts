import { buildContext } from "./context";
import { expenseValues, expenseVendors } from "./rules-expenses";
import { books, expense, rs } from "./sample-books";

const run = (rule: typeof expenseValues, b: ReturnType<typeof books>) => rule(buildContext(b)).map((f) => [f.code, f.row, f.column]);

describe("expenses", () => {
  it("need a value above zero", () => {
    expect(run(expenseValues, books({ Expenses: [expense({ row: 2, taxableValue: 0 }), expense({ row: 3, taxableValue: rs(-5) })] }))).toEqual([
      ["amount.not-positive", 2, "Taxable Value"],
      ["amount.not-positive", 3, "Taxable Value"],
    ]);
  });

  it("bought on credit need the vendor they are owed to", () => {
    const findings = expenseVendors(buildContext(books({ Expenses: [expense({ row: 2, vendor: undefined, paidFrom: undefined })] })));
    expect(findings).toMatchObject([{ code: "expense.credit-without-vendor", column: "Vendor" }]);
  });

  it("paid from an account need no vendor; on credit with a vendor are fine", () => {
    const b = books({ Expenses: [expense({ row: 2, vendor: undefined, paidFrom: "Cash" }), expense({ row: 3, paidFrom: " " })] });
    expect([...run(expenseValues, b), ...run(expenseVendors, b)]).toEqual([]);
  });
});
