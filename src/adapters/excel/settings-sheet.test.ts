import { readTable, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { handoffSheet } from "../../../test/support/fake-excel/ops-workbook";
import { HandoffError } from "../../core/handoff-error";
import { readSettings } from "../../core/records/settings";
import { createExcelWorkbook } from "./excel-workbook";

const { host, install } = fakeOfficeEachTest();

const settingsRows = () => readTable(host.model, "HandoffSettings").rows;

describe("writeSetting", () => {
  it("rewrites the Value of a key written another way, in three syncs", async () => {
    install([handoffSheet()]);
    await createExcelWorkbook().writeSetting("company  state", "29");
    expect(settingsRows()).toEqual([
      ["Tally Company", "Demo Trading Co"],
      ["Company State", "29"],
      ["Financial Years", "2026-27"],
    ]);
    expect(host.syncCount()).toBe(3);
  });

  it("adds a key that is not there as a new row, its value kept as typed", async () => {
    install([handoffSheet()]);
    await createExcelWorkbook().writeSetting("Books Begin", "2026-04-01");
    expect(settingsRows()[3]).toEqual(["Books Begin", "2026-04-01"]);
    const { rows, headers } = readTable(host.model, "HandoffSettings");
    expect(readSettings({ name: "HandoffSettings", headers, rows }).settings.booksBegin).toEqual({ y: 2026, m: 4, d: 1 });
  });

  it("fills the first blank row before adding one", async () => {
    const sheet = handoffSheet();
    const tables = sheet.tables!.map((t) =>
      t.name === "HandoffSettings"
        ? {
            ...t,
            rows: [
              ["Tally Company", "X"],
              ["", ""],
            ],
          }
        : t,
    );
    install([{ ...sheet, tables }]);
    await createExcelWorkbook().writeSetting("HSN Digits", "6");
    expect(settingsRows()).toEqual([
      ["Tally Company", "X"],
      ["HSN Digits", "6"],
    ]);
  });

  it("makes the hidden sheet with the default settings and this one when there is none", async () => {
    install([{ name: "Sheet1" }]);
    await createExcelWorkbook().writeSetting("Tally Company", "Demo Trading Co");
    const rows = settingsRows();
    expect(rows.filter((r) => r[0] === "Tally Company")).toEqual([["Tally Company", "Demo Trading Co"]]);
    expect(rows.map((r) => r[0])).toContain("Round Off Ledger");
    expect(host.model.sheets.find((s) => s.name === "TallyHandoff")?.visibility).toBe("Hidden");
  });

  it("fails with a HandoffError when the Value column is gone", async () => {
    install([{ name: "TallyHandoff", tables: [{ name: "HandoffSettings", headers: ["Key", "Setting Value?"], rows: [["A", "B"]] }] }]);
    await expect(createExcelWorkbook().writeSetting("Round Totals", "No")).rejects.toBeInstanceOf(HandoffError);
  });
});
