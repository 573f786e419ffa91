import Big from "big.js";
import fc from "fast-check";
import { formatInr, lineValue, paiseToDecimal, parseAmount, percentOf, roundToRupee } from "./money";

describe("money", () => {
  it.each([
    ["1,00,000.50", 10000050],
    [" 1200 ", 120000],
    ["₹ 500", 50000],
    ["Rs. 1,250.5", 125050],
    [1234.56, 123456],
    ["(500)", -50000],
    ["-0.01", -1],
    ["100,000", 10000000],
  ])("reads %p as %p paise", (input, paise) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: paise });
  });

  it.each(["12abc", "", "1.2.3", "1,0,0", "#N/A", true, null])("rejects %p with a reason", (input) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
  });

  it("refuses a third decimal place instead of rounding it away", () => {
    expect(parseAmount("10.005")).toEqual({ ok: false, reason: "has more than two decimal places" });
  });

  it("formats amounts in Indian grouping", () => {
    expect(formatInr(10000050)).toBe("1,00,000.50");
    expect(formatInr(123456789012)).toBe("1,23,45,67,890.12");
    expect(formatInr(-99)).toBe("-0.99");
    expect(formatInr(100000)).toBe("1,000.00");
  });

  it("writes Tally's plain decimal", () => {
    expect(paiseToDecimal(-1200000)).toBe("-12000.00");
    expect(paiseToDecimal(5)).toBe("0.05");
  });

  it("computes qty x rate less discount exactly, half-up to the paisa", () => {
    expect(lineValue(3, 33333)).toBe(99999);
    expect(lineValue(2.5, 10001)).toBe(25003); // 25002.5 -> 25003
    expect(lineValue(10, 100000, 12.5)).toBe(875000);
    expect(lineValue(0.1, 30)).toBe(3);
  });

  it("computes tax half-up per head", () => {
    expect(percentOf(100001, 9)).toBe(9000); // 9000.09 -> 9000
    expect(percentOf(100050, 9)).toBe(9005); // 9004.5 -> 9005
    expect(percentOf(100000, 0.125)).toBe(125);
  });

  it("rounds to the nearest rupee and reports the difference", () => {
    expect(roundToRupee(12530)).toEqual({ rounded: 12500, difference: -30 });
    expect(roundToRupee(12560)).toEqual({ rounded: 12600, difference: 40 });
    expect(roundToRupee(12550)).toEqual({ rounded: 12600, difference: 50 });
  });

  it("round-trips every amount through its Indian and plain text forms", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (p) => {
        expect(parseAmount(formatInr(p))).toEqual({ ok: true, value: p });
        expect(parseAmount(paiseToDecimal(p))).toEqual({ ok: true, value: p });
      }),
    );
  });
});

describe("money fast paths agree with big.js", () => {
  it("lineValue equals the exact big.js product for any qty, rate and discount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 1000),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        (qty, rate, disc) => {
          const exact = new Big(String(qty))
            .times(rate)
            .times(new Big(100).minus(String(disc)))
            .div(100)
            .round(0, Big.roundHalfUp)
            .toNumber();
          expect(lineValue(qty, rate, disc)).toBe(exact);
        },
      ),
    );
  });

  it("percentOf equals the exact big.js value, negatives rounded away from zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(0, 0.05, 0.1, 0.125, 0.25, 1.5, 2.5, 9, 14, 18, 20, 28, 40),
        (amount, rate) => {
          const exact = new Big(amount).times(String(rate)).div(100).round(0, Big.roundHalfUp).toNumber();
          expect(percentOf(amount, rate)).toBe(exact || 0);
        },
      ),
    );
  });
});
