import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readBooks } from "../../core/records/read-books";
import { readXlsx } from "./read-xlsx";
import { saveWorkbook } from "./save-xlsx";
import { isWorkbookFileError } from "./workbook-file-error";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-read-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (isWorkbookFileError(e)) return e;
    throw e;
  }
  throw new Error("expected a WorkbookFileError");
}

describe("readXlsx", () => {
  it("finds a table by name ignoring case and punctuation, with its sheet, header row and first column", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Transfers");
    ws.getCell("A1").value = "Stock moved between godowns";
    ws.addTable({
      name: "stock_moves",
      ref: "C5",
      columns: [{ name: "Date" }, { name: "Move No" }],
      rows: [
        [new Date(Date.UTC(2026, 3, 2)), "MV-1"],
        [null, "MV-2"],
      ],
    });
    await wb.xlsx.writeFile(file("moves.xlsx"));

    const book = await readXlsx(file("moves.xlsx"));
    expect(book.input.tables.StockMoves).toEqual({
      name: "stock_moves",
      headers: ["Date", "Move No"],
      rows: [
        [new Date(Date.UTC(2026, 3, 2)), "MV-1"],
        [null, "MV-2"],
      ],
      firstRow: 6,
      sheet: "Transfers",
    });
    expect(book.locations.get("StockMoves")).toMatchObject({ sheet: "Transfers", headerRow: 5, firstColumn: 3, lastRow: 7 });
  });

  it("reads cells as Excel shows them: formula results, rich text and hyperlinks as text, errors as their text; only declared columns", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sales").addTable({
      name: "Sales",
      ref: "A1",
      // Columns Sales declares (src/core/records/sales.ts), and one of the user's own.
      columns: ["Taxable Value", "Customer", "Invoice No", "Date", "Narration", "Rate", "My Notes"].map((name) => ({ name })),
      rows: [
        [
          { formula: "2*3", result: 6 },
          { richText: [{ text: "Sharma " }, { text: "& Sons", font: { bold: true } }] },
          { text: "Invoice", hyperlink: "https://example.com/inv/1" },
          { error: "#N/A" },
          true,
          { formula: "1+1" },
          "kept in the file, never read",
        ] as ExcelJS.CellValue[],
      ],
    });
    await wb.xlsx.writeFile(file("values.xlsx"));

    const book = await readXlsx(file("values.xlsx"));
    // A column no declaration reads is left unread: its cells stay in the file and cost no memory.
    expect(book.input.tables.Sales!.rows).toEqual([[6, "Sharma & Sons", "Invoice", "#N/A", true, null, null]]);
  });

  it("reads a sheet named like a table when the workbook has no Excel tables, taking row 1 as the header", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("journals");
    ws.addRow(["Date", "Voucher No", "Ledger", "Debit", "Credit"]);
    ws.addRow(["2026-04-30", "JV-1", "Rent", 100, null]);
    ws.addRow(["2026-04-30", "JV-1", "Cash", null, 100]);
    await wb.xlsx.writeFile(file("plain.xlsx"));

    const book = await readXlsx(file("plain.xlsx"));
    expect(book.input.tables.Journals).toMatchObject({
      name: "journals",
      sheet: "journals",
      firstRow: 2,
      headers: ["Date", "Voucher No", "Ledger", "Debit", "Credit"],
    });
    const { books } = readBooks(book.input);
    expect(books.rows.Journals.map((r) => [r.row, r.ledger])).toEqual([
      [2, "Rent"],
      [3, "Cash"],
    ]);
  });

  it("keeps the header row of a table Excel saved without headerRowCount, also when writing it back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Receipts").addTable({
      name: "Receipts",
      ref: "A1",
      columns: [{ name: "Receipt No" }, { name: "Amount" }],
      rows: [["R-1", 500]],
    });
    await wb.xlsx.writeFile(file("excel-made.xlsx"));
    // Excel writes no headerRowCount when it is 1 (ECMA-376 default); exceljs writes it always.
    const zip = await JSZip.loadAsync(await readFile(file("excel-made.xlsx")));
    const tablePart = Object.keys(zip.files).find((n) => /^xl\/tables\/.+\.xml$/.test(n))!;
    const xml = await zip.file(tablePart)!.async("string");
    zip.file(tablePart, xml.replace(' headerRowCount="1"', ""));
    await writeFile(file("excel-made.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));

    const book = await readXlsx(file("excel-made.xlsx"));
    expect(book.input.tables.Receipts!.rows).toEqual([["R-1", 500]]);
    await saveWorkbook(book);
    const again = await JSZip.loadAsync(await readFile(file("excel-made.xlsx")));
    expect(await again.file(tablePart)!.async("string")).not.toContain('headerRowCount="0"');
    expect((await readXlsx(file("excel-made.xlsx"))).input.tables.Receipts!.headers).toEqual(["Receipt No", "Amount"]);
  });

  it("says a missing file does not exist", async () => {
    const e = await failure(readXlsx(file("nowhere.xlsx")));
    expect(e.code).toBe("file-missing");
    expect(e.message).toBe(`${file("nowhere.xlsx")} does not exist.`);
  });

  it("says a folder or a text file is not a workbook", async () => {
    await mkdir(file("folder.xlsx"));
    expect((await failure(readXlsx(file("folder.xlsx")))).code).toBe("not-a-workbook");
    await writeFile(file("renamed.xlsx"), "Date,Amount\n1-4-2026,100\n");
    const e = await failure(readXlsx(file("renamed.xlsx")));
    expect(e.code).toBe("not-a-workbook");
    expect(e.message).toMatch(/^renamed\.xlsx is not an Excel workbook that can be read \(.+\)\.$/);
  });

  it("names the tables it looked for when the workbook has none of them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").addTable({ name: "Budget", ref: "A1", columns: [{ name: "Head" }], rows: [["Rent"]] });
    await wb.xlsx.writeFile(file("budget.xlsx"));
    const e = await failure(readXlsx(file("budget.xlsx")));
    expect(e.code).toBe("no-tables");
    expect(e.message).toBe(
      "budget.xlsx has none of the tables Sales, Purchases, Receipts, Payments, Expenses, Returns, StockMoves, Journals, HandoffSettings.",
    );
    expect(e.suggestion).toContain("docs/workbook.md");
  });
});
