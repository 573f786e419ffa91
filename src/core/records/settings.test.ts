import { tableFromGrid } from "./read-table";
import { readSettings } from "./settings";

const settingsTable = (...rows: unknown[][]) => tableFromGrid("HandoffSettings", [["Key", "Value"], ...rows]);

/** Tally names each predefined voucher type after its kind, a space between the words ("Credit Note"). */
const TALLY_PREDEFINED_TYPES = Object.fromEntries(
  ["Sales", "Purchase", "Receipt", "Payment", "Journal", "CreditNote", "DebitNote", "StockJournal"].map((kind) => [
    kind,
    kind.replace(/(?<=[a-z])(?=[A-Z])/g, " "),
  ]),
);

describe("reading HandoffSettings", () => {
  it("fills every default around the company's own name", () => {
    const { settings, findings } = readSettings(
      settingsTable(["Tally Company", "Sharma Hardware & Sons"], ["Company GSTIN", "27AAPFU0939F1ZV"], ["Books Begin", "1-Apr-2026"]),
    );
    expect(findings).toEqual([]);
    expect(settings).toEqual({
      company: "Sharma Hardware & Sons",
      companyGstin: "27AAPFU0939F1ZV",
      companyState: "27",
      booksBegin: { y: 2026, m: 4, d: 1 },
      financialYears: [2026],
      voucherTypes: TALLY_PREDEFINED_TYPES,
      expenseOnCreditType: "Journal",
      roundOffLedger: "Round Off",
      roundTotals: true,
      defaultGodown: "Main Location",
      allowedGstRates: undefined,
      hsnDigits: 4,
      createMissingMasters: false,
      requireExplicitMapping: false,
      contractVersion: "1",
      tallyNumbers: [],
    });
  });

  it("reads every key case- and space-insensitively, custom voucher types included", () => {
    const { settings, findings } = readSettings(
      settingsTable(
        ["tally company", "Demo"],
        ["COMPANY STATE", "Karnataka"],
        ["Financial Years", "2026-27, 2027-28"],
        ["sales voucher type", "GST Sales"],
        ["Credit Note Voucher Type", "Sales Return"],
        ["Expense On Credit Voucher Type", "Purchase"],
        ["Round Off Ledger", "Rounding Off"],
        ["Round Totals", "No"],
        ["Default Godown", "Shop"],
        ["Allowed GST Rates", "0, 5%, 18, 40"],
        ["HSN Digits", 6],
        ["Create Missing Masters", "Yes"],
        ["Require Explicit Mapping", true],
        ["Contract Version", 1],
      ),
    );
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      companyState: "29",
      financialYears: [2026, 2027],
      voucherTypes: expect.objectContaining({ Sales: "GST Sales", CreditNote: "Sales Return", Purchase: "Purchase" }),
      expenseOnCreditType: "Purchase",
      roundOffLedger: "Rounding Off",
      roundTotals: false,
      defaultGodown: "Shop",
      allowedGstRates: [0, 5, 18, 40],
      hsnDigits: 6,
      createMissingMasters: true,
      requireExplicitMapping: true,
      contractVersion: "1",
      tallyNumbers: [],
    });
  });

  it("names the key of a bad value and says which default it uses meanwhile", () => {
    const { settings, findings } = readSettings(
      settingsTable(
        ["Tally Company", "Demo"],
        ["Company GSTIN", "29ABCDE1234F1Z5"],
        ["Financial Years", "2026"],
        ["HSN Digits", 5],
        ["Round Totals", "maybe"],
        ["Allowed GST Rates", "five"],
      ),
    );
    expect(settings).toMatchObject({ hsnDigits: 4, roundTotals: true, allowedGstRates: undefined, financialYears: [], companyState: "29" });
    expect(findings.map((f) => [f.row, f.column, f.severity, f.message])).toEqual([
      [
        4,
        "Value",
        "error",
        'HandoffSettings "Financial Years" "2026" is not a list of financial years like "2026-27, 2027-28" ("2026" is not one); using no financial year meanwhile.',
      ],
      [6, "Value", "error", 'HandoffSettings "Round Totals" "maybe" is not Yes or No; using Yes meanwhile.'],
      [
        7,
        "Value",
        "error",
        'HandoffSettings "Allowed GST Rates" "five" is not a list of GST rates like "0, 5, 18, 40"; using the default rate table meanwhile.',
      ],
      [5, "Value", "error", 'HandoffSettings "HSN Digits" "5" is not 0, 4, 6 or 8; using 4 meanwhile.'],
    ]);
  });

  it("warns about a key it does not know and refuses a key given twice", () => {
    const { settings, findings } = readSettings(
      settingsTable(
        ["Tally Company", "Demo"],
        ["Financial Years", "2026-27"],
        ["Company State", "27"],
        ["Round Of Ledger", "Rounding"],
        ["tally company", "Other"],
      ),
    );
    expect(settings.company).toBe("Demo");
    expect(findings.map((f) => [f.row, f.column, f.severity, f.code, f.message])).toEqual([
      [
        5,
        "Key",
        "warning",
        "settings.unknown-key",
        'HandoffSettings has a key "Round Of Ledger" the add-in does not know; check its spelling or delete the row.',
      ],
      [
        6,
        "Key",
        "error",
        "settings.duplicate-key",
        'HandoffSettings has "tally company" more than once; only the row 2 value is used, delete the other.',
      ],
    ]);
  });

  it("gives one error and every default when the table is missing", () => {
    const { settings, findings } = readSettings(undefined);
    expect(settings.roundOffLedger).toBe("Round Off");
    expect(findings.map((f) => [f.table, f.code])).toEqual([["HandoffSettings", "table.missing"]]);
  });

  it("reads nothing from a table without its Key column", () => {
    const { findings } = readSettings(
      tableFromGrid("HandoffSettings", [
        ["Name", "Value"],
        ["Tally Company", "Demo"],
      ]),
    );
    expect(findings.map((f) => f.message)).toEqual(['The HandoffSettings table has no "Key" column; add it to the header row.']);
  });
});
