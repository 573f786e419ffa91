import fc from "fast-check";
import { isInterState, placeOfSupply, taxLines } from "./gst-tax";
import { percentOf } from "./money";

describe("tax on a line", () => {
  it("splits 18% intra-state into CGST 9% and SGST 9%", () => {
    expect(taxLines(100000, 18, false)).toEqual([
      { head: "CGST", rate: 9, amount: 9000 },
      { head: "SGST", rate: 9, amount: 9000 },
    ]);
  });

  it("charges IGST at the full rate inter-state", () => {
    expect(taxLines(100000, 18, true)).toEqual([{ head: "IGST", rate: 18, amount: 18000 }]);
  });

  it("rounds each half on its own, so an odd paisa of tax can differ from IGST by one", () => {
    // 5% of 10.10 = 0.505 -> IGST 0.51; 2.5% of 10.10 = 0.2525 -> 0.25 + 0.25 = 0.50
    expect(taxLines(1010, 5, true)[0].amount).toBe(51);
    expect(taxLines(1010, 5, false).map((t) => t.amount)).toEqual([25, 25]);
  });

  it("handles fractional rates (0.25% on rough diamonds)", () => {
    expect(taxLines(10000000, 0.25, false)).toEqual([
      { head: "CGST", rate: 0.125, amount: 12500 },
      { head: "SGST", rate: 0.125, amount: 12500 },
    ]);
  });

  it("has no tax lines at 0%", () => {
    expect(taxLines(5000, 0, false)).toEqual([]);
  });

  it("CGST always equals SGST, and each is within a paisa of half the IGST", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom(0.1, 0.25, 1.5, 3, 5, 12, 18, 28, 40), (taxable, rate) => {
        const [c, s] = taxLines(taxable, rate, false);
        expect(c.amount).toBe(s.amount);
        expect(Math.abs(c.amount + s.amount - percentOf(taxable, rate))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("place of supply", () => {
  it("takes the typed state first", () => {
    const pos = placeOfSupply("Karnataka", "27AAPFU0939F1ZV", "27");
    expect(pos.ok && pos.state.code).toBe("29");
  });

  it("defaults to the GSTIN's state, then the company's", () => {
    const byGstin = placeOfSupply(undefined, "29AAPFU0939F1ZV", "27");
    expect(byGstin.ok && byGstin.source).toBe("gstin");
    const own = placeOfSupply("", undefined, "27");
    expect(own.ok && own.state.name).toBe("Maharashtra");
  });

  it("says so when the typed state is unknown", () => {
    expect(placeOfSupply("Atlantis", undefined, "27")).toEqual({ ok: false, reason: "is not a state code or state name" });
  });

  it("compares states for inter-state supply", () => {
    expect(isInterState("27", "27")).toBe(false);
    expect(isInterState("27", "7")).toBe(true);
  });
});
