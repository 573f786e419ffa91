/**
 * Sorts every voucher of a reconcile into its state (issue #14). Ours are recognised as the push
 * recognises them: by the narration's identity marker, or by REMOTEID where Tally echoes ours
 * (docs/decisions/0006). A voucher dated in a window that could not be read is "not checked": an
 * unread window is never taken for an empty one (PROTOCOL.md 11.5).
 */
import { compareDates, type CalendarDate } from "../dates";
import type { OpsTable } from "../findings";
import type { PostingLogEntry } from "../push/posting-log";
import type { CompareOptions, TallyDifference } from "../push/verify";
import { identityMarker, markerIn } from "../tally/identity-marker";
import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";
import { allDifferences } from "./differences";

/** A date window of the read, and whether Tally's answer to it was read whole. */
export interface WindowRead {
  from: CalendarDate;
  to: CalendarDate;
  read: boolean;
}

/** What the PostingLog says this workbook sent under a Remote ID. */
export interface SentVoucher {
  remoteId: string;
  table: OpsTable;
  voucher: string;
}

export type VoucherState =
  | { state: "in-step"; voucher: Voucher; tally: ExportedVoucher }
  | { state: "differs"; voucher: Voucher; tally: ExportedVoucher; differences: TallyDifference[] }
  | { state: "twice"; voucher: Voucher; copies: ExportedVoucher[] }
  | { state: "not-in-tally"; voucher: Voucher }
  /** Sent from this workbook (PostingLog), no longer in it: a deleted row, or a new number or date. */
  | { state: "orphan"; sent: SentVoucher; tally: ExportedVoucher }
  /** In Tally, never sent from this workbook: listed, never touched. */
  | { state: "not-ours"; tally: ExportedVoucher }
  | { state: "not-checked"; voucher: Voucher };

export type StateName = VoucherState["state"];

/** What this workbook has sent, per Remote ID (lower case), from its PostingLog. */
export function sentFromLog(log: readonly PostingLogEntry[]): Map<string, SentVoucher> {
  const sent = new Map<string, SentVoucher>();
  for (const e of log)
    if (e.action === "Create" || e.action === "Alter" || e.action === "Check")
      sent.set(e.remoteId.toLowerCase(), { remoteId: e.remoteId, table: e.table, voucher: e.voucher });
  return sent;
}

const inside = (date: CalendarDate, w: WindowRead) => compareDates(date, w.from) >= 0 && compareDates(date, w.to) <= 0;

export function classifyVouchers(
  workbook: readonly Voucher[],
  tally: readonly ExportedVoucher[],
  log: readonly PostingLogEntry[],
  windows: readonly WindowRead[],
  options: (v: Voucher) => CompareOptions = () => ({}),
): VoucherState[] {
  const sent = sentFromLog(log);
  const byKey = new Map<string, string>();
  const known = (remoteId: string) => {
    byKey.set(remoteId.toLowerCase(), remoteId.toLowerCase());
    byKey.set(identityMarker(remoteId), remoteId.toLowerCase());
  };
  workbook.forEach((v) => known(v.remoteId));
  sent.forEach((s) => known(s.remoteId));
  const copies = new Map<string, ExportedVoucher[]>();
  const out: VoucherState[] = [];
  for (const ev of tally) {
    const key = byKey.get(ev.remoteId?.toLowerCase() ?? "") ?? byKey.get(markerIn(ev.narration) ?? "");
    if (key === undefined) out.push({ state: "not-ours", tally: ev });
    else copies.set(key, [...(copies.get(key) ?? []), ev]);
  }
  const inWorkbook = new Set(workbook.map((v) => v.remoteId.toLowerCase()));
  for (const v of workbook) {
    const mine = copies.get(v.remoteId.toLowerCase()) ?? [];
    if (mine.length > 1) out.push({ state: "twice", voucher: v, copies: mine });
    else if (mine.length === 1) {
      const differences = allDifferences(v, mine[0], options(v));
      out.push(
        differences.length === 0
          ? { state: "in-step", voucher: v, tally: mine[0] }
          : { state: "differs", voucher: v, tally: mine[0], differences },
      );
    } else if (windows.some((w) => !w.read && inside(v.date, w)) || !windows.some((w) => inside(v.date, w))) {
      out.push({ state: "not-checked", voucher: v });
    } else out.push({ state: "not-in-tally", voucher: v });
  }
  for (const [key, list] of copies) {
    if (inWorkbook.has(key)) continue;
    const s = sent.get(key)!;
    for (const copy of list) out.push({ state: "orphan", sent: s, tally: copy });
  }
  return out;
}

/** Problems first (what needs a bookkeeper), then the rest, each in date order. */
const ORDER: StateName[] = ["twice", "differs", "orphan", "not-in-tally", "not-checked", "not-ours", "in-step"];

const dateOf = (s: VoucherState): CalendarDate | undefined => ("voucher" in s ? s.voucher.date : s.tally.date);

export function problemsFirst(states: readonly VoucherState[]): VoucherState[] {
  return [...states].sort((a, b) => {
    const byState = ORDER.indexOf(a.state) - ORDER.indexOf(b.state);
    if (byState !== 0) return byState;
    const [da, db] = [dateOf(a), dateOf(b)];
    return da && db ? compareDates(da, db) : 0;
  });
}
