/* global Excel */
/**
 * One HandoffSettings key from the pane: its Value cell is rewritten when the key is there
 * (compared like settings.ts does: case, spaces and punctuation ignored), else the key goes into
 * the first blank row or a new row. Without the table, the hidden sheet is made with it.
 */
import { handoffError } from "../../core/handoff-error";
import { isBlank, looseKey } from "../../core/records/cells";
import { rowFor, textCell } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { DEFAULT_SETTINGS, queueHandoffSheet } from "./handoff-sheet";
import { columnOf, loadLayout, tableNamed, type TableLayout } from "./workbook-layout";

function settingColumns(table: TableLayout): { key: number; value: number } {
  const key = columnOf(table, "HandoffSettings", "Key");
  const value = columnOf(table, "HandoffSettings", "Value");
  if (key < 0 || value < 0) {
    throw handoffError("workbook.settings-columns-lost");
  }
  return { key, value };
}

/** Writes into the row of the key, or of the first blank row; false when there is neither. */
function queueInPlace(body: Excel.Range, cols: { key: number; value: number }, key: string, value: string): boolean {
  const rows = body.values;
  const same = rows.findIndex((r) => !isBlank(r[cols.key]) && looseKey(String(r[cols.key])) === looseKey(key));
  const blank = rows.findIndex((r) => r.every(isBlank));
  const index = same >= 0 ? same : blank;
  if (index < 0) return false;
  if (same < 0) body.getCell(index, cols.key).values = [[textCell(key)]];
  body.getCell(index, cols.value).values = [[textCell(value)]];
  return true;
}

/** Layout, the settings rows (a few dozen), then the write: three syncs. */
export async function writeSetting(run: ExcelRun, key: string, value: string): Promise<void> {
  await run(async (context) => {
    const layout = await loadLayout(context);
    const table = tableNamed(layout, "HandoffSettings");
    if (!table) {
      const rows = DEFAULT_SETTINGS.filter(([k]) => looseKey(k) !== looseKey(key)).map(([k, v]) => [k, v]);
      queueHandoffSheet(context, layout, { HandoffSettings: [...rows, [key, value]] });
      await context.sync();
      return;
    }
    const cols = settingColumns(table);
    const body = table.table.getDataBodyRange().load("values");
    await context.sync();
    if (!queueInPlace(body, cols, key, value)) table.table.rows.add(undefined, [rowFor(table.headers, { Key: key, Value: value })]);
    await context.sync();
  });
}
