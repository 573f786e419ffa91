import { tableColumn, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { prepareHandoff, rowVerdicts } from "../../core/handoff";
import { createExcelWorkbook } from "./excel-workbook";
import { HIGHLIGHT_FORMULA } from "./highlights";

const { host, install } = fakeOfficeEachTest();

/** What a bookkeeper types into the new Sales table, below the blank row Excel gave it. */
async function typeSales(rows: unknown[][]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("Sales").rows.add(undefined, rows as (string | number)[][]);
    await context.sync();
  });
}

describe("createExcelWorkbook", () => {
  it("sets up a blank workbook, reads what was typed, and writes verdicts and marks back", async () => {
    install([{ name: "Sheet1" }]);
    const port = createExcelWorkbook();
    await port.setupWorkbook();
    await port.writeSetting("Tally Company", "Demo Trading Co");
    await port.writeSetting("Company State", "27");
    await port.writeSetting("Financial Years", "2026-27");
    const blank = Array(17).fill("");
    const line = (date: number, no: string, customer: string, taxable: number) =>
      Object.assign([...blank], { 0: date, 1: no, 2: customer, 10: taxable, 11: 18, 12: "998314" });
    await typeSales([line(46113, "INV-1", "Gupta Traders", 1000), line(46114, "INV-2", "", 500)]);

    await port.writeLedgerMap([
      { kind: "Sales", workbookValue: "18", tallyName: "Sales @ 18%" },
      { kind: "Output CGST", workbookValue: "18", tallyName: "Output CGST 9%" },
      { kind: "Output SGST", workbookValue: "18", tallyName: "Output SGST 9%" },
    ]);

    const handoff = prepareHandoff(await port.readWorkbook());
    expect(handoff.findings.map((f) => [f.row, f.column, f.code])).toEqual([[4, "Customer", "cell.blank"]]);
    expect(handoff.vouchers.map((v) => v.source)).toEqual([{ table: "Sales", rows: [3], indexes: [1] }]);
    await port.writeVerdicts(rowVerdicts(handoff));
    await port.highlight(handoff.findings);
    expect(tableColumn(host.model, "Sales", "Tally Status")).toEqual(["", "Ready", "Invalid"]);
    expect(tableColumn(host.model, "Sales", "Tally Note")[2]).toBe("Customer is blank; fill it in.");
    const marks = host.model.sheets.find((s) => s.name === "Sales")?.conditionalFormats ?? [];
    expect(marks.map((m) => [m.formula, m.area])).toEqual([[HIGHLIGHT_FORMULA, { row: 3, col: 2, rows: 1, cols: 1 }]]);
  });
});
