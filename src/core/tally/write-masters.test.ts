import { readFileSync } from "node:fs";
import path from "node:path";
import { COMPANY } from "../../../test/fixtures/vouchers";
import type { Masters } from "./masters";
import { buildMasterImport } from "./write";

const WRITTEN = path.resolve(__dirname, "../../../test/fixtures/tally/written");
const APRIL_2026 = { y: 2026, m: 4, d: 1 };

function golden(name: string): string {
  return readFileSync(path.join(WRITTEN, `${name}.xml`), "utf8")
    .replace(/\r\n/g, "\n")
    .trimEnd();
}

function legacy(masters: Masters): string {
  return buildMasterImport(masters, { company: COMPANY, applicableFrom: APRIL_2026 });
}

describe("buildMasterImport", () => {
  it("writes a registered party with its GSTIN, state and bill-wise details", () => {
    const xml = legacy({
      ledgers: [
        {
          name: "Sharma Traders",
          parent: "Sundry Debtors",
          billWise: true,
          gstin: "27AAPFU0939F1ZV",
          stateName: "Maharashtra",
          registrationType: "Regular",
        },
      ],
    });
    expect(xml).toBe(golden("master-party-ledger"));
  });

  it("writes GST tax ledgers with TallyPrime 3.0 duty heads and their own rates", () => {
    const xml = legacy({
      ledgers: [
        { name: "Output CGST 9%", parent: "Duties & Taxes", taxHead: "CGST", taxRate: 9 },
        { name: "Output SGST 9%", parent: "Duties & Taxes", taxHead: "SGST", taxRate: 9 },
        { name: "Output IGST 0.25%", parent: "Duties & Taxes", taxHead: "IGST", taxRate: 0.25 },
      ],
    });
    expect(xml).toBe(golden("master-tax-ledgers"));
  });

  it("writes a stock item with its HSN and the rate split into CGST, SGST and IGST", () => {
    const xml = legacy({ stockItems: [{ name: "Steel Bolt M8", baseUnit: "Nos", hsn: "7318", gstRate: 18 }] });
    expect(xml).toBe(golden("master-stock-item"));
  });

  it("writes a unit with its decimal places", () => {
    expect(legacy({ units: [{ name: "MT", decimalPlaces: 3 }] })).toBe(golden("master-unit"));
  });

  it("writes a top-level godown with an empty PARENT, never the literal Primary", () => {
    expect(legacy({ godowns: [{ name: "Shop Floor", parent: "Primary" }] })).toBe(golden("master-godown"));
    expect(legacy({ godowns: [{ name: "Shop Floor" }] })).toBe(golden("master-godown"));
  });

  it("orders units, godowns, stock items and ledgers so each names only masters before it", () => {
    const xml = buildMasterImport(
      {
        ledgers: [
          {
            name: "Walk-in Customer",
            parent: "Sundry Debtors",
            billWise: false,
            stateName: "Maharashtra",
            registrationType: "Unregistered/Consumer",
          },
          { name: "Sales GST 18%", parent: "Sales Accounts" },
        ],
        stockItems: [{ name: "Hex Nut M8", baseUnit: "Nos" }],
        godowns: [{ name: "Rack B", parent: "Shop Floor" }],
        units: [{ name: "Nos", decimalPlaces: 0 }],
      },
      { company: COMPANY, envelope: "new", applicableFrom: APRIL_2026 },
    );
    expect(xml).toBe(golden("masters-all-in-order-new-envelope"));
  });

  it("calls a party with a GSTIN but no registration type a regular taxpayer", () => {
    const xml = legacy({ ledgers: [{ name: "Gupta Steel Suppliers", parent: "Sundry Creditors", gstin: "27AADFG4521K1ZG" }] });
    expect(xml).toContain("<GSTREGISTRATIONTYPE>Regular</GSTREGISTRATIONTYPE>");
    expect(xml).toContain("<GSTIN>27AADFG4521K1ZG</GSTIN>");
    expect(xml).not.toContain("LEDMAILINGDETAILS.LIST");
  });

  it("keeps an exact half rate for the CGST and SGST of a 0.25% item", () => {
    const xml = legacy({ stockItems: [{ name: "Rough Diamond", baseUnit: "Ct", gstRate: 0.25 }] });
    expect(xml.match(/<GSTRATE>([^<]*)<\/GSTRATE>/g)).toEqual([
      "<GSTRATE>0.125</GSTRATE>",
      "<GSTRATE>0.125</GSTRATE>",
      "<GSTRATE>0.25</GSTRATE>",
    ]);
  });

  it("marks a 0% item Nil Rated without rate heads", () => {
    const xml = legacy({ stockItems: [{ name: "Fresh Milk", baseUnit: "Ltr", hsn: "0401", gstRate: 0 }] });
    expect(xml).toContain("<TAXABILITY>Nil Rated</TAXABILITY>");
    expect(xml).not.toContain("RATEDETAILS.LIST");
  });

  it("escapes an ampersand in a master's NAME attribute and its inner NAME", () => {
    const xml = legacy({ ledgers: [{ name: "Sundaram & Sons", parent: "Sundry Debtors" }] });
    expect(xml).toContain('<LEDGER NAME="Sundaram &amp; Sons" ACTION="Create">');
    expect(xml).toContain("<NAME>Sundaram &amp; Sons</NAME>");
  });
});
