import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "./read-xlsx";
import { saveWorkbook } from "./save-xlsx";
import { snapshotFile } from "../../../test/support/workbook-snapshot";
import { writeStatusCells } from "./write-xlsx";
import { isWorkbookFileError } from "./workbook-file-error";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-write-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A Receipts table at A1 with a formatted amount, a highlighted cell and a formula, and nothing to its right. */
async function receiptsBook(name: string, besideTable?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addTable({
    name: "Receipts",
    ref: "A1",
    columns: ["Date", "Receipt No", "Customer", "Amount", "Double"].map((n) => ({ name: n })),
    rows: [
      [new Date(Date.UTC(2026, 3, 3)), "R-1", "Sharma & Sons", 1180, { formula: "D2*2", result: 2360 }],
      [new Date(Date.UTC(2026, 3, 4)), "R-2", "गुप्ता इलेक्ट्रिकल्स", 2500.5, { formula: "D3*2", result: 5001 }],
    ] as ExcelJS.CellValue[][],
  });
  ws.getCell("A2").numFmt = "dd-mmm-yyyy";
  ws.getCell("D2").numFmt = "#,##,##0.00";
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("C3").font = { bold: true };
  ws.getColumn(3).width = 30;
  if (besideTable) ws.getCell("F2").value = besideTable;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("writeStatusCells", () => {
  it("adds Tally Status and Tally Note to a table that lacks them and keeps every other cell as it was", async () => {
    const file = await receiptsBook("add-columns.xlsx");
    const before = await snapshotFile(file);
    const book = await readXlsx(file);
    writeStatusCells(book, [
      { table: "Receipts", index: 1, status: "Posted", note: "In Tally as Receipt R-2." },
      { table: "Receipts", index: 0, status: "Invalid", note: "Amount is not a number." },
    ]);
    await saveWorkbook(book);

    const after = await snapshotFile(file);
    expect(after.tables.get("Receipts")).toBe("Receipts!A1:G3");
    expect([...["F1", "G1", "F2", "G2", "F3", "G3"]].map((c) => after.cells.get(`Receipts!${c}`)?.value)).toEqual([
      "Tally Status",
      "Tally Note",
      "Invalid",
      "Amount is not a number.",
      "Posted",
      "In Tally as Receipt R-2.",
    ]);
    for (const [key, cell] of before.cells) expect([key, after.cells.get(key)]).toEqual([key, cell]);
    expect(after.widths.get("Receipts!C")).toBe(30);
    expect((await readXlsx(file)).input.tables.Receipts!.headers).toEqual([
      "Date",
      "Receipt No",
      "Customer",
      "Amount",
      "Double",
      "Tally Status",
      "Tally Note",
    ]);
  });

  it("writes into the status columns a table already has, and only inside the table's body", async () => {
    const file = await receiptsBook("existing.xlsx");
    const book = await readXlsx(file);
    writeStatusCells(book, [{ table: "Receipts", index: 0, status: "Ready", note: "" }]);
    writeStatusCells(book, [
      { table: "Receipts", index: 1, status: "Failed", note: "Ledger 'X' does not exist." },
      { table: "Receipts", index: 2, status: "Posted", note: "beyond" },
    ]);
    await saveWorkbook(book);
    const after = await snapshotFile(file);
    expect(after.tables.get("Receipts")).toBe("Receipts!A1:G3");
    expect(["F2", "G2", "F3", "G3", "F4"].map((c) => after.cells.get(`Receipts!${c}`)?.value ?? null)).toEqual([
      "Ready",
      null,
      "Failed",
      "Ledger 'X' does not exist.",
      null,
    ]);
  });

  it("refuses to add the columns over the user's own cells right of the table", async () => {
    const file = await receiptsBook("blocked.xlsx", "my note");
    const book = await readXlsx(file);
    let error: unknown;
    try {
      writeStatusCells(book, [{ table: "Receipts", index: 0, status: "Ready", note: "" }]);
    } catch (e) {
      error = e;
    }
    expect(isWorkbookFileError(error) && error.code).toBe("cannot-extend-table");
    expect((error as Error).message).toBe(
      'Column F on sheet Receipts, right of table Receipts, is not empty, so "Tally Status" cannot be added there.',
    );
    expect(book.workbook.getWorksheet("Receipts")!.getCell("F2").value).toBe("my note");
  });
});

describe("saveWorkbook", () => {
  it("replaces the file through a temporary file and leaves nothing else behind", async () => {
    const file = await receiptsBook("atomic.xlsx");
    const book = await readXlsx(file);
    writeStatusCells(book, [{ table: "Receipts", index: 0, status: "Ready", note: "" }]);
    await saveWorkbook(book);
    expect((await readdir(dir)).filter((n) => n.includes("atomic"))).toEqual(["atomic.xlsx"]);
  });

  it("fails with a clear message, and leaves the old file, when the folder cannot be written", async () => {
    const file = await receiptsBook("kept.xlsx");
    const book = await readXlsx(file);
    let error: unknown;
    try {
      await saveWorkbook(book, path.join(dir, "no-such-folder", "kept.xlsx"));
    } catch (e) {
      error = e;
    }
    expect(isWorkbookFileError(error) && error.code).toBe("cannot-save");
    expect((error as Error).message).toMatch(/^kept\.xlsx could not be saved/);
    expect((await readXlsx(file)).input.tables.Receipts!.rows).toHaveLength(2);
  });
});
