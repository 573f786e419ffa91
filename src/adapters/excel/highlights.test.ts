import { cellAt, snapshot, type FakeOfficeHost, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { salesRows, salesTable, sheetWith } from "../../../test/support/fake-excel/ops-workbook";
import { finding, type Finding } from "../../core/findings";
import { createExcelWorkbook } from "./excel-workbook";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, MARKS_PER_SYNC } from "./highlights";

const office = fakeOfficeEachTest();
const host = office.host;

const USER_SCALE = { address: "G2:G11", type: "ColorScale" };
const USER_RULE = { address: "K2:K11", type: "Custom", formula: "=K2>1000", fill: "#C6EFCE" };

function install(): FakeOfficeHost {
  const sheet = sheetWith(salesTable(salesRows(10)), {
    fills: { B3: "#FFFF00", C4: "#00B0F0" },
    conditionalFormats: [USER_SCALE, USER_RULE],
  });
  return office.install([sheet]);
}

const error = (row: number, column: string, table: Finding["table"] = "Sales"): Finding => finding("cell.blank", { table, row, column });

const ours = () =>
  host.model.sheets[0].conditionalFormats.filter((f) => f.formula === HIGHLIGHT_FORMULA).map((f) => ({ area: f.area, fill: f.fill }));

describe("highlight and clearHighlights", () => {
  it("marks error cells with conditional formats, one per run of rows, and never touches the user's fills", async () => {
    install();
    const findings = [error(3, "Invoice No"), error(4, "Invoice No"), error(5, "Invoice No"), error(4, "Customer"), error(9, "Invoice No")];
    await createExcelWorkbook().highlight([...findings, { ...error(6, "Customer"), severity: "warning" }]);
    expect(ours()).toEqual(
      [
        { area: { row: 2, col: 1, rows: 3, cols: 1 }, fill: HIGHLIGHT_FILL },
        { area: { row: 8, col: 1, rows: 1, cols: 1 }, fill: HIGHLIGHT_FILL },
        { area: { row: 3, col: 2, rows: 1, cols: 1 }, fill: HIGHLIGHT_FILL },
      ].reverse(),
    );
    expect([cellAt(host.model, "Sales", "B3").fill, cellAt(host.model, "Sales", "C4").fill]).toEqual(["#FFFF00", "#00B0F0"]);
  });

  it("clears exactly its own marks: the workbook is as it was before, the user's rules included", async () => {
    install();
    const before = snapshot(host.model);
    await createExcelWorkbook().highlight([error(2, "Invoice No"), error(7, "Taxable Value"), error(7, "Customer")]);
    expect(ours()).toHaveLength(3);
    await createExcelWorkbook().clearHighlights();
    expect(snapshot(host.model)).toEqual(before);
  });

  it("replaces the previous marks on a second highlight", async () => {
    install();
    await createExcelWorkbook().highlight([error(2, "Invoice No"), error(3, "Customer")]);
    await createExcelWorkbook().highlight([error(6, "Item")]);
    expect(ours()).toEqual([{ area: { row: 5, col: 5, rows: 1, cols: 1 }, fill: HIGHLIGHT_FILL }]);
    expect(host.model.sheets[0].conditionalFormats).toHaveLength(3);
  });

  it("takes three syncs for one error cell and for a thousand", async () => {
    office.install([sheetWith(salesTable(salesRows(2_000)))]);
    await createExcelWorkbook().highlight([error(2, "Date")]);
    const one = host.syncCount();
    host.resetCounts();
    await createExcelWorkbook().highlight(Array.from({ length: 1_000 }, (_, i) => error(2 + i * 2, "Date")));
    expect([one, host.syncCount()]).toEqual([3, 3]);
    expect(ours()).toHaveLength(1_000);
  });

  it("queues at most MARKS_PER_SYNC marks in one sync, so a request stays small", async () => {
    office.install([sheetWith(salesTable(salesRows(6_000)))]);
    await createExcelWorkbook().highlight(Array.from({ length: 2_500 }, (_, i) => error(2 + i * 2, "Date")));
    expect(ours()).toHaveLength(2_500);
    expect(host.syncCount()).toBe(2 + Math.ceil(2_500 / MARKS_PER_SYNC));
  });

  it("finds a column under another name and skips cells outside the table's body", async () => {
    office.install({
      sheets: [
        sheetWith({
          name: "Sales",
          headers: ["Date", "Inv No"],
          rows: [
            [1, "A"],
            [2, "B"],
          ],
        }),
      ],
    });
    await createExcelWorkbook().highlight([
      error(3, "Invoice No"),
      error(40, "Invoice No"),
      error(2, "Customer"),
      error(2, "Date", "Purchases"),
    ]);
    expect(ours()).toEqual([{ area: { row: 2, col: 1, rows: 1, cols: 1 }, fill: HIGHLIGHT_FILL }]);
  });
});
