import { readFileSync } from "node:fs";
import path from "node:path";
import { readCompanies, readMasterNames } from "./read-masters";

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, "../../../test/fixtures/tally/responses", name), "utf8");

describe("readMasterNames", () => {
  const ledgers = readMasterNames(fixture("export-ledgers-collection.xml"), "LEDGER");

  it("reads names from the NAME attribute, the LANGUAGENAME list or a NAME child, entities decoded", () => {
    expect(ledgers.map((l) => l.name)).toEqual(["Cash", "Sharma & Sons Traders", "Sales @ 18%", "Output CGST", "Round Off"]);
  });

  it("reads balances with Tally's sign, and an empty element as absent rather than zero", () => {
    expect(ledgers[0]).toMatchObject({ closingBalance: -1250000, openingBalance: -250000 });
    expect(ledgers[1].closingBalance).toBe(-2360000);
    expect(ledgers[1]).not.toHaveProperty("openingBalance");
    expect(ledgers[2]).not.toHaveProperty("closingBalance");
    expect(ledgers[2].openingBalance).toBe(0);
    expect(ledgers[3].closingBalance).toBe(236050);
  });

  it("reads the parent, with the &#4; sentinel removed", () => {
    expect(ledgers.map((l) => l.parent)).toEqual(["Cash-in-Hand", "Sundry Debtors", "Sales Accounts", "Primary", "Indirect Expenses"]);
  });

  it("reads PARTYGSTIN, or the latest GSTIN of the dated registration list", () => {
    expect(ledgers[1].partyGstin).toBe("27AAPFU0939F1ZV");
    expect(ledgers[3].partyGstin).toBe("29AAPFU0939F1ZT");
    expect(ledgers[0]).not.toHaveProperty("partyGstin");
  });

  it("reads ledgers of the legacy List of Accounts reply and leaves its groups out", () => {
    const text = fixture("export-list-of-accounts-legacy.xml");
    expect(readMasterNames(text, "LEDGER")).toEqual([
      { name: "Profit & Loss A/c", parent: "Primary", closingBalance: 0 },
      { name: "HDFC Bank", parent: "Bank Accounts", closingBalance: -15000000 },
    ]);
    expect(readMasterNames(text, "GROUP")).toEqual([{ name: "Sundry Debtors", parent: "Current Assets" }]);
  });

  it("reads stock items with their base unit", () => {
    expect(readMasterNames(fixture("export-stock-items-collection.xml"), "STOCKITEM")).toEqual([
      { name: "Steel Bolt M8", parent: "Primary", baseUnits: "Nos" },
      { name: "Copper Wire 2.5mm", parent: "Wires", baseUnits: "Mtr" },
    ]);
  });

  it("reads voucher types with their numbering", () => {
    expect(readMasterNames(fixture("export-voucher-types-collection.xml"), "VOUCHERTYPE")).toEqual([
      { name: "Sales", parent: "Sales", numberingMethod: "Automatic", preventDuplicates: false },
      { name: "GST Sales", parent: "Sales", numberingMethod: "Manual", preventDuplicates: true },
      { name: "Receipt", parent: "Receipt" },
    ]);
  });

  it("reads godowns and units", () => {
    const godowns =
      '<ENVELOPE><BODY><DATA><COLLECTION><GODOWN NAME="Main Location"><PARENT>&#4; Primary</PARENT></GODOWN>' +
      '<GODOWN NAME="Back Store"><PARENT>Main Location</PARENT></GODOWN></COLLECTION></DATA></BODY></ENVELOPE>';
    expect(readMasterNames(godowns, "GODOWN")).toEqual([
      { name: "Main Location", parent: "Primary" },
      { name: "Back Store", parent: "Main Location" },
    ]);
    const units = '<ENVELOPE><BODY><DATA><COLLECTION><UNIT NAME="Nos"/><UNIT><NAME>Mtr</NAME></UNIT></COLLECTION></DATA></BODY></ENVELOPE>';
    expect(readMasterNames(units, "UNIT")).toEqual([{ name: "Nos" }, { name: "Mtr" }]);
  });

  it("returns nothing for a reply of another kind, an empty body or broken text", () => {
    expect(readMasterNames(fixture("export-ledgers-collection.xml"), "STOCKITEM")).toEqual([]);
    expect(readMasterNames("", "LEDGER")).toEqual([]);
    expect(readMasterNames("<ENVELOPE><LEDGER", "LEDGER")).toEqual([]);
  });
});

describe("readCompanies", () => {
  it("reads loaded companies with their book dates, leaving an empty date out", () => {
    expect(readCompanies(fixture("export-companies-collection.xml"))).toEqual([
      { name: "Sharma Enterprises", startingFrom: { y: 2026, m: 4, d: 1 }, endingAt: { y: 2027, m: 3, d: 31 } },
      { name: "Sharma & Sons (Old Books)", startingFrom: { y: 2019, m: 4, d: 1 } },
    ]);
  });

  it("does not take a nameless COMPANY identity block for a company", () => {
    expect(readCompanies(fixture("export-day-book-tallymessage.xml"))).toEqual([]);
  });
});
