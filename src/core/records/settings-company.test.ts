import { tableFromGrid } from "./read-table";
import { readSettings } from "./settings";

const settingsTable = (...rows: unknown[][]) => tableFromGrid("HandoffSettings", [["Key", "Value"], ...rows]);

describe("reading the company and its years from HandoffSettings", () => {
  it("takes the financial year from Books Begin, and asks for one when neither is there", () => {
    const fromBooks = readSettings(settingsTable(["Tally Company", "Demo"], ["Company State", 27], ["Books Begin", 46296]));
    expect(fromBooks.settings.financialYears).toEqual([2026]);
    expect(fromBooks.findings).toEqual([]);
    const neither = readSettings(settingsTable(["Tally Company", "Demo"], ["Company State", "27"]));
    expect(neither.findings).toEqual([
      {
        table: "HandoffSettings",
        row: 0,
        column: "Value",
        severity: "error",
        code: "settings.missing",
        message:
          'HandoffSettings has no "Financial Years"; add a row with the financial years of this workbook, e.g. "2026-27" (or fill Books Begin).',
        params: {
          key: "Financial Years",
          what: 'the financial years of this workbook, e.g. "2026-27" (or fill Books Begin)',
          severity: "error",
        },
      },
    ]);
  });

  it("requires the Tally company and warns when the company state cannot be known", () => {
    const { settings, findings } = readSettings(settingsTable(["Financial Years", "2026-27"], ["Tally Company", "  "]));
    expect(settings.company).toBe("");
    expect(settings.companyState).toBe("");
    expect(findings.map((f) => [f.severity, f.code, f.message])).toEqual([
      ["error", "settings.missing", `HandoffSettings has no "Tally Company"; add a row with the company's name exactly as Tally shows it.`],
      [
        "warning",
        "settings.missing",
        `HandoffSettings has no "Company State"; add a row with the company's state code or name (or fill Company GSTIN).`,
      ],
    ]);
  });

  it("refuses a state it does not know and falls back to the GSTIN's state", () => {
    const { settings, findings } = readSettings(
      settingsTable(
        ["Tally Company", "Demo"],
        ["Financial Years", "2026-27"],
        ["Company GSTIN", "07AAACD1234E1Z1"],
        ["Company State", "Atlantis"],
      ),
    );
    expect(settings.companyState).toBe("07");
    expect(findings.map((f) => f.message)).toEqual([
      `HandoffSettings "Company State" "Atlantis" is not a state code or state name; using the GSTIN's state meanwhile.`,
    ]);
  });

  it("reads a single percent-formatted rate, a state written with its code, and an Excel error as a bad value", () => {
    const { settings, findings } = readSettings(
      settingsTable(
        ["Tally Company", "Demo"],
        ["Financial Years", "FY 2026-2027; 2027-28"],
        ["Company State", "27-Maharashtra"],
        ["Allowed GST Rates", 0.18],
        ["HSN Digits", "#REF!"],
      ),
    );
    expect(settings).toMatchObject({ financialYears: [2026, 2027], companyState: "27", allowedGstRates: [18], hsnDigits: 4 });
    expect(findings.map((f) => f.message)).toEqual([
      'HandoffSettings "HSN Digits" "#REF!" shows the Excel error #REF!; fix the formula; using 4 meanwhile.',
    ]);
  });
});
