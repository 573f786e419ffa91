/* global Excel */
/**
 * PostingLog on the hidden sheet (core/push/posting-log.ts): read whole, appended in bulk, one
 * rows.add per batch. Its rows are the memory of what Tally may already hold, so a log whose
 * columns are gone is an error, not an empty log; rows that are not entries (blank, or edited
 * into something else) are skipped.
 */
import { OPS_TABLES, type OpsTable } from "../../core/findings";
import { handoffError } from "../../core/handoff-error";
import { isBlank } from "../../core/records/cells";
import { POSTING_LOG_HEADERS, postingLogRow, type PostingAction, type PostingLogEntry, type PostingResult } from "../../core/push/posting-log";
import type { PostingLogPort } from "../../engine/ports";
import { appendRows, rowFor, type CellInput } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { queueHandoffSheet } from "./handoff-sheet";
import { readBodies } from "./read-tables";
import { payloadSettings, type PayloadOptions } from "./request-size";
import { columnOf, loadLayout, tableNamed, type TableLayout } from "./workbook-layout";

const ACTIONS: readonly string[] = ["Create", "Alter", "Check"] satisfies PostingAction[];
const RESULTS: readonly string[] = ["Sending", "Posted", "Failed", "Unknown"] satisfies PostingResult[];

function logColumns(table: TableLayout): number[] {
  const cols = POSTING_LOG_HEADERS.map((h) => columnOf(table, "PostingLog", h));
  const missing = POSTING_LOG_HEADERS.filter((_, i) => cols[i] < 0);
  if (missing.length > 0) {
    throw handoffError("workbook.posting-log-columns-lost", { columns: missing });
  }
  return cols;
}

function entryOf(cells: readonly unknown[], cols: readonly number[]): PostingLogEntry | undefined {
  if (cols.every((c) => isBlank(cells[c]))) return undefined;
  const [postedAt, table, voucher, remoteId, contentHash, action, result, message] = cols.map((c) => String(cells[c] ?? "").trim());
  const known = (OPS_TABLES as readonly string[]).includes(table) && ACTIONS.includes(action) && RESULTS.includes(result);
  if (!known || remoteId === "") return undefined;
  return { postedAt, table: table as OpsTable, voucher, remoteId, contentHash, action: action as PostingAction, result: result as PostingResult, message };
}

export async function readPostingLog(run: ExcelRun, options?: PayloadOptions): Promise<PostingLogEntry[]> {
  return run(async (context) => {
    const table = tableNamed(await loadLayout(context), "PostingLog");
    if (!table) return [];
    const cols = logColumns(table);
    const [body] = await readBodies(context, [table], options);
    return body.rows.flatMap((cells) => entryOf(cells, cols) ?? []);
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
    logColumns(table);
    await appendRows(context, table.table, rowsOf(table.headers, entries), payloadSettings(options).payloadBudget);
  });
}

export function postingLogPort(run: ExcelRun, options?: PayloadOptions): PostingLogPort {
  return { read: () => readPostingLog(run, options), append: (entries) => appendPostingLog(run, entries, options) };
}
