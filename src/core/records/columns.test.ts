import { readText } from "./cells";
import { headerKey, matchColumns, type ColumnSpec } from "./columns";

const specs: readonly ColumnSpec[] = [
  { header: "Invoice No", field: "invoiceNo", required: true, read: readText, aliases: ["Invoice Number", "Inv No"] },
  { header: "GST Rate %", field: "gstRate", required: true, read: readText, aliases: ["GST %"] },
  { header: "Narration", field: "narration", read: readText },
];

describe("matching the header row", () => {
  it.each([["GST Rate %"], ["gst rate"], ["GSTRate%"], [" GST  RATE % "], ["Gst_Rate"]])(
    "finds the GST Rate %% column written as %p",
    (header) => {
      const match = matchColumns("Sales", ["Invoice No", header], specs);
      expect(match.findings).toEqual([]);
      expect(match.columns.map((c) => [c.spec.header, c.col])).toEqual([
        ["Invoice No", 0],
        ["GST Rate %", 1],
      ]);
    },
  );

  it("accepts the listed other names, in any order, and ignores extra and status columns", () => {
    const match = matchColumns("Sales", ["Salesman", "GST %", "Tally Status", "Inv No", "Tally Note", "narration"], specs);
    expect(match.findings).toEqual([]);
    expect(match.columns.map((c) => [c.spec.field, c.col])).toEqual([
      ["invoiceNo", 3],
      ["gstRate", 1],
      ["narration", 5],
    ]);
  });

  it("gives one finding per missing required column, for the table and not per row", () => {
    const match = matchColumns("Sales", ["Invoice Date", "Narration"], specs);
    expect(match.missing).toEqual(["Invoice No", "GST Rate %"]);
    expect(match.findings).toEqual([
      {
        table: "Sales",
        row: 0,
        column: "Invoice No",
        severity: "error",
        code: "column.missing",
        message: 'The Sales table has no "Invoice No" column; add it to the header row.',
        params: {},
      },
      expect.objectContaining({ code: "column.missing", column: "GST Rate %" }),
    ]);
  });

  it("does not mistake an optional column's absence for a problem", () => {
    expect(matchColumns("Sales", ["Invoice No", "GST Rate %"], specs).findings).toEqual([]);
  });

  it("reports a column given twice once, and reads the leftmost", () => {
    const match = matchColumns("Sales", ["Invoice No", "GST Rate %", "Inv No", "invoice no"], specs);
    expect(match.columns[0].col).toBe(0);
    expect(match.findings).toHaveLength(1);
    expect(match.findings[0]).toMatchObject({ code: "column.duplicate", column: "Invoice No", row: 0 });
    expect(match.findings[0].message).toBe(
      'The Sales table has the "Invoice No" column more than once ("Invoice No", "Inv No", "invoice no"); keep one, only the leftmost is read.',
    );
  });

  it("never takes a status column for data, even if its name were an alias", () => {
    const statusAlias: ColumnSpec[] = [{ header: "Note", field: "note", read: readText, aliases: ["Tally Note"] }];
    expect(matchColumns("Sales", ["Tally Note"], statusAlias).columns).toEqual([]);
  });

  it("compares letters and digits only, in any script", () => {
    expect(headerKey("HSN/SAC")).toBe("hsnsac");
    expect(headerKey("राशि (₹)")).toBe(headerKey("राशि"));
    expect(headerKey(null)).toBe("");
  });
});
