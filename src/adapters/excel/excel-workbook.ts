/**
 * The WorkbookPort on Office.js: the task pane's only way into the workbook. Every operation is
 * one Excel.run with a bounded number of syncs (see each module); nothing is cached between
 * operations, because the user may edit, sort or rename between two clicks.
 */
import { resultStatuses, verdictStatuses } from "../../core/push/status-cells";
import type { WorkbookPort } from "../../engine/ports";
import { officeRun, type ExcelRun } from "./excel-run";
import { clearHighlights, highlight } from "./highlights";
import { writeLedgerMap } from "./ledger-map-sheet";
import { postingLogPort } from "./posting-log-sheet";
import { readWorkbook } from "./read-tables";
import type { PayloadOptions } from "./request-size";
import { selectCell } from "./select-cell";
import { writeSetting } from "./settings-sheet";
import { setupWorkbook } from "./setup-workbook";
import { writeStatuses } from "./write-status";

/** `run` is Excel.run unless a test hands in a fake host's; `options` tune the payload budget. */
export function createExcelWorkbook(run: ExcelRun = officeRun, options: PayloadOptions = {}): WorkbookPort {
  return {
    readWorkbook: () => readWorkbook(run, options),
    writeVerdicts: (verdicts) => writeStatuses(run, verdictStatuses(verdicts), options),
    highlight: (findings) => highlight(run, findings),
    clearHighlights: () => clearHighlights(run),
    selectCell: (table, row, column) => selectCell(run, table, row, column),
    setupWorkbook: () => setupWorkbook(run),
    writeLedgerMap: (entries) => writeLedgerMap(run, entries, options),
    writeSetting: (key, value) => writeSetting(run, key, value),
    writeReconciliation: (rows) => writeReconciliationStub(run, rows),
    postingLog: postingLogPort(run, options),
    statuses: { write: (results) => writeStatuses(run, resultStatuses(results), options) },
  };
}

/**
 * A stand-in so the pane runs until the Reconciliation sheet's own adapter lands (another branch):
 * blanks what the sheet held, then writes the rows from A1 (at most 26 columns).
 */
async function writeReconciliationStub(run: ExcelRun, rows: readonly (readonly string[])[]): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject("Reconciliation");
    await context.sync();
    const sheet = existing.isNullObject ? sheets.add("Reconciliation") : existing;
    if (!existing.isNullObject) {
      const used = sheet.getUsedRangeOrNullObject(true).load("rowCount,columnCount");
      await context.sync();
      if (!used.isNullObject) used.values = Array.from({ length: used.rowCount }, () => Array<string>(used.columnCount).fill(""));
    }
    const width = Math.max(1, ...rows.map((r) => r.length));
    if (rows.length > 0)
      sheet.getRange(`A1:${String.fromCharCode(64 + width)}${rows.length}`).values = rows.map((r) => [
        ...r,
        ...Array<string>(width - r.length).fill(""),
      ]);
    await context.sync();
  });
}
