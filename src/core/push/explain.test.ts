import { explainTallyError } from "./explain";

describe("Tally's errors in plain words", () => {
  it("says what to do about a missing ledger", () => {
    expect(explainTallyError("Ledger 'Sales @18%' does not exist!")).toBe(
      "Ledger 'Sales @18%' does not exist in Tally: add it to LedgerMap or turn on Create Missing Masters.",
    );
  });

  it("explains a date outside the books", () => {
    expect(explainTallyError("Voucher date is missing for: 'Sales' voucher BAD-1.")).toMatch(/outside the books/);
  });

  it("passes unknown texts through as Tally's own words", () => {
    expect(explainTallyError("Cannot be deleted!")).toBe("Tally says: Cannot be deleted!");
  });

  it("explains a silent exception", () => {
    expect(explainTallyError("")).toMatch(/without saying why/);
  });
});
