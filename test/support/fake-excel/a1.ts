/**
 * A1 addresses as Excel writes them: "C5", "A1:D9", "C:C", "5:5", sheet names quoted when they hold
 * anything but letters, digits and underscores ("'Stock Moves'!A1"). Rows and columns are 0-based here.
 */

/** Excel's grid (XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle on one sheet, 0-based. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let text = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    text = String.fromCharCode(65 + rest) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Parses "B2", "A1:C3", "C:C", "5:7", optionally after "Sheet!" or "'My Sheet'!". */
export function parseAddress(text: string): { sheet?: string; area: Area } {
  const bang = text.lastIndexOf("!");
  const sheet = bang < 0 ? undefined : unquote(text.slice(0, bang));
  const [from, to = from] = text.slice(bang + 1).split(":");
  const a = cornerOf(from);
  const b = cornerOf(to);
  if (!a || !b || a.kind !== b.kind) throw new Error(`fake Excel: cannot read the address "${text}"`);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rows = a.kind === "column" ? MAX_ROWS : Math.abs(a.row - b.row) + 1;
  const cols = a.kind === "row" ? MAX_COLS : Math.abs(a.col - b.col) + 1;
  return { sheet, area: { row, col, rows, cols } };
}

function unquote(name: string): string {
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function cornerOf(text: string): { kind: "cell" | "column" | "row"; row: number; col: number } | undefined {
  const cell = CELL.exec(text);
  if (cell) return { kind: "cell", row: Number(cell[2]) - 1, col: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { kind: "column", row: 0, col: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { kind: "row", row: Number(row[1]) - 1, col: 0 };
  return undefined;
}

/** The address Excel reports for an area: "Sales!C5", "Sales!A1:D9", "Sales!C:C", "Sales!5:5". */
export function formatAddress(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${localAddress(area)}`;
}

export function localAddress(area: Area): string {
  const { row, col, rows, cols } = area;
  if (rows === MAX_ROWS && cols === MAX_COLS) return `1:${MAX_ROWS}`;
  if (rows === MAX_ROWS) return `${columnLetters(col)}:${columnLetters(col + cols - 1)}`;
  if (cols === MAX_COLS) return `${row + 1}:${row + rows}`;
  const first = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnLetters(col + cols - 1)}${row + rows}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
