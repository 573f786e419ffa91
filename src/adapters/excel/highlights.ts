/* global Excel */
/**
 * Error cells are marked with conditional formats, never with the cells' own fill, so the user's
 * fills and formats stay exactly as they were. Each of our formats carries a marker in its rule
 * (=ISTEXT("TallyHandoff"), always true), and clearing deletes exactly the formats with that
 * marker. One format per run of consecutive rows in a column; three syncs for up to
 * MARKS_PER_SYNC runs, one more for each further batch (each mark is about 1 KB of request).
 */
import type { Finding } from "../../core/findings";
import type { ExcelRun } from "./excel-run";
import { columnOf, loadLayout, tableNamed, type TableLayout, type WorkbookLayout } from "./workbook-layout";

export const HIGHLIGHT_MARKER = "TallyHandoff";
export const HIGHLIGHT_FORMULA = `=ISTEXT("${HIGHLIGHT_MARKER}")`;
/** Excel's own "Light Red Fill". */
export const HIGHLIGHT_FILL = "#FFC7CE";
/** Marks queued per sync: about 1 MB of request, well under the 5 MB limit (request-size.ts). */
export const MARKS_PER_SYNC = 1_000;

const isOurs = (formula: string) => formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER.toLowerCase()}"`);

/** Queues a load of every sheet's conditional formats: type, and the rule of custom ones. */
function loadMarks(layout: WorkbookLayout): Excel.ConditionalFormatCollection[] {
  return layout.sheets.map((s) =>
    s.worksheet.getRange().conditionalFormats.load({ type: true, customOrNullObject: { rule: { formula: true } } }),
  );
}

function deleteMarks(collections: readonly Excel.ConditionalFormatCollection[]): number {
  let deleted = 0;
  for (const collection of collections) {
    for (const format of collection.items) {
      const custom = format.customOrNullObject;
      if (custom.isNullObject || !isOurs(custom.rule.formula)) continue;
      format.delete();
      deleted++;
    }
  }
  return deleted;
}

/** Removes every mark the add-in made, and nothing else. */
export async function clearHighlights(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const marks = loadMarks(await loadLayout(context));
    await context.sync();
    if (deleteMarks(marks) > 0) await context.sync();
  });
}

interface CellRun {
  table: TableLayout;
  col: number;
  /** Sheet row of the first cell. */
  row: number;
  length: number;
}

/** Error cells grouped per table and column into runs of consecutive sheet rows. */
function runsOf(layout: WorkbookLayout, findings: readonly Finding[]): CellRun[] {
  const rows = new Map<string, { table: TableLayout; col: number; rows: Set<number> }>();
  for (const f of findings) {
    const table = f.severity === "error" && f.row > 0 && f.column !== "" ? tableNamed(layout, f.table) : undefined;
    const col = table ? columnOf(table, f.table, f.column) : -1;
    if (!table || col < 0) continue;
    const key = `${table.name}|${col}`;
    const entry = rows.get(key) ?? { table, col, rows: new Set<number>() };
    entry.rows.add(f.row);
    rows.set(key, entry);
  }
  const runs: CellRun[] = [];
  for (const { table, col, rows: set } of rows.values()) {
    for (const row of [...set].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last.table === table && last.col === col && last.row + last.length === row) last.length++;
      else runs.push({ table, col, row, length: 1 });
    }
  }
  return runs;
}

/** Replaces the marks with the cells of these error findings (rows outside a table's body are skipped). */
export async function highlight(run: ExcelRun, findings: readonly Finding[]): Promise<void> {
  await run(async (context) => {
    const layout = await loadLayout(context);
    const marks = loadMarks(layout);
    const runs = runsOf(layout, findings);
    const tables = [...new Set(runs.map((r) => r.table))];
    const bodies = new Map(tables.map((t) => [t, t.table.getDataBodyRange().load(["rowIndex", "rowCount"])]));
    await context.sync();
    let pending = deleteMarks(marks) > 0;
    let added = 0;
    for (const r of runs) {
      const body = bodies.get(r.table) as Excel.Range;
      const offset = r.row - (body.rowIndex + 1);
      if (offset < 0 || offset + r.length > body.rowCount) continue;
      const format = body
        .getCell(offset, r.col)
        .getResizedRange(r.length - 1, 0)
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = HIGHLIGHT_FORMULA;
      format.custom.format.fill.color = HIGHLIGHT_FILL;
      pending = ++added % MARKS_PER_SYNC !== 0;
      if (!pending) await context.sync();
    }
    if (pending) await context.sync();
  });
}
