/* global Excel */
/**
 * Tally Status and Tally Note, the only columns of a user's table the add-in writes
 * (docs/workbook.md, "Status columns"). Rows are written as runs of consecutive rows, one 2-D
 * block per run (both columns at once when they sit side by side), so rows not mentioned keep
 * what they show. A table without the columns gets them first, in the same round trip. What goes
 * into the cells is the core's (core/push/status-cells.ts), shared with the .xlsx adapter.
 */
import { STATUS_COLUMNS } from "../../core/records/columns";
import { noteCellText, type StatusCell } from "../../core/push/status-cells";
import { writeBlocks, type BlockWrite } from "./cell-writes";
import type { ExcelRun } from "./excel-run";
import { payloadSettings, type PayloadOptions } from "./request-size";
import { columnOf, loadLayout, tableNamed, type TableLayout, type WorkbookLayout } from "./workbook-layout";

interface TablePlan {
  layout: TableLayout;
  cells: StatusCell[];
  statusCol: number;
  noteCol: number;
}

/** Groups the cells by table and finds each table's two columns (-1 when missing). */
function planTables(layout: WorkbookLayout, cells: readonly StatusCell[]): TablePlan[] {
  const plans = new Map<TableLayout, TablePlan>();
  cells.forEach((cell) => {
    const table = tableNamed(layout, cell.table);
    if (!table) return;
    let plan = plans.get(table);
    if (!plan) {
      const [statusCol, noteCol] = STATUS_COLUMNS.map((h) => columnOf(table, cell.table, h));
      plan = { layout: table, cells: [], statusCol, noteCol };
      plans.set(table, plan);
    }
    plan.cells.push(cell);
  });
  return [...plans.values()];
}

function addMissingColumns(plan: TablePlan): void {
  let next = plan.layout.headers.length;
  const add = (header: string) => {
    plan.layout.table.columns.add(undefined, undefined, header);
    return next++;
  };
  if (plan.statusCol < 0) plan.statusCol = add(STATUS_COLUMNS[0]);
  if (plan.noteCol < 0) plan.noteCol = add(STATUS_COLUMNS[1]);
}

/** Runs of consecutive rows below `rowCount`; a row mentioned twice takes its last cell. */
function runsOf(cells: readonly StatusCell[], rowCount: number): StatusCell[][] {
  const last = new Map<number, StatusCell>();
  for (const c of cells) if (c.index >= 0 && c.index < rowCount) last.set(c.index, c);
  const sorted = [...last.values()].sort((a, b) => a.index - b.index);
  const runs: StatusCell[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].index === c.index - 1) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

function blocksOf(plan: TablePlan, rowCount: number, body: Excel.Range): BlockWrite[] {
  const side = plan.noteCol === plan.statusCol + 1;
  return runsOf(plan.cells, rowCount).flatMap((run): BlockWrite[] => {
    const at = (col: number, width: number) => (offset: number, count: number) =>
      body.getCell(run[0].index + offset, col).getResizedRange(count - 1, width - 1);
    if (side) return [{ rows: run.map((c) => [c.status, noteCellText(c.note)]), target: at(plan.statusCol, 2) }];
    return [
      { rows: run.map((c) => [c.status]), target: at(plan.statusCol, 1) },
      { rows: run.map((c) => [noteCellText(c.note)]), target: at(plan.noteCol, 1) },
    ];
  });
}

/** Layout (sync 1), missing columns and row counts (sync 2), then the blocks in budget-sized syncs. */
export async function writeStatuses(run: ExcelRun, cells: readonly StatusCell[], options?: PayloadOptions): Promise<void> {
  if (cells.length === 0) return;
  await run(async (context) => {
    const layout = await loadLayout(context);
    const plans = planTables(layout, cells);
    if (plans.length === 0) return;
    plans.forEach(addMissingColumns);
    const counts = plans.map((p) => p.layout.table.getDataBodyRange().load("rowCount"));
    await context.sync();
    const blocks = plans.flatMap((p, i) => blocksOf(p, counts[i].rowCount, p.layout.table.getDataBodyRange()));
    await writeBlocks(context, blocks, payloadSettings(options).payloadBudget);
  });
}
