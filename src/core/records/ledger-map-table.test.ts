import { readLedgerMap } from "./ledger-map-table";
import { tableFromGrid } from "./read-table";

const HEADER = ["Kind", "Workbook Value", "Tally Name"];

describe("reading LedgerMap", () => {
  it("reads kinds in any case and spacing, rates from text or percent-formatted cells", () => {
    const { entries, findings } = readLedgerMap(
      tableFromGrid("LedgerMap", [
        HEADER,
        ["Sales", 0.18, "Sales @ 18%"],
        ["output cgst", "", "Output CGST"],
        ["Sales Return", "*", "Sales Returns"],
        ["Party", "Sharma & Sons", "Sharma & Sons (Pune) <Old>"],
        ["", "", ""],
      ]),
    );
    expect(findings).toEqual([]);
    expect(entries).toEqual([
      { row: 2, kind: "Sales", workbookValue: "18", tallyName: "Sales @ 18%" },
      { row: 3, kind: "Output CGST", workbookValue: "", tallyName: "Output CGST" },
      { row: 4, kind: "SalesReturn", workbookValue: "*", tallyName: "Sales Returns" },
      { row: 5, kind: "Party", workbookValue: "Sharma & Sons", tallyName: "Sharma & Sons (Pune) <Old>" },
    ]);
  });

  it("refuses a kind it does not know and a row without a Tally name", () => {
    const { entries, findings } = readLedgerMap(
      tableFromGrid("LedgerMap", [HEADER, ["Customer", "Gupta", "Gupta Traders"], ["Party", "Gupta", ""]]),
    );
    expect(entries).toEqual([]);
    expect(findings.map((f) => [f.row, f.column, f.code, f.message])).toEqual([
      [
        2,
        "Kind",
        "ledger-map.kind",
        expect.stringMatching(/^LedgerMap Kind "Customer" is not one of Party, Sales, Purchase, .*, Ledger\.$/),
      ],
      [3, "Tally Name", "cell.blank", "Tally Name is blank; fill it in."],
    ]);
  });

  it("refuses one workbook value mapped to two Tally names, but not the same name twice", () => {
    const { entries, findings } = readLedgerMap(
      tableFromGrid("LedgerMap", [
        HEADER,
        ["Sales", "18", "Sales @18%"],
        ["Sales", "18%", "GST Sales 18"],
        ["Account", "HDFC", "HDFC Bank"],
        ["Account", " hdfc ", "hdfc bank"],
      ]),
    );
    expect(entries.map((e) => e.row)).toEqual([2, 4]);
    expect(findings).toEqual([
      {
        table: "LedgerMap",
        row: 3,
        column: "Tally Name",
        severity: "error",
        code: "ledger-map.conflict",
        message: 'LedgerMap maps Sales "18%" twice, to "Sales @18%" and "GST Sales 18" (first on row 2); keep one.',
        params: { kind: "Sales", workbookValue: "18%", tallyNames: ["Sales @18%", "GST Sales 18"], firstRow: 2 },
        value: "GST Sales 18",
      },
    ]);
  });

  it("is empty without the table, and says which column is missing", () => {
    expect(readLedgerMap(undefined)).toEqual({ entries: [], findings: [] });
    const { findings } = readLedgerMap(tableFromGrid("LedgerMap", [["Kind", "Tally Name"]]));
    expect(findings.map((f) => f.message)).toEqual(['The LedgerMap table has no "Workbook Value" column; add it to the header row.']);
  });
});
