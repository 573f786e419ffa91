import type { Books } from "../records/types";
import { buildContext } from "./context";
import { gstins, placesOfSupply } from "./rules-gstin";
import { books, expense, gstin, KARNATAKA_GSTIN, purchase, sale, salesReturn, SHARMA_GSTIN } from "./sample-books";

const run = (rule: typeof gstins, b: Books) => rule(buildContext(b));

describe("GSTINs", () => {
  it("rejects a wrong check character in plain words, saying what it should be", () => {
    const [f] = run(gstins, books({ Sales: [sale({ row: 2, customerGstin: "27AAPFU0939F1ZX" })] }));
    expect(f).toMatchObject({ code: "gstin.check-character", severity: "error", table: "Sales", row: 2, column: "Customer GSTIN", value: "27AAPFU0939F1ZX" });
    expect(f.message).toBe(
      `Customer GSTIN "27AAPFU0939F1ZX" has a wrong last character; check the number on the customer's invoice (it should end in V).`,
    );
  });

  it("names the length, format and state problems apart", () => {
    const b = books({
      Purchases: [purchase({ row: 2, supplierGstin: "24AAGFG5678H1Z" })],
      Expenses: [expense({ row: 2, vendorGstin: "27AAGF05678H1ZA" })],
      Returns: [salesReturn({ row: 2, partyGstin: gstin("45ABCDE1234F1Z") })],
    });
    expect(run(gstins, b).map((f) => [f.code, f.table, f.column])).toEqual([
      ["gstin.length", "Purchases", "Supplier GSTIN"],
      ["gstin.format", "Expenses", "Vendor GSTIN"],
      ["gstin.state", "Returns", "Party GSTIN"],
    ]);
  });

  it("warns on the retired state codes 25 and 28", () => {
    const findings = run(gstins, books({ Sales: [sale({ row: 2, customerGstin: gstin("25ABCDE1234F1Z") })] }));
    expect(findings).toMatchObject([{ code: "gstin.legacy-state", severity: "warning" }]);
  });

  it("checks the company's own GSTIN in Settings", () => {
    const findings = run(gstins, books({}, { settings: { companyGstin: "27AAACT1234M1Z0" } }));
    expect(findings).toMatchObject([{ code: "gstin.check-character", table: "HandoffSettings", column: "Company GSTIN" }]);
    expect(findings[0].message).toContain("check your GST registration certificate");
  });

  it("accepts valid GSTINs, Ladakh's 38 included, and blank ones (unregistered parties)", () => {
    const b = books({
      Sales: [sale({ row: 2 }), sale({ row: 3, invoiceNo: "INV-2", customerGstin: gstin("38ABCDE1234F1Z") }), sale({ row: 4, customerGstin: undefined })],
      Expenses: [expense({ row: 2, vendorGstin: " " })],
    });
    expect(run(gstins, b)).toEqual([]);
  });
});

describe("place of supply", () => {
  it("rejects a place that is not a state", () => {
    expect(run(placesOfSupply, books({ Sales: [sale({ row: 2, placeOfSupply: "Bombay" })] }))).toMatchObject([
      { code: "place-of-supply.unknown", column: "Place of Supply", value: "Bombay" },
    ]);
  });

  it("warns when a sale goes to another state than the customer's GSTIN", () => {
    const [f] = run(placesOfSupply, books({ Sales: [sale({ row: 2, customerGstin: SHARMA_GSTIN, placeOfSupply: "29" })] }));
    expect(f).toMatchObject({ code: "place-of-supply.differs-from-gstin", severity: "warning" });
    expect(f.message).toContain("(Karnataka) differs from the state of the Customer GSTIN (27, Maharashtra)");
  });

  it("does not warn on a purchase delivered to our own state from another", () => {
    expect(run(placesOfSupply, books({ Purchases: [purchase({ row: 2, placeOfSupply: "Maharashtra" })] }))).toEqual([]);
  });

  it("warns on a retired state code", () => {
    expect(run(placesOfSupply, books({ Sales: [sale({ row: 2, customerGstin: undefined, placeOfSupply: "28" })] }))).toMatchObject([
      { code: "place-of-supply.legacy-state", severity: "warning" },
    ]);
  });

  it("accepts a state by code or name that matches the GSTIN, and a blank place", () => {
    const b = books({
      Sales: [
        sale({ row: 2, placeOfSupply: "27" }),
        sale({ row: 3, invoiceNo: "INV-2", customerGstin: KARNATAKA_GSTIN, placeOfSupply: "karnataka" }),
        sale({ row: 4, invoiceNo: "INV-3", customerGstin: undefined, placeOfSupply: "38" }),
        sale({ row: 5, invoiceNo: "INV-4" }),
      ],
    });
    expect(run(placesOfSupply, b)).toEqual([]);
  });
});
