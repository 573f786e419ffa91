import { finding, type At, type Severity } from "../core/findings";
import { prepareHandoff } from "../core/handoff";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { columnLetters, countPerTable, findingLocation, groupFindings } from "./finding-groups";

/** A finding at a place; `value` labels it where the test follows one finding through the grouping. */
const f = ({ severity = "error", ...at }: Partial<At> & { severity?: Severity }) => ({ ...finding("cell.blank", { table: "Sales", row: 2, column: "", ...at }), severity });

describe("groupFindings", () => {
  it("puts Settings and LedgerMap first, then the tables in contract order, errors before warnings in each", () => {
    const groups = groupFindings([
      f({ table: "Receipts", row: 3 }),
      f({ table: "Sales", row: 2, severity: "warning", value: "w1" }),
      f({ table: "Sales", row: 9, value: "e1" }),
      f({ table: "HandoffSettings", row: 0 }),
      f({ table: "Sales", row: 4, value: "e2" }),
    ]);
    expect(groups.map((g) => g.table)).toEqual(["HandoffSettings", "Sales", "Receipts"]);
    expect(groups[1].findings.map((x) => x.value)).toEqual(["e1", "e2", "w1"]);
    expect(groups[1]).toMatchObject({ errors: 2, warnings: 1 });
  });

  it("gives no groups for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe("countPerTable", () => {
  it("counts rows read (rejected ones too), vouchers built, errors and warnings", () => {
    const counts = countPerTable(prepareHandoff(sampleWorkbook()));
    expect(counts).toEqual([
      { table: "Sales", rows: 4, vouchers: 2, errors: 2, warnings: 1 },
      { table: "Receipts", rows: 2, vouchers: 1, errors: 1, warnings: 0 },
    ]);
  });
});

describe("findingLocation", () => {
  const input = sampleWorkbook();

  it("names the cell as Excel does, from the table's headers", () => {
    expect(findingLocation(f({ row: 4, column: "Taxable Value" }), input)).toBe("Sales!F4");
    expect(findingLocation(f({ table: "LedgerMap", row: 3, column: "Tally Name" }), input)).toBe("TallyHandoff!C3");
  });

  it("matches the header loosely and falls back to the row when the column is not in the table", () => {
    expect(findingLocation(f({ row: 7, column: "taxable  value" }), input)).toBe("Sales!F7");
    expect(findingLocation(f({ row: 7, column: "Godown" }), input)).toBe("Sales!7:7");
    expect(findingLocation(f({ row: 7, column: "" }), input)).toBe("Sales!7:7");
  });

  it("names a whole-table problem by its sheet and column", () => {
    expect(findingLocation(f({ row: 0, column: "GST Rate %" }), input)).toBe("Sales, column GST Rate %");
    expect(findingLocation(f({ table: "Journals", row: 0 }))).toBe("Journals");
  });

  it("quotes a sheet name with spaces", () => {
    const spaced = { tables: { Sales: { ...input.tables.Sales!, sheet: "Sales 2026's" } } };
    expect(findingLocation(f({ row: 2, column: "Date" }), spaced)).toBe("'Sales 2026''s'!A2");
  });
});

describe("columnLetters", () => {
  it("counts A to Z, then AA", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
