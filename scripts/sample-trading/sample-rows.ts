/**
 * The shape of the sample's rows before they become Excel cells: one record per row keyed by the
 * contract's column header, a position in time (rows are laid out in the order the bookkeeper
 * typed them), and for a planted mistake the finding validation must give at that cell.
 */
import type { CalendarDate } from "../../src/core/dates";
import type { OpsTable } from "../../src/core/findings";

/** A formula with the value Excel last calculated (exceljs writes both; readers see the result). */
export interface FormulaCell {
  formula: (at: { row: number; col: (header: string) => string }) => string;
  result: number | string | { error: string };
}

export type SampleCell = string | number | CalendarDate | FormulaCell | undefined;

/** A planted mistake: the error findings validation must report on this row, one per column. */
export interface Mistake {
  columns: readonly string[];
  code: string;
  /** What the bookkeeper did, for the expected-findings file. */
  what: string;
}

export interface SampleRow {
  table: OpsTable;
  /** Where the row sits: rows are ordered by this date, then by voucher number. */
  at: CalendarDate;
  voucher: string;
  cells: Record<string, SampleCell>;
  mistake?: Mistake;
}

export const isFormula = (cell: SampleCell): cell is FormulaCell => typeof cell === "object" && cell !== null && "formula" in cell;

export const isCalendarDate = (cell: SampleCell): cell is CalendarDate => typeof cell === "object" && cell !== null && "y" in cell;

const dayKey = (d: CalendarDate) => d.y * 10_000 + d.m * 100 + d.d;

/** Chronological, lines of one voucher together, stable otherwise. */
export function inTypingOrder(rows: readonly SampleRow[]): SampleRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => dayKey(a.row.at) - dayKey(b.row.at) || a.row.voucher.localeCompare(b.row.voucher) || a.i - b.i)
    .map((x) => x.row);
}

/** mulberry32, as in test/support/generate-workbook.ts: the same seed gives the same workbook. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
export const between = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
