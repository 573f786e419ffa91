import { readTable, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { handoffSheet } from "../../../test/support/fake-excel/ops-workbook";
import { HandoffError } from "../../core/handoff-error";
import type { PostingLogEntry } from "../../core/push/posting-log";
import { createExcelWorkbook } from "./excel-workbook";

const { host, install } = fakeOfficeEachTest();

function entry(voucher: string, result: PostingLogEntry["result"], message = ""): PostingLogEntry {
  return {
    postedAt: "2026-05-04T10:15:00.000Z",
    table: "Sales",
    voucher,
    remoteId: `demo-sales-2026-${voucher}`,
    contentHash: "9f2c1e",
    action: "Create",
    result,
    message,
  };
}

describe("postingLog", () => {
  it("reads back what was appended, in order, text kept as text", async () => {
    install([handoffSheet()]);
    const log = createExcelWorkbook().postingLog;
    const first = [entry("001", "Sending"), entry("1-4", "Sending")];
    const second = [entry("001", "Posted"), entry("1-4", "Failed", "=Ledger 'X' does not exist")];
    await log.append(first);
    await log.append(second);
    expect(await log.read()).toEqual([...first, ...second]);
  });

  it("appends a batch with one rows.add in two syncs, whatever its size", async () => {
    install([handoffSheet()]);
    await createExcelWorkbook().postingLog.append(Array.from({ length: 500 }, (_, i) => entry(`INV-${i}`, "Sending")));
    expect(host.syncCount()).toBe(2);
    expect(readTable(host.model, "PostingLog").rows).toHaveLength(501);
  });

  it("reads nothing from a workbook without a log, and makes the hidden sheet on the first append", async () => {
    install([{ name: "Sheet1" }]);
    const log = createExcelWorkbook().postingLog;
    expect(await log.read()).toEqual([]);
    await log.append([entry("7", "Sending")]);
    expect(readTable(host.model, "PostingLog").address).toBe("TallyHandoff!H1:O2");
    expect(await log.read()).toEqual([entry("7", "Sending")]);
  });

  it("skips rows that are not entries and refuses a log that lost a column", async () => {
    const sheet = handoffSheet();
    const row = ["2026-05-04", "Sales", "9", "rid-9", "h", "Create", "Posted", ""];
    const tables = sheet.tables!.map((t) =>
      t.name === "PostingLog" ? { ...t, rows: [row, ["", "", "", "", "", "", "", ""], [...row.slice(0, 6), "Maybe", ""]] } : t,
    );
    install([{ ...sheet, tables }]);
    expect(await createExcelWorkbook().postingLog.read()).toHaveLength(1);
    host.model.sheets[0].values[0]![13] = "Outcome";
    await expect(createExcelWorkbook().postingLog.read()).rejects.toBeInstanceOf(HandoffError);
  });
});
