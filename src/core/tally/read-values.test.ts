import { tallyAmount, tallyDateValue, tallyNumber, tallyQuantity, tallyRate, tallyYes } from "./read-values";

describe("Tally field values", () => {
  it.each([
    ["-2360", -236000],
    ["-2360.00", -236000],
    [" 12.5", 1250],
    ["21300.00", 2130000],
    ["1,00,000.50", 10000050],
    ["-$ 10000.0000 @ ₹ 42.50/$  = -₹ 425000.00", -42500000],
    ["10.005", 1001],
  ])("reads the amount %p as %p paise", (text, paise) => {
    expect(tallyAmount(text)).toBe(paise);
  });

  it.each([undefined, "", "   ", "abc"])("reads %p as no amount rather than zero", (text) => {
    expect(tallyAmount(text)).toBeUndefined();
  });

  it("reads numbers with Tally's leading space", () => {
    expect(tallyNumber(" 45231")).toBe(45231);
    expect(tallyNumber("0")).toBe(0);
    expect(tallyNumber("")).toBeUndefined();
    expect(tallyNumber("12 Nos")).toBeUndefined();
  });

  it.each([
    [" 10 Nos", { qty: 10, unit: "Nos" }],
    ["10 Nos", { qty: 10, unit: "Nos" }],
    [" 2.5 kg", { qty: 2.5, unit: "kg" }],
    [" 1,000 Nos", { qty: 1000, unit: "Nos" }],
    [" 1000 Nos =  100 Boxes", { qty: 1000, unit: "Nos" }],
    [" 7", { qty: 7, unit: "" }],
  ])("reads the quantity %p", (text, quantity) => {
    expect(tallyQuantity(text)).toEqual(quantity);
  });

  it("reads no quantity from an empty or unitless-text value", () => {
    expect(tallyQuantity("")).toBeUndefined();
    expect(tallyQuantity("Nos")).toBeUndefined();
  });

  it.each([
    ["500.0/Pcs", { rate: 50000, unit: "Pcs" }],
    ["213.00/nos", { rate: 21300, unit: "nos" }],
    ["25/Mtr", { rate: 2500, unit: "Mtr" }],
    ["$ 200.0000 = ₹ 8500.00/Nos", { rate: 850000, unit: "Nos" }],
    ["12.345/kg", { rate: 1235, unit: "kg" }],
  ])("reads the rate %p per unit in paise", (text, rate) => {
    expect(tallyRate(text)).toEqual(rate);
  });

  it("reads element dates and attribute dates", () => {
    expect(tallyDateValue("20260801")).toEqual({ y: 2026, m: 8, d: 1 });
    expect(tallyDateValue("01-Aug-2026")).toEqual({ y: 2026, m: 8, d: 1 });
    expect(tallyDateValue("3-jun-2009")).toEqual({ y: 2009, m: 6, d: 3 });
    expect(tallyDateValue("20260231")).toBeUndefined();
    expect(tallyDateValue("")).toBeUndefined();
  });

  it("reads Tally's logical Yes only as true", () => {
    expect(tallyYes("Yes")).toBe(true);
    expect(tallyYes(" yes ")).toBe(true);
    expect(tallyYes("No")).toBe(false);
    expect(tallyYes(undefined)).toBe(false);
  });
});
