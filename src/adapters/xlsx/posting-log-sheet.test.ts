import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { POSTING_LOG_HEADERS, type PostingLogEntry } from "../../core/push/posting-log";
import { appendPostingLog, assertPostingLogCanGrow, readPostingLog } from "./posting-log-sheet";
import { readXlsx } from "./read-xlsx";
import { saveWorkbook } from "./save-xlsx";
import { snapshotFile } from "../../../test/support/workbook-snapshot";
import { isWorkbookFileError } from "./workbook-file-error";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-log-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const entry = (voucher: string, result: PostingLogEntry["result"], message = ""): PostingLogEntry => ({
  postedAt: "2026-07-01T10:00:00.000Z",
  table: "Sales",
  voucher,
  remoteId: `th-${voucher}`,
  contentHash: `hash-${voucher}`,
  action: "Create",
  result,
  message,
});

async function bookWith(name: string, setUp: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sales").addTable({ name: "Sales", ref: "A1", columns: [{ name: "Invoice No" }], rows: [["S-1"]] });
  setUp(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const logTable = (rows: string[][]) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet("TallyHandoff") ?? wb.addWorksheet("TallyHandoff", { state: "hidden" });
  ws.addTable({ name: "PostingLog", ref: "H1", columns: POSTING_LOG_HEADERS.map((name) => ({ name })), rows });
};

describe("the PostingLog in an .xlsx", () => {
  it("is made, on a hidden TallyHandoff sheet, when the workbook has none, and reads back in order", async () => {
    const file = await bookWith("new-log.xlsx", () => undefined);
    const book = await readXlsx(file);
    expect(readPostingLog(book)).toEqual([]);
    appendPostingLog(book, [entry("S-1", "Sending")]);
    appendPostingLog(book, [entry("S-1", "Posted", "In Tally as Sales S-1.")]);
    await saveWorkbook(book);

    const again = await readXlsx(file);
    expect(readPostingLog(again)).toEqual([entry("S-1", "Sending"), entry("S-1", "Posted", "In Tally as Sales S-1.")]);
    expect(again.workbook.getWorksheet("TallyHandoff")!.state).toBe("hidden");
  });

  it("grows below the last filled row, filling the blank row an empty table keeps", async () => {
    const file = await bookWith("blank-row.xlsx", logTable([POSTING_LOG_HEADERS.map(() => "")]));
    const book = await readXlsx(file);
    appendPostingLog(book, [entry("S-1", "Sending"), entry("S-1", "Posted")]);
    await saveWorkbook(book);
    const after = await snapshotFile(file);
    expect(after.tables.get("PostingLog")).toBe("TallyHandoff!H1:O3");
    expect(after.cells.get("TallyHandoff!J2")?.value).toBe("S-1");
    expect(after.cells.get("TallyHandoff!N3")?.value).toBe("Posted");
    expect(readPostingLog(await readXlsx(file))).toHaveLength(2);
  });

  it("skips rows that are not log rows, such as a note typed into the table", async () => {
    const typed = ["2026-06-30", "Sales", "S-9", "", "", "", "", "asked CA to check"];
    const file = await bookWith("notes.xlsx", logTable([typed]));
    const book = await readXlsx(file);
    appendPostingLog(book, [entry("S-1", "Posted")]);
    expect(readPostingLog(book)).toEqual([entry("S-1", "Posted")]);
    expect(book.workbook.getWorksheet("TallyHandoff")!.getCell("O2").value).toBe("asked CA to check");
  });

  it("refuses a log that lost a column, to read, to grow or to start a push, as the Excel add-in does", async () => {
    const file = await bookWith("lost-column.xlsx", (wb) => {
      const ws = wb.addWorksheet("TallyHandoff", { state: "hidden" });
      const headers = POSTING_LOG_HEADERS.filter((h) => h !== "Remote ID");
      ws.addTable({
        name: "PostingLog",
        ref: "H1",
        columns: headers.map((name) => ({ name })),
        rows: [["2026-07-01", "Sales", "S-1", "h", "Create", "Posted", ""]],
      });
    });
    const book = await readXlsx(file);
    const lost = "The PostingLog table on sheet TallyHandoff has lost its column Remote ID.";
    expect(() => readPostingLog(book)).toThrow(lost);
    expect(() => appendPostingLog(book, [entry("S-2", "Sending")])).toThrow(lost);
    expect(() => assertPostingLogCanGrow(book)).toThrow(lost);
    expect(book.workbook.getWorksheet("TallyHandoff")!.getCell("J2").value).toBe("S-1");
  });

  it("refuses to grow over cells below the table", async () => {
    const file = await bookWith("blocked.xlsx", (wb) => {
      logTable([["2026-07-01T10:00:00.000Z", "Sales", "S-1", "th-S-1", "hash-S-1", "Create", "Posted", ""]])(wb);
      wb.getWorksheet("TallyHandoff")!.getCell("H3").value = "do not overwrite";
    });
    const book = await readXlsx(file);
    let error: unknown;
    try {
      appendPostingLog(book, [entry("S-2", "Sending")]);
    } catch (e) {
      error = e;
    }
    expect(isWorkbookFileError(error) && error.code).toBe("cannot-extend-table");
    expect(book.workbook.getWorksheet("TallyHandoff")!.getCell("H3").value).toBe("do not overwrite");
    expect(() => assertPostingLogCanGrow(book)).toThrow("Row 3 below the PostingLog table on sheet TallyHandoff is not empty");
  });

  it("lets a push start when nothing lies below the PostingLog", async () => {
    const file = await bookWith("room.xlsx", logTable([POSTING_LOG_HEADERS.map(() => "")]));
    const book = await readXlsx(file);
    book.workbook.getWorksheet("TallyHandoff")!.getCell("A9").value = "beside, not below";
    expect(() => assertPostingLogCanGrow(book)).not.toThrow();
  });
});
