/**
 * Cell values as text, for headers, keys and the checks that a cell may be written to. The
 * reader (ooxml/sheet-reader.ts) already gives what Excel shows: text, numbers, booleans, dates
 * and error text ("#N/A"), null for an empty cell or a formula Excel never calculated.
 */

/** A cell's value as text, for headers and keys ("" when empty). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

/** True when a cell is empty or holds only spaces: such cells may be written to. */
export function isEmptyCell(value: unknown): boolean {
  return cellText(value) === "";
}
