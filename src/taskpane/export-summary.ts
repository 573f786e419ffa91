/**
 * What an export will hold, told before the download: vouchers per kind, the period they cover,
 * and the rows left out with the core's own reason (each row's Tally Note). Pure.
 */
import { compareDates, displayDate } from "../core/dates";
import { OPS_TABLES, type OpsTable } from "../core/findings";
import type { RowVerdict } from "../core/handoff";
import type { Voucher } from "../core/vouchers/model";
import { summariseVouchers, type KindTotal } from "./send-summary";

export interface LeftOut {
  table: OpsTable;
  rows: number;
  /** Distinct reasons, most rows first, each with how many rows it holds back. */
  reasons: { note: string; rows: number }[];
}

export interface ExportSummary {
  vouchers: number;
  byKind: KindTotal[];
  /** "1-Apr-2026 to 30-Jun-2026"; undefined with no vouchers. */
  period?: string;
  leftOut: LeftOut[];
}

export function exportSummary(vouchers: readonly Voucher[], verdicts: readonly RowVerdict[]): ExportSummary {
  const { byKind } = summariseVouchers(vouchers);
  let period: string | undefined;
  if (vouchers.length > 0) {
    const dates = vouchers.map((v) => v.date).sort(compareDates);
    period = `${displayDate(dates[0])} to ${displayDate(dates[dates.length - 1])}`;
  }
  const tables = new Map<OpsTable, Map<string, number>>();
  for (const v of verdicts) {
    if (v.status !== "Invalid") continue;
    const notes = tables.get(v.table) ?? new Map<string, number>();
    notes.set(v.note, (notes.get(v.note) ?? 0) + 1);
    tables.set(v.table, notes);
  }
  const inOrder = OPS_TABLES.filter((t) => tables.has(t)).map((t) => [t, tables.get(t)!] as const);
  const leftOut = inOrder.map(([table, notes]) => ({
    table,
    rows: [...notes.values()].reduce((a, b) => a + b, 0),
    reasons: [...notes].map(([note, rows]) => ({ note, rows })).sort((a, b) => b.rows - a.rows),
  }));
  return { vouchers: vouchers.length, byKind, period, leftOut };
}
