import { cellAt, fakeOfficeEachTest, PAYLOAD_LIMIT, snapshot } from "../../../test/support/fake-excel";
import { handoffSheet, salesRows, salesTable, sheetWith } from "../../../test/support/fake-excel/ops-workbook";
import { RECONCILIATION_HEADERS } from "../../core/reconcile/sheet";
import { createExcelWorkbook } from "./excel-workbook";
import { DEFAULT_PAYLOAD_BUDGET } from "./request-size";

const { host, install } = fakeOfficeEachTest();

const voucher = (n: number, detail = ""): string[] => [
  "Voucher",
  "Differs from Tally",
  "2026-04-01",
  "Sales",
  `INV/${String(n).padStart(5, "0")}`,
  "Sales",
  `demo-sales-2026-INV/${n}`,
  detail,
  "",
  "",
];
const ledger: string[] = ["Ledger", "Differs from Tally", "", "", "", "", "", "Sales @ 18%", "1,23,456.00 Cr", "0.00"];
const report = (...rows: string[][]) => [[...RECONCILIATION_HEADERS], ...rows];

const books = () => [sheetWith(salesTable(salesRows(3))), handoffSheet()];

/** The Reconciliation sheet's used cells, read through the host as the pane would. */
async function sheetCells(): Promise<{ address: string; values: unknown[][] }> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("Reconciliation").getUsedRangeOrNullObject(true).load("address, values");
    await context.sync();
    return { address: used.address, values: used.values };
  });
}

const others = () => (snapshot(host.model) as { sheets: { name: string }[] }).sheets.filter((s) => s.name !== "Reconciliation");

describe("writeReconciliation", () => {
  it("creates a visible Reconciliation sheet in two syncs: Text cells, bold header, columns autofit", async () => {
    install(books());
    const rows = report(voucher(1), ledger);
    await createExcelWorkbook().writeReconciliation(rows);
    expect(host.syncCount()).toBe(2);
    const sheet = host.model.sheets.find((s) => s.name === "Reconciliation")!;
    expect(sheet.visibility).toBe("Visible");
    expect(await sheetCells()).toEqual({ address: "Reconciliation!A1:J3", values: rows });
    expect(["A1", "J1", "E2", "J3"].map((a) => cellAt(host.model, "Reconciliation", a).numberFormat)).toEqual(["@", "@", "@", "@"]);
    expect(["A1", "J1", "A2"].map((a) => cellAt(host.model, "Reconciliation", a).bold)).toEqual([true, true, false]);
    expect(sheet.autofits).toEqual([{ row: 0, col: 0, rows: 3, cols: 10 }]);
  });

  it("keeps text as written: leading zeros, amounts, and what would be a number, a date or a formula", async () => {
    install(books());
    const tricky = ["00123", "0.00", "=SUM(A1)", "-5", "+91 98200", "1-4", "@home", "1,23,456.00 Dr", "'quoted", "  spaced  "];
    await createExcelWorkbook().writeReconciliation(report(tricky));
    const { values } = await sheetCells();
    expect(values[1]).toEqual(tricky);
  });

  it("replaces the old report fully: fewer rows leave no stale cells, formats or bold", async () => {
    install(books());
    const port = createExcelWorkbook();
    await port.writeReconciliation(report(voucher(1), voucher(2), voucher(3), ledger));
    host.resetCounts();
    await port.writeReconciliation(report(voucher(9)));
    expect(host.syncCount()).toBe(3);
    expect(await sheetCells()).toEqual({ address: "Reconciliation!A1:J2", values: report(voucher(9)) });
    expect(cellAt(host.model, "Reconciliation", "E4")).toEqual({ value: "", numberFormat: "General", fill: undefined, bold: false });
    expect(host.model.sheets.filter((s) => s.name === "Reconciliation")).toHaveLength(1);
  });

  it("never touches another sheet, hidden or not", async () => {
    install(books());
    const before = others();
    const port = createExcelWorkbook();
    await port.writeReconciliation(report(voucher(1), ledger));
    await port.writeReconciliation(report(ledger));
    expect(others()).toEqual(before);
  });

  it("writes a 12,000-row report in syncs each under the budget, though the whole is over Office's 5 MB", async () => {
    install(books());
    const detail =
      "Date: 01-04-2026 in the workbook, 02-04-2026 in Tally; Party: Sharma & Sons in the workbook, Gupta Traders in Tally; ".repeat(3);
    const rows = report(...Array.from({ length: 12_000 }, (_, i) => voucher(i + 1, detail)));
    await createExcelWorkbook().writeReconciliation(rows);
    const syncs = host.ledger.syncs;
    const sent = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(sent).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(syncs.length).toBe(1 + Math.ceil(sent / DEFAULT_PAYLOAD_BUDGET));
    // Read from the model: reading 12,001 rows back through the host would be over 5 MB too.
    const cells = host.model.sheets.find((s) => s.name === "Reconciliation")!.values;
    expect(cells.map((row) => Array.from(row ?? [], (v) => v ?? ""))).toEqual(rows);
  });

  it("cuts the rows by a smaller budget into more syncs, none over it", async () => {
    install(books());
    const rows = report(...Array.from({ length: 2_000 }, (_, i) => voucher(i + 1)));
    await createExcelWorkbook(undefined, { payloadBudget: 100_000 }).writeReconciliation(rows);
    const writes = host.ledger.syncs.slice(1);
    const sent = writes.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(writes.length).toBeGreaterThanOrEqual(Math.ceil(sent / 100_000));
    expect(writes.every((s) => s.requestBytes <= 100_000)).toBe(true);
    expect((await sheetCells()).values).toEqual(rows);
  });

  it("shows a hidden Reconciliation sheet again when it writes the report", async () => {
    install([...books(), { name: "Reconciliation", visibility: "Hidden", cells: { A1: "Section", B1: "State", A2: "Voucher" } }]);
    await createExcelWorkbook().writeReconciliation(report(ledger));
    expect(host.model.sheets.find((s) => s.name === "Reconciliation")?.visibility).toBe("Visible");
    expect((await sheetCells()).values).toEqual(report(ledger));
  });

  it("refuses a sheet named Reconciliation that holds the user's own work, and leaves it as it was", async () => {
    install([...books(), { name: "reconciliation", cells: { A1: "Bank", B1: "Balance", B2: 1500 } }]);
    const before = snapshot(host.model);
    await expect(createExcelWorkbook().writeReconciliation(report(ledger))).rejects.toMatchObject({
      message: "The sheet reconciliation holds something other than a reconcile's report, so the report was not written over it.",
    });
    expect(snapshot(host.model)).toEqual(before);
  });

  it("refuses a Reconciliation sheet holding a table, naming the table", async () => {
    install([...books(), { name: "Reconciliation", tables: [{ name: "Checks", headers: ["Section", "State"], rows: [] }] }]);
    const before = snapshot(host.model);
    await expect(createExcelWorkbook().writeReconciliation(report(ledger))).rejects.toMatchObject({
      message: "The sheet Reconciliation holds the table Checks, so the reconcile's report was not written over it.",
    });
    expect(snapshot(host.model)).toEqual(before);
  });
});
