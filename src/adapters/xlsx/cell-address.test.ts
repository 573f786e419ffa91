import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { finding as findingOf, type At } from "../../core/findings";
import { addressText, findingAddress, sheetRef } from "./cell-address";
import { readXlsx, type XlsxBook } from "./read-xlsx";

let dir: string;
let book: XlsxBook;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-address-"));
  const wb = new ExcelJS.Workbook();
  // Sales sits at B4 under a title, with "Inv No" for Invoice No and a user column first.
  wb.addWorksheet("Sales Register").addTable({
    name: "Sales",
    ref: "B4",
    columns: ["Salesperson", "Date", "Inv No", "Customer", "GST %"].map((name) => ({ name })),
    rows: [
      ["Anil", "2026-04-01", "S-1", "Sharma & Sons", 18],
      ["Priya", "2026-04-02", "S-2", "D'Souza Traders", 18],
    ],
  });
  wb.addWorksheet("TallyHandoff").addTable({
    name: "HandoffSettings",
    ref: "A1",
    columns: [{ name: "Key" }, { name: "Value" }],
    rows: [
      ["Tally Company", "Sharma Hardware & Sons"],
      ["Round Off Ledger", "Round Off"],
    ],
  });
  await wb.xlsx.writeFile(path.join(dir, "book.xlsx"));
  book = await readXlsx(path.join(dir, "book.xlsx"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const finding = (over: Partial<At>) => findingOf("cell.blank", { table: "Sales", row: 6, column: "Customer", ...over });

describe("findingAddress", () => {
  it("points at the cell of the row and column, finding the column under another name", () => {
    expect(findingAddress(book, finding({ row: 6, column: "Invoice No" }))).toEqual({ sheet: "Sales Register", cell: "D6" });
    expect(findingAddress(book, finding({ row: 5, column: "GST Rate %" }))).toEqual({ sheet: "Sales Register", cell: "F5" });
  });

  it("points a whole-table finding at the header row and a whole-row finding at the row's first cell", () => {
    expect(findingAddress(book, finding({ row: 0, column: "Customer" }))).toEqual({ sheet: "Sales Register", cell: "E4" });
    expect(findingAddress(book, finding({ row: 6, column: "" }))).toEqual({ sheet: "Sales Register", cell: "B6" });
  });

  it("points a Settings finding named by its key at that key's Value cell", () => {
    expect(findingAddress(book, finding({ table: "HandoffSettings", row: 0, column: "Round Off Ledger" }))).toEqual({
      sheet: "TallyHandoff",
      cell: "B3",
    });
    expect(findingAddress(book, finding({ table: "HandoffSettings", row: 2, column: "Value" }))).toEqual({
      sheet: "TallyHandoff",
      cell: "B2",
    });
  });

  it("gives no place for a table the workbook does not have", () => {
    expect(findingAddress(book, finding({ table: "Journals" }))).toEqual({ sheet: "", cell: "" });
  });
});

describe("addressText", () => {
  it("quotes sheet names with spaces or apostrophes as Excel formulas do", () => {
    expect(addressText({ sheet: "Sales", cell: "D6" })).toBe("Sales!D6");
    expect(addressText({ sheet: "Sales Register", cell: "D6" })).toBe("'Sales Register'!D6");
    expect(sheetRef("D'Souza")).toBe("'D''Souza'");
    expect(addressText({ sheet: "", cell: "" })).toBe("");
  });
});
