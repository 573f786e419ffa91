/**
 * What a push should do with each voucher, before asking Tally: pure input for the engine.
 * The PostingLog only saves work; the engine still reads Tally back before it sends anything.
 */
import { compareDates, type CalendarDate } from "../dates";
import type { OpsTable } from "../findings";
import { contentHash } from "../identity";
import type { Voucher } from "../vouchers/model";
import { loggedStates, type PostingLogEntry } from "./posting-log";

/** Hash of what the voucher means in the books; row positions are left out (inserting a row changes nothing). */
// Vouchers are never changed once built (a changed row is a new voucher), so each is hashed once:
// Home, Send and the push each plan the same 20,000 vouchers, and hashing them costs about a second.
const hashes = new WeakMap<Voucher, string>();

export function voucherHash(v: Voucher): string {
  let hash = hashes.get(v);
  if (hash === undefined) {
    const { source: _source, ...meaning } = v;
    hashes.set(v, (hash = contentHash(meaning)));
  }
  return hash;
}

/**
 * Takes hashes worked out elsewhere (the check's worker, by voucherHash on the same content) for
 * these vouchers, which arrived as copies: the pane's thread need not hash them again.
 */
export function rememberVoucherHashes(vouchers: readonly Voucher[], hashesInOrder: readonly string[]): void {
  if (hashesInOrder.length !== vouchers.length) return;
  vouchers.forEach((v, i) => hashes.set(v, hashesInOrder[i]));
}

/** "taken-back": Take Back deleted it from Tally; a resend would re-create it (PROTOCOL.md 11.2), so only on confirmation. */
export type PlannedAction = "send" | "up-to-date" | "taken-back";

export interface PlannedVoucher {
  voucher: Voucher;
  hash: string;
  /** "up-to-date": the log says Tally has exactly this; the engine does not resend it. */
  action: PlannedAction;
  /** The PostingLog holds an entry for it: this workbook sent it, or tried to. */
  logged: boolean;
  /** The row is as it was when Tally last held it as sent (the last Posted entry's content). */
  asSent: boolean;
}

export interface PushFilter {
  from?: CalendarDate;
  to?: CalendarDate;
  tables?: OpsTable[];
  /** Only these vouchers (by REMOTEID): the ones a confirmation named. */
  remoteIds?: readonly string[];
}

export function planPush(
  vouchers: readonly Voucher[],
  log: readonly PostingLogEntry[],
  filter: PushFilter = {},
  /** The user confirmed re-creating the vouchers a Take Back deleted. */
  recreateTakenBack = false,
): PlannedVoucher[] {
  const states = loggedStates(log);
  const only = filter.remoteIds && new Set(filter.remoteIds);
  const chosen = vouchers.filter(
    (v) =>
      (!filter.from || compareDates(v.date, filter.from) >= 0) &&
      (!filter.to || compareDates(v.date, filter.to) <= 0) &&
      (!filter.tables || filter.tables.includes(v.source.table)) &&
      (!only || only.has(v.remoteId)),
  );
  return chosen.map((voucher) => {
    const hash = voucherHash(voucher);
    const state = states.get(voucher.remoteId);
    const asSent = state?.postedHash === hash;
    const upToDate = asSent && !state?.unresolved && !state?.failedSincePosted;
    const logged = state !== undefined;
    if (state?.takenBack && !state.unresolved && !recreateTakenBack) return { voucher, hash, action: "taken-back", logged, asSent };
    return { voucher, hash, action: upToDate ? "up-to-date" : "send", logged, asSent };
  });
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const n = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
