import { PAYLOAD_LIMIT, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { SALES_HEADERS, handoffSheet, salesRows, salesTable, sheetWith } from "../../../test/support/fake-excel/ops-workbook";
import { OPS_TABLES } from "../../core/findings";
import { createExcelWorkbook } from "./excel-workbook";
import { DEFAULT_BYTES_PER_CELL, DEFAULT_PAYLOAD_BUDGET } from "./request-size";

const { host, install } = fakeOfficeEachTest();

/** Syncs for a read: layout, body sizes, then one per slice of the budget. */
const expectedSyncs = (rows: number, columns: number) => {
  const rowsPerSync = Math.floor(Math.floor(DEFAULT_PAYLOAD_BUDGET / DEFAULT_BYTES_PER_CELL) / columns);
  return 2 + Math.ceil(rows / rowsPerSync);
};

describe("readWorkbook", () => {
  it("hands the core every ops table and the hidden sheet's settings and map, with sheet and first row", async () => {
    install([
      {
        name: "Books",
        tables: [
          salesTable(
            [[46113, "INV/1", "Gupta Traders", "#N/A"]].map((r) => [...r, ...Array(11).fill("")]),
            { at: "B3" },
          ),
        ],
      },
      handoffSheet(),
      { name: "Notes", tables: [{ name: "MyNotes", headers: ["Note"], rows: [["not for the core"]] }] },
    ]);
    const input = await createExcelWorkbook().readWorkbook();
    expect(Object.keys(input.tables).sort()).toEqual(["HandoffSettings", "LedgerMap", "Sales"]);
    expect(input.tables.Sales).toEqual({
      name: "Sales",
      headers: SALES_HEADERS,
      rows: [[46113, "INV/1", "Gupta Traders", "#N/A", ...Array(11).fill("")]],
      firstRow: 4,
      sheet: "Books",
    });
    expect(input.tables.HandoffSettings).toMatchObject({ sheet: "TallyHandoff", firstRow: 2, headers: ["Key", "Value"] });
    expect(input.tables.HandoffSettings?.rows[0]).toEqual(["Tally Company", "Demo Trading Co"]);
  });

  it("reads a 10-row workbook in 3 syncs: layout, body sizes, values", async () => {
    install([sheetWith(salesTable(salesRows(10))), handoffSheet()]);
    const input = await createExcelWorkbook().readWorkbook();
    expect(input.tables.Sales?.rows).toEqual(salesRows(10));
    expect(host.syncCount()).toBe(3);
  });

  it("reads all eight ops tables and the hidden sheet in the same 3 syncs as one table", async () => {
    const tables = OPS_TABLES.map((name) => sheetWith({ name, headers: ["Date", "No"], rows: salesRows(10).map((r) => r.slice(0, 2)) }));
    install([...tables, handoffSheet()]);
    const input = await createExcelWorkbook().readWorkbook();
    expect(Object.keys(input.tables)).toHaveLength(10);
    expect(host.syncCount()).toBe(3);
  });

  it("reads 100,000 rows x 15 columns in 2 + ceil(cells / budget) syncs, none above 5 MB", async () => {
    const rows = salesRows(100_000);
    install([sheetWith(salesTable(rows)), handoffSheet()]);
    const input = await createExcelWorkbook().readWorkbook();
    const read = input.tables.Sales?.rows ?? [];
    expect(read).toHaveLength(100_000);
    expect([read[0], read[54_321], read[99_999]]).toEqual([rows[0], rows[54_321], rows[99_999]]);
    expect(host.syncCount()).toBe(expectedSyncs(100_000, 15));
    expect(host.syncCount()).toBe(12);
    expect(host.largestPayload()).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  it("retries a refused response with half the slice, then sizes slices by the cells it has seen", async () => {
    const long = (i: number) => Array.from({ length: 10 }, (_, c) => `${i}:${c} ${"narration ".repeat(6)}`);
    const rows = Array.from({ length: 20_000 }, (_, i) => long(i));
    install([sheetWith({ name: "Journals", headers: Array.from({ length: 10 }, (_, c) => `C${c}`), rows })]);
    const input = await createExcelWorkbook().readWorkbook();
    expect(input.tables.Journals?.rows).toEqual(rows);
    const refused = host.ledger.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT);
    const accepted = host.ledger.syncs.filter((s) => s.responseBytes <= PAYLOAD_LIMIT);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(Math.max(...accepted.map((s) => s.responseBytes))).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  it("honours a smaller budget with proportionally more syncs", async () => {
    install([sheetWith(salesTable(salesRows(1_000)))]);
    await createExcelWorkbook(undefined, { payloadBudget: 24 * 15 * 100 }).readWorkbook();
    expect(host.syncCount()).toBe(2 + 10);
  });
});
