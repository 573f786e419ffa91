/**
 * The pane's mapping editor saves the whole LedgerMap at once: existing rows are overwritten,
 * extra entries appended and surplus rows deleted (a table keeps one body row, blanked when the
 * map is empty). Without the table, the hidden sheet is made with it.
 */
import type { LedgerMapEntry } from "../../core/records/types";
import { appendRows, rowFor, writeBlocks, type CellInput } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { queueHandoffSheet } from "./handoff-sheet";
import { payloadSettings, type PayloadOptions } from "./request-size";
import { loadLayout, tableNamed } from "./workbook-layout";

export type LedgerMapRow = Omit<LedgerMapEntry, "row">;

const valuesOf = (e: LedgerMapRow) => ({ Kind: e.kind, "Workbook Value": e.workbookValue, "Tally Name": e.tallyName });

/** Layout, row count, then overwrite + delete in one sync and appends in budget-sized syncs. */
export async function writeLedgerMap(run: ExcelRun, entries: readonly LedgerMapRow[], options?: PayloadOptions): Promise<void> {
  const budget = payloadSettings(options).payloadBudget;
  await run(async (context) => {
    const layout = await loadLayout(context);
    const table = tableNamed(layout, "LedgerMap");
    if (!table) {
      queueHandoffSheet(context, layout, { LedgerMap: entries.map((e) => rowFor(["Kind", "Workbook Value", "Tally Name"], valuesOf(e))) });
      await context.sync();
      return;
    }
    const body = table.table.getDataBodyRange().load("rowCount");
    await context.sync();
    const rows = entries.map((e) => rowFor(table.headers, valuesOf(e)));
    const have = body.rowCount;
    const keep = Math.max(rows.length, 1);
    if (have > keep)
      body
        .getRow(keep)
        .getResizedRange(have - keep - 1, 0)
        .delete("Up");
    const blank = have > 0 ? [table.headers.map((): CellInput => "")] : [];
    const overwrite = rows.length > 0 ? rows.slice(0, have) : blank;
    // A fresh body range: the delete above has changed the table's shape.
    const target = (offset: number, count: number) =>
      table.table
        .getDataBodyRange()
        .getRow(offset)
        .getResizedRange(count - 1, 0);
    await writeBlocks(context, [{ rows: overwrite, target }], budget);
    await appendRows(context, table.table, rows.slice(have), budget);
  });
}
