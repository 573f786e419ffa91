import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Voucher } from "../../core/vouchers/model";
import { readXlsx } from "./read-xlsx";
import { xlsxPostingLog, xlsxStatuses } from "./xlsx-ports";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-ports-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const voucher = (number: string, indexes: number[]) =>
  ({ number, remoteId: `th-${number}`, source: { table: "Sales", rows: indexes.map((i) => i + 2), indexes } }) as unknown as Voucher;

describe("the push engine's ports over an .xlsx", () => {
  it("keeps appended log entries and written statuses in the workbook in memory", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sales").addTable({ name: "Sales", ref: "A1", columns: [{ name: "Invoice No" }], rows: [["S-1"], ["S-1"]] });
    await wb.xlsx.writeFile(path.join(dir, "ports.xlsx"));
    const book = await readXlsx(path.join(dir, "ports.xlsx"));
    const log = xlsxPostingLog(book);
    const entry = {
      postedAt: "2026-07-01T10:00:00.000Z",
      table: "Sales" as const,
      voucher: "S-1",
      remoteId: "th-S-1",
      contentHash: "h",
      action: "Create" as const,
      result: "Posted" as const,
      message: "",
    };
    await log.append([entry]);
    expect(await log.read()).toEqual([entry]);
    await xlsxStatuses(book).write([{ voucher: voucher("S-1", [0, 1]), outcome: "Posted", message: "In Tally.", action: "Create" }]);
    const ws = book.workbook.getWorksheet("Sales")!;
    expect([ws.getCell("B1").value, ws.getCell("B2").value, ws.getCell("C3").value]).toEqual(["Tally Status", "Posted", "In Tally."]);
  });
});
