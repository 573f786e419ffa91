/**
 * Where an Excel table (ListObject) sits on its sheet: ranges in A1 form and the table's body
 * rows. The tables themselves are read from their parts (ooxml/table-parts.ts).
 */
import { columnLetters as lettersFrom0 } from "../../core/finding-cells";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based column number of "A", "Z", "AA", ... */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A", ..., "Z", "AA" for a 1-based column number (the sheet counts from 1, the core from 0). */
export const columnLetters = (column: number): string => lettersFrom0(column - 1);

export function decodeRange(ref: string): Box {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`"${ref}" is not a cell range`);
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

export const encodeRange = (b: Box): string => `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;

/** Sheet rows of the table's body: below the header, above the totals row. */
export function bodyRows(table: { box: Box; headerRow: boolean; totalsRow: boolean }): { first: number; last: number } {
  return { first: table.box.top + (table.headerRow ? 1 : 0), last: table.box.bottom - (table.totalsRow ? 1 : 0) };
}
