/**
 * Issue #16's bad cells: text holding half of a UTF-16 pair becomes a finding at its cell (so no
 * import file or push body is ever built from it), and a date serial Excel cannot hold is refused
 * with the cell's own value, never JavaScript's date text.
 */
import { XMLValidator } from "fast-xml-parser";
import { prepareHandoff } from "../../src/core/handoff";
import { buildVoucherImport } from "../../src/core/tally/write";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import { baselineWorkbook, withCell } from "../support/baseline-workbook";

const HALF_EMOJI = "Sharma \uD83D Traders"; // the first half of 😀 without its second
const STRAY_SECOND_HALF = "Note \uDE00 end";
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every text cell of the baseline workbook (ops tables and LedgerMap), as [table, index, column]. */
function textCells(input: WorkbookInput): [string, number, string][] {
  const out: [string, number, string][] = [];
  for (const [name, table] of Object.entries(input.tables) as [string, TableInput][]) {
    if (name === "HandoffSettings") continue;
    table.rows.forEach((row, index) =>
      row.forEach((cell, col) => {
        if (typeof cell === "string" && cell.trim() !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(cell))
          out.push([name, index, table.headers[col]]);
      }),
    );
  }
  return out;
}

describe("text with a broken character", () => {
  const cells = textCells(baselineWorkbook());

  it("covers every kind of table", () => {
    expect(new Set(cells.map((c) => c[0])).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cells)("in %s row %i column %s is a finding at its cell, and the XML stays well-formed", (table, index, column) => {
    const handoff = prepareHandoff(withCell(baselineWorkbook(), table, index, column, HALF_EMOJI));
    const at = handoff.findings.filter((f) => f.table === table && f.row === index + 2 && f.column === column);
    expect(at.length).toBeGreaterThan(0);
    expect(at[0].severity).toBe("error");
    expect(at[0].value).toBe("Sharma \uFFFD Traders");
    expect(LONE.test(at[0].message)).toBe(false);
    // The guard: what would be sent or exported for this workbook never carries the broken text.
    const xml = buildVoucherImport(handoff.vouchers, { company: "Demo Trading Co", envelope: "legacy" });
    expect(LONE.test(xml)).toBe(false);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("says so in one plain sentence for an ops table's cell, naming the column", () => {
    const handoff = prepareHandoff(withCell(baselineWorkbook(), "Sales", 0, "Customer", STRAY_SECOND_HALF));
    expect(handoff.findings).toEqual([
      expect.objectContaining({
        code: "cell.broken-text",
        table: "Sales",
        row: 2,
        column: "Customer",
        value: "Note \uFFFD end",
        message:
          'Customer "Note \uFFFD end" has a broken character (half of a symbol such as an emoji, shown as \uFFFD); type the text again.',
      }),
    ]);
  });

  it("keeps a whole emoji (both halves) as ordinary text", () => {
    const handoff = prepareHandoff(withCell(baselineWorkbook(), "Sales", 0, "Narration", "Diwali order \uD83D\uDE00"));
    expect(handoff.findings).toEqual([]);
    expect(buildVoucherImport(handoff.vouchers, { company: "Demo Trading Co", envelope: "legacy" })).toContain("Diwali order \uD83D\uDE00");
  });

  it("in Settings' Company is refused at its cell", () => {
    const input = baselineWorkbook();
    const settings = input.tables.HandoffSettings as TableInput;
    const row = settings.rows.findIndex((r) => r[0] === "Tally Company");
    const handoff = prepareHandoff(withCell(input, "HandoffSettings", row, "Value", HALF_EMOJI));
    const found = handoff.findings.find((f) => f.table === "HandoffSettings" && f.row === row + 2);
    expect(found).toMatchObject({ severity: "error", value: "Sharma \uFFFD Traders" });
    expect(found?.message).toContain("has a broken character");
  });
});

describe("date serials Excel cannot hold", () => {
  // 1899-12-30 is serial 0; 10000-01-01 is serial 2958466 (Excel's last day is 31-Dec-9999, 2958465).
  const CASES: [string, unknown, string][] = [
    ["serial 0", 0, "0"],
    ["serial 2958466", 2958466, "2958466"],
    ["serial -5", -5, "-5"],
    ["serial 0 as the date exceljs reads", new Date(Date.UTC(1899, 11, 30)), "0"],
    ["serial 2958466 as the date exceljs reads", new Date(Date.UTC(10000, 0, 1)), "2958466"],
  ];

  it.each(CASES)("%s is refused with the cell's own value", (_label, value, shown) => {
    const handoff = prepareHandoff(withCell(baselineWorkbook(), "Sales", 0, "Date", value));
    const found = handoff.findings.filter((f) => f.table === "Sales" && f.row === 2 && f.column === "Date");
    expect(found).toEqual([
      expect.objectContaining({
        code: "cell.invalid",
        value: shown,
        message: `Date "${shown}" is not a date from 1-Mar-1900 to 31-Dec-9999.`,
      }),
    ]);
    expect(found[0].message).not.toMatch(/GMT|18\d\d/);
  });

  it("still reads Excel's last day, serial 2958465", () => {
    const handoff = prepareHandoff(withCell(baselineWorkbook(), "Sales", 0, "Date", 2958465));
    const found = handoff.findings.filter((f) => f.table === "Sales" && f.row === 2 && f.column === "Date");
    expect(found.map((f) => f.code)).toEqual(["date.outside-books"]);
    expect(found[0].value).toBe("31-Dec-9999");
  });
});
