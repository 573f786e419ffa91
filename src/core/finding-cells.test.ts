import { columnLetters, columnPosition, findingCell, sheetRef, type TablePlace } from "./finding-cells";

describe("columnLetters", () => {
  it("counts A to Z, then AA", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("sheetRef", () => {
  it("quotes sheet names with spaces or apostrophes as Excel formulas do", () => {
    expect(sheetRef("Sales")).toBe("Sales");
    expect(sheetRef("Sales Register")).toBe("'Sales Register'");
    expect(sheetRef("D'Souza")).toBe("'D''Souza'");
  });
});

describe("columnPosition", () => {
  it("finds an ops column under its header or another name, loosely, leftmost first", () => {
    expect(columnPosition("Sales", ["Salesperson", "Date", "Inv No", "Invoice Number"], "Invoice No")).toBe(2);
    expect(columnPosition("Sales", ["gst  rate"], "GST Rate %")).toBe(0);
    expect(columnPosition("Sales", ["Date"], "Godown")).toBe(-1);
  });

  it("matches other tables' headers by name only", () => {
    expect(columnPosition("HandoffSettings", ["Key", "Value"], "value")).toBe(1);
    expect(columnPosition("LedgerMap", ["Kind", "Workbook Value", "Tally Name"], "Tally Name")).toBe(2);
  });
});

describe("findingCell", () => {
  const sales: TablePlace = {
    sheet: "Sales Register",
    headers: ["Salesperson", "Date", "Inv No", "Customer"],
    firstColumn: 1,
    headerRow: 4,
  };
  const at = (row: number, column: string) => findingCell({ table: "Sales", row, column }, sales);

  it("gives the sheet column of the finding's column, counted from the table's first column", () => {
    expect(at(6, "Invoice No")).toEqual({ sheet: "Sales Register", row: 6, col: 3 });
  });

  it("gives the header row for a whole-table finding and no column for a whole-row one", () => {
    expect(at(0, "Customer")).toEqual({ sheet: "Sales Register", row: 4, col: 4 });
    expect(at(6, "")).toEqual({ sheet: "Sales Register", row: 6, col: undefined });
    expect(at(6, "Narration")).toEqual({ sheet: "Sales Register", row: 6, col: undefined });
  });

  it("points a Settings finding named by its key at that key's Value cell, when it knows the keys", () => {
    const settings: TablePlace = { sheet: "TallyHandoff", headers: ["Key", "Value"], firstColumn: 0, headerRow: 1 };
    const rows = [
      ["Tally Company", "X"],
      ["Round Off Ledger", "Round Off"],
    ];
    const f = { table: "HandoffSettings" as const, row: 0, column: "round off ledger" };
    expect(findingCell(f, { ...settings, settings: { rows, firstRow: 2 } })).toEqual({ sheet: "TallyHandoff", row: 3, col: 1 });
    expect(findingCell(f, settings)).toEqual({ sheet: "TallyHandoff", row: 1, col: undefined });
    expect(findingCell({ ...f, row: 2, column: "Value" }, settings)).toEqual({ sheet: "TallyHandoff", row: 2, col: 1 });
  });
});
