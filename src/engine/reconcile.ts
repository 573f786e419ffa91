/**
 * Reconcile: reads Tally's vouchers for the workbook's period, every day of it, in date windows
 * Tally can afford (PROTOCOL.md 11.5; core/push/tally-cost.ts), and sorts every voucher into its state
 * (core/reconcile). Reads only: nothing is written here (the fixes are in reconcile-fixes.ts). A window
 * whose answer could not be read whole is reported as not checked, never as empty.
 */
import { compareDates } from "../core/dates";
import { handoffError, isHandoffError } from "../core/handoff-error";
import { reconcile, type Reconciliation } from "../core/reconcile/report";
import type { WindowRead } from "../core/reconcile/classify";
import { periodOf, reconcileWindows, type Period } from "../core/reconcile/windows";
import { densityBound, replyLimitBytes, VOUCHERS_PER_READ } from "../core/push/tally-cost";
import { readVouchers, type ExportedVoucher } from "../core/tally/read";
import { vouchersRequest } from "../core/tally/requests";
import type { Voucher, VoucherKind } from "../core/vouchers/model";
import type { PostingLogPort, TallyPort } from "./ports";
import { exportFrom, readLoadedCompany } from "./tally-reads";

export interface ReconcileOptions {
  company: string;
  /** Default: the financial years of the workbook's vouchers, whole (core/reconcile/windows.ts periodOf). */
  period?: Partial<Period>;
  /** Kinds Settings lets Tally number itself: Tally's number stands. */
  tallyNumbers?: readonly VoucherKind[];
  /** The most vouchers one read may walk (default VOUCHERS_PER_READ). */
  vouchersPerRead?: number;
}

export interface ReconcileProgress {
  done: number;
  total: number;
}

export interface ReconcilePorts {
  tally: TallyPort;
  log: PostingLogPort;
  onProgress?: (p: ReconcileProgress) => void;
  signal?: AbortSignal;
}

export interface UnreadWindow {
  from: Period["from"];
  to: Period["to"];
  /** Why, in the error's own words. */
  reason: string;
}

export interface ReconcileRun {
  reconciliation: Reconciliation;
  /** Every voucher Tally showed, for the fixes. */
  requests: number;
  unread: UnreadWindow[];
}

export async function runReconcile(vouchers: readonly Voucher[], ports: ReconcilePorts, options: ReconcileOptions): Promise<ReconcileRun> {
  let requests = 0;
  const tally: TallyPort = { post: (xml, opts) => (requests++, ports.tally.post(xml, opts)) };
  const own = periodOf(vouchers.map((v) => v.date));
  const from = options.period?.from ?? own?.from;
  const to = options.period?.to ?? own?.to;
  if (!from || !to || compareDates(from, to) > 0) throw handoffError("reconcile.no-period");
  const period = { from, to };
  const chosen = vouchers.filter((v) => compareDates(v.date, from) >= 0 && compareDates(v.date, to) <= 0);
  const log = await ports.log.read();
  const company = await readLoadedCompany(tally, options.company);
  const books = { from: company.booksFrom ?? company.startingFrom, to: company.endingAt };
  const density = books.from && books.to ? densityBound(company.altVchId, books.from, books.to) : 0;
  const windows = reconcileWindows(
    period,
    chosen.map((v) => v.date),
    density,
    options.vouchersPerRead ?? VOUCHERS_PER_READ,
  );
  const read: WindowRead[] = [];
  const unread: UnreadWindow[] = [];
  const found: ExportedVoucher[] = [];
  let firstError: unknown;
  for (const w of windows) {
    ports.onProgress?.({ done: read.length, total: windows.length });
    if (ports.signal?.aborted) {
      read.push({ from: w.from, to: w.to, read: false });
      unread.push({ from: w.from, to: w.to, reason: "the reconcile was stopped." });
      continue;
    }
    try {
      const request = vouchersRequest({ company: options.company, from: w.from, to: w.to });
      const text = await exportFrom(tally, request, options.company, { maxReplyBytes: replyLimitBytes(w.predicted) });
      found.push(...readVouchers(text));
      read.push({ from: w.from, to: w.to, read: true });
    } catch (e) {
      if (!isHandoffError(e)) throw e;
      firstError ??= e;
      read.push({ from: w.from, to: w.to, read: false });
      unread.push({ from: w.from, to: w.to, reason: e.message });
    }
  }
  ports.onProgress?.({ done: windows.length, total: windows.length });
  // Nothing read at all: the reconcile could not run (Tally went away), rather than "all unchecked".
  if (read.length > 0 && read.every((w) => !w.read)) throw firstError;
  const tallyNumbers = new Set(options.tallyNumbers ?? []);
  const reconciliation = reconcile(period, chosen, found, log, read, (v) => ({ tallyNumbers: tallyNumbers.has(v.kind) }));
  return { reconciliation, requests, unread };
}
