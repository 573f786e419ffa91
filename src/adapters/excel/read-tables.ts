/* global Excel */
/**
 * Reads the tables the core needs in a bounded number of round trips: the layout (sync 1), the
 * bodies' sizes and positions (sync 2), then the values in slices packed across tables under the
 * payload budget. The number of syncs grows with the data's size over the budget, never with the
 * number of rows or tables. Error cells arrive as their text ("#N/A") and are kept for the core.
 */
import { CORE_TABLES } from "../../core/workbook-names";
import { headerKey } from "../../core/records/columns";
import type { TableInput, WorkbookInput } from "../../core/records/types";
import type { ExcelRun } from "./excel-run";
import { isPayloadLimitError, jsonBytes, payloadSettings, type PayloadOptions } from "./request-size";
import { loadLayout, type TableLayout } from "./workbook-layout";

// Others (PostingLog, the user's own) are not read.
const CORE_TABLE_KEYS = new Set(CORE_TABLES.map(headerKey));

export interface BodyRead {
  /** Sheet row of the first body row. */
  firstRow: number;
  rows: unknown[][];
}

interface Shape {
  body: Excel.Range;
  rows: number;
  columns: number;
}

interface Slice {
  table: number;
  start: number;
  count: number;
  range?: Excel.Range;
}

interface Cursor {
  table: number;
  row: number;
}

/** Slices from the cursor that fill at most `cells` cells, across tables, and the cursor after them. */
function nextChunk(shapes: readonly Shape[], from: Cursor, cells: number): { slices: Slice[]; next: Cursor } {
  const slices: Slice[] = [];
  let room = cells;
  let { table, row } = from;
  while (table < shapes.length) {
    const shape = shapes[table];
    const count = Math.min(shape.rows - row, Math.floor(room / shape.columns));
    if (row < shape.rows && count === 0) break;
    if (count > 0) slices.push({ table, start: row, count });
    room -= count * shape.columns;
    row += count;
    if (row >= shape.rows) [table, row] = [table + 1, 0];
  }
  return { slices, next: { table, row } };
}

/** Sizes and positions (one sync), then values in budget-sized syncs; a refused payload halves the budget and retries. */
export async function readBodies(
  context: Excel.RequestContext,
  tables: readonly TableLayout[],
  options?: PayloadOptions,
): Promise<BodyRead[]> {
  const settings = payloadSettings(options);
  const bodies = tables.map((t) => t.table.getDataBodyRange().load(["rowIndex", "rowCount", "columnCount"]));
  await context.sync();
  const shapes: Shape[] = bodies.map((body) => ({ body, rows: body.rowCount, columns: body.columnCount }));
  const out: BodyRead[] = bodies.map((body) => ({ firstRow: body.rowIndex + 1, rows: [] }));
  let cursor: Cursor = { table: 0, row: 0 };
  let budget = settings.payloadBudget;
  let bytesPerCell = settings.bytesPerCell;
  while (cursor.table < shapes.length) {
    const { slices, next } = nextChunk(shapes, cursor, Math.floor(budget / bytesPerCell));
    if (slices.length === 0) {
      if (next.table >= shapes.length) break;
      throw new Error(`A row of ${shapes[next.table].columns} cells does not fit in one Excel request.`);
    }
    for (const s of slices)
      s.range = shapes[s.table].body
        .getRow(s.start)
        .getResizedRange(s.count - 1, 0)
        .load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      budget = Math.floor(budget / 2);
      continue;
    }
    bytesPerCell = Math.max(bytesPerCell, observedBytesPerCell(slices));
    for (const s of slices) for (const row of (s.range as Excel.Range).values) out[s.table].rows.push(row);
    cursor = next;
  }
  return out;
}

/** Cells bigger than the estimate (long narrations) make the next slices smaller. */
function observedBytesPerCell(slices: readonly Slice[]): number {
  let bytes = 0;
  let cells = 0;
  for (const s of slices) {
    const values = (s.range as Excel.Range).values;
    bytes += jsonBytes(values);
    cells += values.length * (values[0]?.length ?? 0);
  }
  return cells === 0 ? 0 : Math.ceil(bytes / cells);
}

/** Every ops table, HandoffSettings and LedgerMap, hidden sheet included, as the core takes them. */
export async function readWorkbook(run: ExcelRun, options?: PayloadOptions): Promise<WorkbookInput> {
  return run(async (context) => {
    const layout = await loadLayout(context);
    const wanted = layout.tables.filter((t) => CORE_TABLE_KEYS.has(headerKey(t.name)));
    const bodies = await readBodies(context, wanted, options);
    const tables: Record<string, TableInput> = {};
    wanted.forEach((t, i) => {
      tables[t.name] = { name: t.name, headers: t.headers, rows: bodies[i].rows, firstRow: bodies[i].firstRow, sheet: t.sheet };
    });
    return { tables };
  });
}
