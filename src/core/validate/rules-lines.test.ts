import type { Books } from "../records/types";
import { buildContext } from "./context";
import { gstRates, hsnCodes, itemCellsTogether, lineQuantities, taxableValues } from "./rules-lines";
import { day, expenseRow, makeBooks, purchaseRow, returnRow, rupees, salesRow } from "../../../test/support/books-builder";

const where = (rule: typeof gstRates, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.table, f.row, f.column]);
const rice = { item: "Basmati Rice", qty: 10, unit: "kg", rate: rupees(80), taxableValue: undefined };

describe("item cells go together", () => {
  it("reports each blank one of Item, Qty, Unit and Rate when another is filled", () => {
    const findings = itemCellsTogether(buildContext(makeBooks({ Sales: [salesRow({ row: 2, item: "Basmati Rice", qty: 10 })] })));
    expect(findings.map((f) => f.column)).toEqual(["Unit", "Rate"]);
    expect(findings[0].message).toBe(
      "Unit is blank while Item and Qty are filled; Item, Qty, Unit and Rate are filled together or all left blank.",
    );
  });

  it("asks a return with a quantity for its item", () => {
    expect(where(itemCellsTogether, makeBooks({ Returns: [returnRow({ row: 3, qty: 2, unit: "kg", rate: rupees(80) })] }))).toEqual([
      ["line.item-fields-together", "Returns", 3, "Item"],
    ]);
  });

  it("accepts all four or none", () => {
    expect(where(itemCellsTogether, makeBooks({ Sales: [salesRow({ row: 2, ...rice }), salesRow({ row: 3 })] }))).toEqual([]);
  });
});

describe("quantities, rates and discounts", () => {
  it("rejects a zero quantity, a negative rate and a discount above 100", () => {
    const b = makeBooks({ Purchases: [purchaseRow({ row: 2, ...rice, qty: 0, rate: rupees(-1), discountPercent: 120 })] });
    expect(where(lineQuantities, b)).toEqual([
      ["line.qty-not-positive", "Purchases", 2, "Qty"],
      ["line.rate-negative", "Purchases", 2, "Rate"],
      ["line.discount-out-of-range", "Purchases", 2, "Discount %"],
    ]);
  });

  it("accepts a fractional quantity, a free item at rate 0 and a full discount", () => {
    const b = makeBooks({ Sales: [salesRow({ row: 2, ...rice, qty: 2.5, rate: 0, discountPercent: 100 })] });
    expect(where(lineQuantities, b)).toEqual([]);
  });
});

describe("taxable value", () => {
  it("is required on a line without an item", () => {
    expect(where(taxableValues, makeBooks({ Sales: [salesRow({ row: 2, taxableValue: undefined })] }))).toEqual([
      ["line.taxable-value-required", "Sales", 2, "Taxable Value"],
    ]);
  });

  it("cannot be negative", () => {
    expect(where(taxableValues, makeBooks({ Sales: [salesRow({ row: 2, taxableValue: rupees(-50) })] }))).toEqual([
      ["line.taxable-value-negative", "Sales", 2, "Taxable Value"],
    ]);
  });

  it("must agree with Qty x Rate less Discount, naming the computed value", () => {
    const b = makeBooks({ Sales: [salesRow({ row: 2, ...rice, discountPercent: 10, taxableValue: rupees(800) })] });
    const findings = taxableValues(buildContext(b));
    expect(findings).toMatchObject([{ code: "line.taxable-value-mismatch", value: "800.00" }]);
    expect(findings[0].message).toContain("(720.00)");
  });

  it("accepts a typed value within a paisa of the computed one, or none on an item line", () => {
    const b = makeBooks({
      Sales: [
        salesRow({ row: 2, item: "Dal", qty: 3, unit: "kg", rate: rupees("33.33"), discountPercent: 0, taxableValue: rupees("100.00") }),
        salesRow({ row: 3, ...rice }),
      ],
    });
    expect(where(taxableValues, b)).toEqual([]);
  });
});

describe("GST rate on the line's date", () => {
  it("rejects 40% before GST 2.0 and warns on 12% after it", () => {
    const b = makeBooks({
      Sales: [
        salesRow({ row: 2, date: day("1-Sep-2025"), gstRate: 40 }),
        salesRow({ row: 3, invoiceNo: "INV-2", date: day("23-Sep-2025"), gstRate: 12 }),
      ],
      settings: { financialYears: [2025] },
    });
    const findings = gstRates(buildContext(b));
    expect(findings.map((f) => [f.code, f.severity, f.row])).toEqual([
      ["gst-rate.not-in-force", "error", 2],
      ["gst-rate.retired-slab", "warning", 3],
    ]);
    expect(findings[0].message).toMatch(/^GST Rate % "40" was not a GST rate on 1-Sep-2025/);
  });

  it("lets Settings' allowed list decide", () => {
    const b = makeBooks({
      Purchases: [purchaseRow({ row: 2, gstRate: 12 }), purchaseRow({ row: 3, gstRate: 18 })],
      settings: { allowedGstRates: [5, 12] },
    });
    expect(where(gstRates, b)).toEqual([["gst-rate.not-in-settings", "Purchases", 3, "GST Rate %"]]);
  });

  it("accepts 28% on tobacco before February 2026", () => {
    const tobacco = (date: string) => makeBooks({ Sales: [salesRow({ row: 2, date: day(date), gstRate: 28, hsn: "2402" })] });
    expect(where(gstRates, tobacco("5-Jan-2027"))).toEqual([["gst-rate.retired-slab", "Sales", 2, "GST Rate %"]]);
    expect(where(gstRates, tobacco("5-Jan-2026"))).toEqual([]);
  });

  it("checks expense rates but takes a blank (0%) one as a bill without GST", () => {
    const b = makeBooks({
      Expenses: [expenseRow({ row: 2, gstRate: 0 }), expenseRow({ row: 3, gstRate: 7 })],
      settings: { allowedGstRates: [18] },
    });
    expect(where(gstRates, b)).toEqual([["gst-rate.not-in-settings", "Expenses", 3, "GST Rate %"]]);
  });
});

describe("HSN/SAC", () => {
  it("is required on sales and purchases when Settings asks for digits", () => {
    const b = makeBooks({ Sales: [salesRow({ row: 2 })], Purchases: [purchaseRow({ row: 2, hsn: "1006" })], settings: { hsnDigits: 4 } });
    const findings = hsnCodes(buildContext(b));
    expect(findings.map((f) => [f.code, f.table])).toEqual([["hsn.required", "Sales"]]);
    expect(findings[0].message).toContain("at least 4 digits");
  });

  it("is required on a return only when it carries an item", () => {
    const b = makeBooks({ Returns: [returnRow({ row: 2 }), returnRow({ row: 3, ...rice })], settings: { hsnDigits: 6 } });
    expect(where(hsnCodes, b)).toEqual([["hsn.required", "Returns", 3, "HSN/SAC"]]);
  });

  it("rejects malformed codes and codes shorter than Settings asks, and 8-digit SACs", () => {
    const b = makeBooks({
      Sales: [salesRow({ row: 2, hsn: "10 06" }), salesRow({ row: 3, hsn: "1006" }), salesRow({ row: 4, hsn: "99651100" })],
      settings: { hsnDigits: 6 },
    });
    const findings = hsnCodes(buildContext(b));
    expect(findings.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(findings[1].message).toBe('HSN/SAC "1006" has 4 digits; Settings asks for at least 6.');
  });

  it("accepts an optional code left blank, and good goods and service codes", () => {
    const b = makeBooks({ Sales: [salesRow({ row: 2 }), salesRow({ row: 3, hsn: "100630" }), salesRow({ row: 4, hsn: "996511" })] });
    expect(where(hsnCodes, b)).toEqual([]);
  });
});
