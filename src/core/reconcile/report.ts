/**
 * A reconcile's verdict from what was read: the vouchers' states, the ledgers and GST, and whether
 * the books are in step. In step needs every window read, every voucher in step, nothing orphaned
 * and every ledger equal; vouchers Tally holds that this workbook never sent are listed, not judged.
 */
import type { PostingLogEntry } from "../push/posting-log";
import type { CompareOptions } from "../push/verify";
import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";
import { classifyVouchers, problemsFirst, type StateName, type VoucherState, type WindowRead } from "./classify";
import { gstLines, ledgerLines, type GstLine, type LedgerLine } from "./ledgers";
import type { Period } from "./windows";

export interface Reconciliation {
  period: Period;
  states: VoucherState[];
  counts: Record<StateName, number>;
  ledgers: LedgerLine[];
  gst: GstLine[];
  windows: WindowRead[];
  inStep: boolean;
}

const STATES: StateName[] = ["in-step", "differs", "twice", "not-in-tally", "orphan", "not-ours", "not-checked"];

export function reconcile(
  period: Period,
  workbook: readonly Voucher[],
  tally: readonly ExportedVoucher[],
  log: readonly PostingLogEntry[],
  windows: readonly WindowRead[],
  options?: (v: Voucher) => CompareOptions,
): Reconciliation {
  const states = problemsFirst(classifyVouchers(workbook, tally, log, windows, options));
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<StateName, number>;
  for (const s of states) counts[s.state]++;
  const ledgers = ledgerLines(workbook, states);
  const gst = gstLines(states);
  const inStep =
    windows.every((w) => w.read) &&
    states.every((s) => s.state === "in-step" || s.state === "not-ours" || (s.state === "orphan" && s.tally.isCancelled)) &&
    ledgers.every((l) => l.workbook === l.tally) &&
    gst.every((g) => g.workbook === g.tally);
  return { period, states, counts, ledgers, gst, windows: [...windows], inStep };
}
