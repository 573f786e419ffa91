/* global Excel */
/**
 * Bulk writes: 2-D blocks and appended table rows, cut into as few syncs as the payload budget
 * allows (request-size.ts), never cell by cell. Text goes in with a leading apostrophe, which
 * Excel hides: values set through the API are read like typed input, so "001" would become 1,
 * "1-4" a date and "=x" a formula.
 */
import { headerKey } from "../../core/records/columns";
import { jsonBytes } from "./request-size";

export type CellInput = string | number | boolean;

/** Text exactly as given (blank stays blank). */
export function textCell(text: string): string {
  return text === "" ? "" : `'${text}`;
}

export function cellInput(value: CellInput): CellInput {
  return typeof value === "string" ? textCell(value) : value;
}

/** A row in a table's column order: named values where the headers match, blank elsewhere. */
export function rowFor(headers: readonly string[], values: Readonly<Record<string, CellInput>>): CellInput[] {
  const byKey = new Map(Object.entries(values).map(([header, v]) => [headerKey(header), v]));
  return headers.map((h) => byKey.get(headerKey(h)) ?? "");
}

/** Rows to write (as given: text is kept as text on the way); `target` gives the range for rows [offset, offset + count). */
export interface BlockWrite {
  rows: readonly CellInput[][];
  target: (offset: number, count: number) => Excel.Range;
}

/** Request bytes of one block besides its values (the range's path and the set command), a generous guess. */
export const BLOCK_OVERHEAD = 400;

const asInput = (rows: readonly CellInput[][]) => rows.map((row) => row.map(cellInput));
const rowSizes = (rows: readonly unknown[][]) => rows.map((row) => jsonBytes(row) + 1);

/** How many rows from `start` fit in `room` bytes (at least one when the room is a whole budget). */
function rowsThatFit(sizes: readonly number[], start: number, room: number, whole: boolean): number {
  let used = 2;
  let count = 0;
  while (start + count < sizes.length && used + sizes[start + count] <= room) used += sizes[start + count++];
  return count === 0 && whole && start < sizes.length ? 1 : count;
}

/**
 * Writes the blocks with as few syncs as fit under the budget, and always syncs at least once
 * (so commands the caller queued before, such as new columns, go with the first batch).
 */
export async function writeBlocks(context: Excel.RequestContext, blocks: readonly BlockWrite[], budget: number): Promise<void> {
  let room = budget;
  for (const block of blocks) {
    const rows = asInput(block.rows);
    const sizes = rowSizes(rows);
    let start = 0;
    while (start < sizes.length) {
      const count = rowsThatFit(sizes, start, room - BLOCK_OVERHEAD, room === budget);
      if (count === 0) {
        await context.sync();
        room = budget;
        continue;
      }
      block.target(start, count).values = rows.slice(start, start + count);
      room -= sizes.slice(start, start + count).reduce((a, b) => a + b, 2 + BLOCK_OVERHEAD);
      start += count;
    }
  }
  await context.sync();
}

/** Appends rows to a table: one rows.add per batch that fits the budget, each batch one sync. */
export async function appendRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  given: readonly CellInput[][],
  budget: number,
): Promise<void> {
  const rows = asInput(given);
  const sizes = rowSizes(rows);
  for (let start = 0; start < rows.length;) {
    const count = rowsThatFit(sizes, start, budget, true);
    table.rows.add(undefined, rows.slice(start, start + count));
    await context.sync();
    start += count;
  }
}
