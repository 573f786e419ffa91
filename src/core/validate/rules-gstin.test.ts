import type { Books } from "../records/types";
import { buildContext } from "./context";
import { gstins, placesOfSupply } from "./rules-gstin";
import { expenseRow, GSTIN, makeBooks, purchaseRow, returnRow, salesRow, validGstin } from "../../../test/support/books-builder";

const run = (rule: typeof gstins, b: Books) => rule(buildContext(b));

describe("GSTINs", () => {
  it("rejects a wrong check character in plain words, saying what it should be", () => {
    const [f] = run(gstins, makeBooks({ Sales: [salesRow({ row: 2, customerGstin: "27AAPFU0939F1ZX" })] }));
    expect(f).toMatchObject({
      code: "gstin.check-character",
      severity: "error",
      table: "Sales",
      row: 2,
      column: "Customer GSTIN",
      value: "27AAPFU0939F1ZX",
    });
    expect(f.message).toBe(
      `Customer GSTIN "27AAPFU0939F1ZX" has a wrong last character; check the number on the customer's invoice (it should end in V).`,
    );
  });

  it("names the length, format and state problems apart", () => {
    const b = makeBooks({
      Purchases: [purchaseRow({ row: 2, supplierGstin: "24AAGFG5678H1Z" })],
      Expenses: [expenseRow({ row: 2, vendorGstin: "27AAGF05678H1ZA" })],
      Returns: [returnRow({ row: 2, partyGstin: validGstin("45ABCDE1234F1Z") })],
    });
    expect(run(gstins, b).map((f) => [f.code, f.table, f.column])).toEqual([
      ["gstin.length", "Purchases", "Supplier GSTIN"],
      ["gstin.format", "Expenses", "Vendor GSTIN"],
      ["gstin.state", "Returns", "Party GSTIN"],
    ]);
  });

  it("warns on the retired state codes 25 and 28", () => {
    const findings = run(gstins, makeBooks({ Sales: [salesRow({ row: 2, customerGstin: validGstin("25ABCDE1234F1Z") })] }));
    expect(findings).toMatchObject([{ code: "gstin.legacy-state", severity: "warning" }]);
  });

  it("checks the company's own GSTIN in Settings", () => {
    const findings = run(gstins, makeBooks({ settings: { companyGstin: "27AAACT1234M1Z0" } }));
    expect(findings).toMatchObject([{ code: "gstin.check-character", table: "HandoffSettings", column: "Company GSTIN" }]);
    expect(findings[0].message).toContain("check your GST registration certificate");
  });

  it("accepts valid GSTINs, Ladakh's 38 included, and blank ones (unregistered parties)", () => {
    const b = makeBooks({
      Sales: [
        salesRow({ row: 2, customerGstin: GSTIN.customerMH }),
        salesRow({ row: 3, invoiceNo: "INV-2", customerGstin: validGstin("38ABCDE1234F1Z") }),
        salesRow({ row: 4, customerGstin: undefined }),
      ],
      Expenses: [expenseRow({ row: 2, vendorGstin: " " })],
    });
    expect(run(gstins, b)).toEqual([]);
  });
});

describe("place of supply", () => {
  it("rejects a place that is not a state", () => {
    expect(
      run(placesOfSupply, makeBooks({ Sales: [salesRow({ row: 2, customerGstin: GSTIN.customerMH, placeOfSupply: "Bombay" })] })),
    ).toMatchObject([{ code: "place-of-supply.unknown", column: "Place of Supply", value: "Bombay" }]);
  });

  it("warns when a sale goes to another state than the customer's GSTIN", () => {
    const [f] = run(placesOfSupply, makeBooks({ Sales: [salesRow({ row: 2, customerGstin: GSTIN.customerMH, placeOfSupply: "29" })] }));
    expect(f).toMatchObject({ code: "place-of-supply.differs-from-gstin", severity: "warning" });
    expect(f.message).toContain("(Karnataka) differs from the state of the Customer GSTIN (27, Maharashtra)");
  });

  it("does not warn on a purchase delivered to our own state from another", () => {
    const b = makeBooks({ Purchases: [purchaseRow({ row: 2, supplierGstin: GSTIN.gujarat, placeOfSupply: "Maharashtra" })] });
    expect(run(placesOfSupply, b)).toEqual([]);
  });

  it("warns on a retired state code", () => {
    expect(run(placesOfSupply, makeBooks({ Sales: [salesRow({ row: 2, customerGstin: undefined, placeOfSupply: "28" })] }))).toMatchObject([
      { code: "place-of-supply.legacy-state", severity: "warning" },
    ]);
  });

  it("accepts a state by code or name that matches the GSTIN, and a blank place", () => {
    const b = makeBooks({
      Sales: [
        salesRow({ row: 2, customerGstin: GSTIN.customerMH, placeOfSupply: "27" }),
        salesRow({ row: 3, invoiceNo: "INV-2", customerGstin: GSTIN.karnataka, placeOfSupply: "karnataka" }),
        salesRow({ row: 4, invoiceNo: "INV-3", customerGstin: undefined, placeOfSupply: "38" }),
        salesRow({ row: 5, invoiceNo: "INV-4", customerGstin: GSTIN.customerMH }),
      ],
    });
    expect(run(placesOfSupply, b)).toEqual([]);
  });
});
