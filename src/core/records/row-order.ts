/**
 * The order cross-row rules judge rows in (docs/decisions/0009): date, then voucher number in
 * natural order (INV-2 before INV-10, case ignored), then sheet row. Total and deterministic, so
 * the row blamed for taking a total past its limit is always the same one.
 */
import { compareDates, type CalendarDate } from "../dates";

const CHUNKS = /\d+|\D+/g;

/** "INV-2" before "INV-10": digit runs compare as numbers, other text case-insensitively. */
export function compareNumbers(a: string, b: string): number {
  const x = a.trim().toUpperCase().match(CHUNKS) ?? [];
  const y = b.trim().toUpperCase().match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    const bothDigits = /^\d/.test(p) && /^\d/.test(q);
    if (bothDigits) {
      // Compare digit runs by value without Number(): "007" and "7" tie here, the text decides below.
      const byValue = p.replace(/^0+/, "").length - q.replace(/^0+/, "").length || cmp(p.replace(/^0+/, ""), q.replace(/^0+/, ""));
      if (byValue !== 0) return byValue;
    }
    return cmp(p, q);
  }
  return x.length - y.length || cmp(a, b);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Placed {
  date: CalendarDate;
  number: string;
  row: number;
}

/** Date, then number (natural order), then sheet row. */
export function compareRowOrder(a: Placed, b: Placed): number {
  return compareDates(a.date, b.date) || compareNumbers(a.number, b.number) || a.row - b.row;
}
