/* global Excel */
/**
 * The Reconciliation sheet: a reconcile's report where the bookkeeper looks (docs/reconcile.md).
 * The sheet is the add-in's, so each report clears it and is written whole (fewer rows than last
 * time leave nothing behind); a sheet of that name holding anything else, or a table, is refused,
 * so nothing the user typed is lost. Cells are Text-formatted before their values arrive, so
 * "00123" and "0.00" stay as written and "=x" stays text (no apostrophe is needed in a Text cell).
 * Rows go in budget-sized syncs (request-size.ts); header bold, columns autofit.
 */
import { handoffError } from "../../core/handoff-error";
import { RECONCILIATION_HEADERS } from "../../core/reconcile/sheet";
import { RECONCILIATION_SHEET } from "../../core/workbook-names";
import { BLOCK_OVERHEAD } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { columnLetters } from "./new-table";
import { jsonBytes, payloadSettings, type PayloadOptions } from "./request-size";
import { PLAIN_FORMAT, TEXT_FORMAT } from "./table-specs";
import { loadLayout, sheetNamed, type WorkbookLayout } from "./workbook-layout";

/**
 * A Text cell keeps what is written, except a leading apostrophe, whose fate there Office does not
 * document; such a cell stays General and gets the apostrophe Excel hides (cell-writes.ts).
 */
const formatOf = (text: string) => (text.startsWith("'") ? PLAIN_FORMAT : TEXT_FORMAT);
const valueOf = (text: string) => (text.startsWith("'") ? `'${text}` : text);

/** An earlier report: its first cells are the report's first headers. */
function isReport(first: readonly unknown[] | undefined): boolean {
  const mark = RECONCILIATION_HEADERS.slice(0, 2);
  return first !== undefined && mark.every((header, i) => first[i] === header);
}

/** The existing sheet, checked to be a report; undefined when there is none. Adds one sync when it exists. */
async function existingReport(context: Excel.RequestContext, layout: WorkbookLayout): Promise<Excel.Worksheet | undefined> {
  const found = sheetNamed(layout, RECONCILIATION_SHEET);
  if (!found) return undefined;
  const table = layout.tables.find((t) => t.sheet === found.name);
  if (table) throw handoffError("workbook.reconciliation-sheet-has-table", { sheet: found.name, table: table.name });
  const used = found.worksheet.getUsedRangeOrNullObject(true).load("address");
  const first = found.worksheet.getRange(`A1:${columnLetters(RECONCILIATION_HEADERS.length - 1)}1`).load("values");
  await context.sync();
  if (!used.isNullObject && !isReport(first.values[0])) throw handoffError("workbook.reconciliation-sheet-not-ours", { sheet: found.name });
  if (!found.visible) found.worksheet.visibility = "Visible";
  found.worksheet.getRange().clear();
  return found.worksheet;
}

/** Rows cut into the blocks one sync may carry: the values and their number formats both count. */
function blocks(sizes: readonly number[], budget: number): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (let start = 0; start < sizes.length;) {
    let used = 2 * BLOCK_OVERHEAD;
    let count = 0;
    while (start + count < sizes.length && (count === 0 || used + sizes[start + count] <= budget)) used += sizes[start + count++];
    out.push({ start, count });
    start += count;
  }
  return out;
}

/** Layout (+1 when the sheet exists), then one sync per budget of rows; bold and autofit ride on the last. */
export async function writeReconciliation(run: ExcelRun, given: readonly (readonly string[])[], options?: PayloadOptions): Promise<void> {
  const budget = payloadSettings(options).payloadBudget;
  await run(async (context) => {
    const layout = await loadLayout(context);
    const sheet = (await existingReport(context, layout)) ?? context.workbook.worksheets.add(RECONCILIATION_SHEET);
    const width = given.reduce((most, r) => Math.max(most, r.length), 0);
    const rows = given.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    const formats = rows.map((r) => r.map(formatOf));
    const values = rows.map((r) => r.map(valueOf));
    const sizes = values.map((r, i) => jsonBytes(r) + jsonBytes(formats[i]) + 2);
    const last = columnLetters(width - 1);
    for (const { start, count } of width > 0 ? blocks(sizes, budget) : []) {
      if (start > 0) await context.sync();
      const range = sheet.getRange(`A${start + 1}:${last}${start + count}`);
      range.numberFormat = formats.slice(start, start + count);
      range.values = values.slice(start, start + count);
    }
    if (width > 0) {
      sheet.getRange(`A1:${last}1`).format.font.bold = true;
      sheet.getRange(`A1:${last}${rows.length}`).format.autofitColumns();
    }
    await context.sync();
  });
}
