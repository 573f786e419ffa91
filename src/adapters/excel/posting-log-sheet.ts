/**
 * PostingLog on the hidden sheet: read whole, appended in bulk, one rows.add per batch. Which
 * rows are entries, and that a log whose columns are gone is an error, not an empty log, is the
 * core's (core/push/posting-log.ts), shared with the .xlsx adapter.
 */
import { POSTING_LOG_HEADERS, postingLogColumns, postingLogEntry, postingLogRow, type PostingLogEntry } from "../../core/push/posting-log";
import type { PostingLogPort } from "../../engine/ports";
import { appendRows, rowFor, type CellInput } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { queueHandoffSheet } from "./handoff-sheet";
import { readBodies } from "./read-tables";
import { payloadSettings, type PayloadOptions } from "./request-size";
import { loadLayout, tableNamed } from "./workbook-layout";

export async function readPostingLog(run: ExcelRun, options?: PayloadOptions): Promise<PostingLogEntry[]> {
  return run(async (context) => {
    const table = tableNamed(await loadLayout(context), "PostingLog");
    if (!table) return [];
    const columns = postingLogColumns(table.headers, table.sheet);
    const [body] = await readBodies(context, [table], options);
    return body.rows.flatMap((cells) => postingLogEntry(columns.map((c) => String(cells[c] ?? ""))) ?? []);
  });
}

const rowsOf = (headers: readonly string[], entries: readonly PostingLogEntry[]): CellInput[][] =>
  entries.map((e) => {
    const values = postingLogRow(e);
    return rowFor(headers, Object.fromEntries(POSTING_LOG_HEADERS.map((h, i) => [h, values[i]])));
  });

export async function appendPostingLog(run: ExcelRun, entries: readonly PostingLogEntry[], options?: PayloadOptions): Promise<void> {
  if (entries.length === 0) return;
  await run(async (context) => {
    const layout = await loadLayout(context);
    const table = tableNamed(layout, "PostingLog");
    if (!table) {
      queueHandoffSheet(context, layout, { PostingLog: rowsOf(POSTING_LOG_HEADERS, entries) });
      await context.sync();
      return;
    }
    postingLogColumns(table.headers, table.sheet);
    await appendRows(context, table.table, rowsOf(table.headers, entries), payloadSettings(options).payloadBudget);
  });
}

export function postingLogPort(run: ExcelRun, options?: PayloadOptions): PostingLogPort {
  return { read: () => readPostingLog(run, options), append: (entries) => appendPostingLog(run, entries, options) };
}
