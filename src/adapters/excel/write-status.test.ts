import { readTable, tableColumn, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { SALES_HEADERS, salesRows, salesTable, sheetWith } from "../../../test/support/fake-excel/ops-workbook";
import type { RowVerdict } from "../../core/handoff";
import type { Voucher } from "../../core/vouchers/model";
import type { VoucherResult } from "../../engine/ports";
import { createExcelWorkbook } from "./excel-workbook";
import { DEFAULT_PAYLOAD_BUDGET } from "./request-size";

const { host, install } = fakeOfficeEachTest();

const withStatus = (rows: unknown[][], status = "", note = "") => rows.map((r) => [...r, status, note]);
const STATUS_HEADERS = [...SALES_HEADERS, "Tally Status", "Tally Note"];
const statusTable = (rows: unknown[][]) => sheetWith({ name: "Sales", headers: STATUS_HEADERS, rows });

function verdict(index: number, status: RowVerdict["status"], note = ""): RowVerdict {
  return { table: "Sales", index, row: index + 2, status, note };
}

function result(indexes: number[], outcome: VoucherResult["outcome"], message: string): VoucherResult {
  const voucher = { source: { table: "Sales", rows: indexes.map((i) => i + 2), indexes } } as unknown as Voucher;
  return { voucher, outcome, message, action: "Create" };
}

describe("writeVerdicts", () => {
  it("writes Ready and Invalid with the reason, and leaves rows not mentioned as they were", async () => {
    install([statusTable(withStatus(salesRows(6), "Posted", "earlier"))]);
    await createExcelWorkbook().writeVerdicts([verdict(1, "Ready"), verdict(2, "Invalid", "Customer is blank."), verdict(4, "Ready")]);
    expect(tableColumn(host.model, "Sales", "Tally Status")).toEqual(["Posted", "Ready", "Invalid", "Posted", "Ready", "Posted"]);
    expect(tableColumn(host.model, "Sales", "Tally Note")).toEqual(["earlier", "", "Customer is blank.", "earlier", "", "earlier"]);
    expect(readTable(host.model, "Sales").rows.map((r) => r.slice(0, 15))).toEqual(salesRows(6));
  });

  it("takes the same 3 syncs for 10 changed rows as for 5,000", async () => {
    install([statusTable(withStatus(salesRows(5_000)))]);
    await createExcelWorkbook().writeVerdicts(Array.from({ length: 10 }, (_, i) => verdict(i * 7, "Ready")));
    const few = host.syncCount();
    host.resetCounts();
    await createExcelWorkbook().writeVerdicts(Array.from({ length: 5_000 }, (_, i) => verdict(i, i % 2 ? "Ready" : "Invalid", "why")));
    expect([few, host.syncCount()]).toEqual([3, 3]);
    expect(tableColumn(host.model, "Sales", "Tally Status").slice(0, 3)).toEqual(["Invalid", "Ready", "Invalid"]);
  });

  it("adds the two status columns to a table without them, changing none of the user's cells", async () => {
    install([sheetWith(salesTable(salesRows(3)), { cells: { R2: "the user's own cell" } })]);
    await createExcelWorkbook().writeVerdicts([verdict(0, "Ready"), verdict(2, "Invalid", "GST Rate % is blank.")]);
    const table = readTable(host.model, "Sales");
    expect(table.headers).toEqual(STATUS_HEADERS);
    expect(table.rows).toEqual([
      [...salesRows(3)[0], "Ready", ""],
      [...salesRows(3)[1], "", ""],
      [...salesRows(3)[2], "Invalid", "GST Rate % is blank."],
    ]);
    expect(host.model.sheets[0].values[1]?.[19]).toBe("the user's own cell");
  });

  it("writes columns that are not side by side one at a time, found by header in any case", async () => {
    const headers = ["TALLY NOTE", "Invoice No", "tally status"];
    install([
      sheetWith({
        name: "Sales",
        headers,
        rows: [
          ["", "A", ""],
          ["", "B", ""],
        ],
      }),
    ]);
    await createExcelWorkbook().writeVerdicts([verdict(1, "Invalid", "Date is blank.")]);
    expect(readTable(host.model, "Sales").rows).toEqual([
      ["", "A", ""],
      ["Date is blank.", "B", "Invalid"],
    ]);
  });

  it("keeps a note that Excel would read as a number, a date or a formula exactly as text", async () => {
    install([statusTable(withStatus(salesRows(3)))]);
    const notes = ["=SUM(A1)", "-5 is below zero", "1-4"];
    await createExcelWorkbook().writeVerdicts(notes.map((n, i) => verdict(i, "Invalid", n)));
    expect(tableColumn(host.model, "Sales", "Tally Note")).toEqual(notes);
  });

  it("skips rows beyond the table and tables that are not in the workbook", async () => {
    install([statusTable(withStatus(salesRows(2)))]);
    const before = readTable(host.model, "Sales");
    await createExcelWorkbook().writeVerdicts([verdict(5, "Ready"), { ...verdict(0, "Ready"), table: "Returns" }]);
    expect(readTable(host.model, "Sales")).toEqual(before);
  });

  it("cuts a 100,000-row write into syncs under the budget", async () => {
    install([statusTable(withStatus(salesRows(100_000)))]);
    const note = "Taxable Value does not agree with Qty x Rate less Discount.";
    await createExcelWorkbook().writeVerdicts(Array.from({ length: 100_000 }, (_, i) => verdict(i, "Invalid", note)));
    const bytes = 100_000 * JSON.stringify(["'Invalid", `'${note}`]).length;
    expect(host.syncCount()).toBe(2 + Math.ceil(bytes / DEFAULT_PAYLOAD_BUDGET));
    expect(host.largestPayload()).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(tableColumn(host.model, "Sales", "Tally Note")[99_999]).toBe(note);
  });
});

describe("statuses.write (push results)", () => {
  it("marks every row of each voucher Posted, Failed or Unknown with its message", async () => {
    install([statusTable(withStatus(salesRows(6), "Ready"))]);
    await createExcelWorkbook().statuses.write([
      result([0, 1], "Posted", "Created in Tally."),
      result([2], "Failed", "Ledger 'Gupta Traders' does not exist."),
      result([4, 5], "Unknown", "Tally did not answer; checking again on the next push."),
    ]);
    expect(tableColumn(host.model, "Sales", "Tally Status")).toEqual(["Posted", "Posted", "Failed", "Ready", "Unknown", "Unknown"]);
    expect(tableColumn(host.model, "Sales", "Tally Note")[2]).toBe("Ledger 'Gupta Traders' does not exist.");
  });

  it("does not reach Excel for an empty batch", async () => {
    install([statusTable(withStatus(salesRows(1)))]);
    await createExcelWorkbook().statuses.write([]);
    expect(host.syncCount()).toBe(0);
  });
});
