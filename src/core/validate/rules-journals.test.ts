import type { Books } from "../records/types";
import { buildContext } from "./context";
import { journalAmounts, journalBalances } from "./rules-journals";
import { journalRow, makeBooks, rupees } from "../../../test/support/books-builder";

const run = (rule: typeof journalAmounts, b: Books) => rule(buildContext(b));

describe("journal rows", () => {
  it("have exactly one of Debit and Credit, above zero", () => {
    const b = makeBooks({
      Journals: [
        journalRow({ row: 2, debit: rupees(5), credit: rupees(5) }),
        journalRow({ row: 3 }),
        journalRow({ row: 4, credit: 0 }),
        journalRow({ row: 5, debit: rupees(-1) }),
      ],
    });
    expect(run(journalAmounts, b).map((f) => [f.code, f.row, f.column])).toEqual([
      ["journal.debit-and-credit", 2, "Debit"],
      ["journal.no-amount", 3, "Debit"],
      ["amount.not-positive", 4, "Credit"],
      ["amount.not-positive", 5, "Debit"],
    ]);
  });

  it("are fine with one positive amount", () => {
    expect(
      run(journalAmounts, makeBooks({ Journals: [journalRow({ row: 2, debit: rupees(5) }), journalRow({ row: 3, credit: rupees(5) })] })),
    ).toEqual([]);
  });
});

describe("journal vouchers", () => {
  it("balance to the paisa, or every row names the difference in Indian format", () => {
    const b = makeBooks({
      Journals: [
        journalRow({ row: 2, debit: rupees("150000.50") }),
        journalRow({ row: 3, ledger: "Cash", credit: rupees(50000) }),
        journalRow({ row: 4, ledger: "Bank", credit: rupees(100000) }),
      ],
    });
    const findings = run(journalBalances, b);
    expect(findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ["journal.unbalanced", 2, "Debit"],
      ["journal.unbalanced", 3, "Credit"],
      ["journal.unbalanced", 4, "Credit"],
    ]);
    expect(findings[0].message).toBe("Journal JV-1 does not balance: debits exceed credits by 0.50.");
  });

  it("name the side that is larger", () => {
    const b = makeBooks({
      Journals: [journalRow({ row: 2, debit: rupees(100000) }), journalRow({ row: 3, ledger: "Cash", credit: rupees(250000) })],
    });
    expect(run(journalBalances, b)[0].message).toBe("Journal JV-1 does not balance: credits exceed debits by 1,50,000.00.");
  });

  it("are not added up when one of their rows could not be read", () => {
    const b = makeBooks({ Journals: [journalRow({ row: 2, debit: rupees(10) })] });
    b.rejected.Journals.push({ row: 3, index: 1, voucherNo: "JV-1" });
    expect(run(journalBalances, b)).toEqual([]);
  });

  it("are fine when balanced, voucher by voucher", () => {
    const b = makeBooks({
      Journals: [
        journalRow({ row: 2, debit: rupees(10) }),
        journalRow({ row: 3, ledger: "Cash", credit: rupees(10) }),
        journalRow({ row: 4, voucherNo: "JV-2", debit: rupees(7) }),
        journalRow({ row: 5, voucherNo: "JV-2", ledger: "Cash", credit: rupees(7) }),
      ],
    });
    expect(run(journalBalances, b)).toEqual([]);
  });
});
