import { editDistance, nameSimilarity, suggestLedgers } from "./suggest-ledger";

const LEDGERS = ["Cash", "HDFC Bank A/c", "ICICI Bank", "Sharma Traders", "Gupta & Sons", "Sales @ 18%", "Output CGST 9%", "Rent"];

describe("suggestLedgers", () => {
  it("finds the same name whatever its case, spacing or punctuation", () => {
    expect(suggestLedgers("sharma  traders", LEDGERS)[0]).toBe("Sharma Traders");
    expect(suggestLedgers("Gupta and Sons", LEDGERS)[0]).toBe("Gupta & Sons");
  });

  it("finds a ledger whose name contains the workbook's short word", () => {
    expect(suggestLedgers("HDFC", LEDGERS)[0]).toBe("HDFC Bank A/c");
  });

  it("forgives a typo", () => {
    expect(suggestLedgers("Sharma Tradres", LEDGERS)).toEqual(["Sharma Traders"]);
  });

  it("offers nothing for a word unlike every ledger", () => {
    expect(suggestLedgers("PhonePe", LEDGERS)).toEqual([]);
    expect(suggestLedgers("", LEDGERS)).toEqual([]);
  });

  it("puts the closest first and keeps to the limit", () => {
    const names = ["Bank Charges", "HDFC Bank", "HDFC Bank A/c", "HDFC"];
    expect(suggestLedgers("hdfc", names, 2)).toEqual(["HDFC", "HDFC Bank"]);
    expect(suggestLedgers("hdfc", names, 0)).toEqual([]);
  });
});

describe("nameSimilarity", () => {
  it("is 1 for the same name and 0 when either side is blank", () => {
    expect(nameSimilarity("Cash", "CASH")).toBe(1);
    expect(nameSimilarity("", "Cash")).toBe(0);
  });

  it("scores shared words", () => {
    expect(nameSimilarity("Bank ICICI", "ICICI Bank")).toBeGreaterThanOrEqual(0.8);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
