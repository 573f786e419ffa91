import { finding, type At, type Severity } from "../core/findings";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { findingLocation, groupFindings } from "./finding-groups";

/** A finding at a place; `value` labels it where the test follows one finding through the grouping. */
const f = ({ severity = "error", ...at }: Partial<At> & { severity?: Severity }) => ({
  ...finding("cell.blank", { table: "Sales", row: 2, column: "", ...at }),
  severity,
});

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

  it("finds the column under another name the core accepts for it, as the .xlsx adapter and Go to do", () => {
    const renamed = {
      tables: {
        Sales: { ...input.tables.Sales!, headers: input.tables.Sales!.headers.map((h) => (h === "Taxable Value" ? "Taxable Amount" : h)) },
      },
    };
    expect(findingLocation(f({ row: 4, column: "Taxable Value" }), renamed)).toBe("Sales!F4");
  });

  it("quotes a sheet name with spaces", () => {
    const spaced = { tables: { Sales: { ...input.tables.Sales!, sheet: "Sales 2026's" } } };
    expect(findingLocation(f({ row: 2, column: "Date" }), spaced)).toBe("'Sales 2026''s'!A2");
  });
});
