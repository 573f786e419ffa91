import { cellAt, readTable, snapshot, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { SALES_HEADERS, salesRows, salesTable, sheetWith } from "../../../test/support/fake-excel/ops-workbook";
import { OPS_TABLES } from "../../core/findings";
import { POSTING_LOG_HEADERS } from "../../core/push/posting-log";
import { readSettings } from "../../core/records/settings";
import { createExcelWorkbook } from "./excel-workbook";
import { OPS_COLUMNS } from "../../core/records/ops-tables";
import { GST_RATE_CHOICES } from "./table-specs";

const { host, install } = fakeOfficeEachTest();

const validationAt = (sheet: string, col: number) =>
  host.model.sheets.find((s) => s.name === sheet)?.validations.find((v) => v.area.col === col && v.area.row === 1);

describe("setupWorkbook", () => {
  it("creates the eight ops tables on their own sheets, with the contract's headers and the status columns", async () => {
    install([{ name: "Sheet1" }]);
    const report = await createExcelWorkbook().setupWorkbook();
    expect(report).toEqual({
      createdTables: [...OPS_TABLES, "HandoffSettings", "LedgerMap", "PostingLog"],
      addedColumns: [],
      createdHiddenSheet: true,
    });
    for (const name of OPS_TABLES) {
      const table = readTable(host.model, name);
      expect(table.address.startsWith(`${name}!A1:`)).toBe(true);
      expect(table.headers).toEqual([...OPS_COLUMNS[name].map((c) => c.header), "Tally Status", "Tally Note"]);
    }
    expect(readTable(host.model, "Receipts").headers).toContain("Opening Bill");
    expect(readTable(host.model, "Payments").headers).toContain("Opening Bill");
    expect(readTable(host.model, "Returns").headers).toContain("External");
    expect(host.model.activeSheet).toBe("Sheet1");
    expect(host.syncCount()).toBe(2);
  });

  it("formats dates, Indian money and identifiers as text, and offers drop-down lists", async () => {
    install([{ name: "Sheet1" }]);
    await createExcelWorkbook().setupWorkbook();
    expect(["A2", "B2", "K2", "L2", "M2"].map((a) => cellAt(host.model, "Sales", a).numberFormat)).toEqual([
      "dd-mmm-yyyy",
      "@",
      "#,##,##0.00",
      "General",
      "@",
    ]);
    expect(validationAt("Sales", 11)?.rule).toEqual({ list: { inCellDropDown: true, source: GST_RATE_CHOICES.join(",") } });
    expect(GST_RATE_CHOICES).toEqual(["0", "0.1", "0.25", "1.5", "3", "5", "18", "40", "12", "28"]);
    expect(validationAt("Receipts", 4)?.rule).toEqual({ list: { inCellDropDown: true, source: "Cash,Bank,UPI,Cheque,Card" } });
    expect(validationAt("Returns", 2)?.rule).toEqual({ list: { inCellDropDown: true, source: "Sales Return,Purchase Return" } });
    expect(validationAt("Returns", 6)?.rule).toEqual({ list: { inCellDropDown: true, source: "Yes,No" } });
    expect(validationAt("Sales", 11)?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
  });

  it("makes the hidden sheet with default settings the core reads without complaint about keys", async () => {
    install([{ name: "Sheet1" }]);
    await createExcelWorkbook().setupWorkbook();
    expect(host.model.sheets.find((s) => s.name === "TallyHandoff")?.visibility).toBe("Hidden");
    const settings = readTable(host.model, "HandoffSettings");
    const read = readSettings({ name: "HandoffSettings", headers: settings.headers, rows: settings.rows });
    expect(read.findings.filter((f) => f.code.startsWith("settings.unknown") || f.code.startsWith("settings.duplicate"))).toEqual([]);
    expect(read.settings).toMatchObject({
      roundOffLedger: "Round Off",
      roundTotals: true,
      defaultGodown: "Main Location",
      hsnDigits: 4,
      contractVersion: "1",
    });
    expect(settings.rows.map((r) => r[0])).toContain("Tally Company");
    expect(readTable(host.model, "LedgerMap")).toMatchObject({ headers: ["Kind", "Workbook Value", "Tally Name"], rows: [["", "", ""]] });
    expect(readTable(host.model, "PostingLog").headers).toEqual([...POSTING_LOG_HEADERS]);
  });

  it("changes nothing when run a second time", async () => {
    install([{ name: "Sheet1" }]);
    await createExcelWorkbook().setupWorkbook();
    const after = snapshot(host.model);
    host.resetCounts();
    const again = await createExcelWorkbook().setupWorkbook();
    expect(again).toEqual({ createdTables: [], addedColumns: [], createdHiddenSheet: false });
    expect(snapshot(host.model)).toEqual(after);
    expect(host.syncCount()).toBe(1);
  });

  it("adds only the status columns to a user's own table and changes none of their cells", async () => {
    install([sheetWith(salesTable(salesRows(50)), { cells: { A60: "totals below", Q1: "a note beside" } })]);
    const report = await createExcelWorkbook().setupWorkbook();
    expect(report.addedColumns).toEqual(["Sales: Tally Status", "Sales: Tally Note"]);
    expect(report.createdTables).not.toContain("Sales");
    const table = readTable(host.model, "Sales");
    expect(table.headers).toEqual([...SALES_HEADERS, "Tally Status", "Tally Note"]);
    expect(table.rows.map((r) => r.slice(0, 15))).toEqual(salesRows(50));
    expect(table.rows.every((r) => r[15] === "" && r[16] === "")).toBe(true);
    expect(cellAt(host.model, "Sales", "A60").value).toBe("totals below");
    expect(cellAt(host.model, "Sales", "S1").value).toBe("a note beside");
    expect(cellAt(host.model, "Sales", "A2").numberFormat).toBe("General");
    const second = snapshot(host.model);
    await createExcelWorkbook().setupWorkbook();
    expect(snapshot(host.model)).toEqual(second);
  });

  it("leaves a sheet named like a missing table alone when it holds data, and uses an empty one", async () => {
    install([{ name: "Sales", cells: { A1: "my own sales notes" } }, { name: "Purchases" }]);
    await createExcelWorkbook().setupWorkbook();
    expect(cellAt(host.model, "Sales", "A1").value).toBe("my own sales notes");
    expect(readTable(host.model, "Sales").address).toBe("'Sales 2'!A1:Q2");
    expect(readTable(host.model, "Purchases").address.startsWith("Purchases!A1:")).toBe(true);
  });
});
