/**
 * What a push left in the emulator, judged from the emulator's own state and the workbook's
 * vouchers, not from the engine's read-back: the five counts of issue #11's profile matrix.
 * Our vouchers are recognised by the narration marker, computed here with node:crypto.
 */
import { createHash } from "node:crypto";
import { compareDates } from "../../src/core/dates";
import { nameKey } from "../../src/core/mapping";
import type { Voucher, VoucherKind } from "../../src/core/vouchers/model";
import type { VoucherResult } from "../../src/engine/ports";
import type { CompanyState } from "../../src/emulator/state";
import { postingsOf, type Voucher as TallyVoucher } from "../../src/emulator/voucher-record";

export interface AuditCounts {
  duplicates: number;
  missing: number;
  falsePosted: number;
  falseFailed: number;
  renumbered: number;
}

const markerOf = (remoteId: string): string => `[TH:${createHash("sha256").update(remoteId).digest("hex").slice(0, 16)}]`;

function postings(pairs: { ledger: string; amount: number }[]): string {
  const m = new Map<string, number>();
  for (const p of pairs) m.set(nameKey(p.ledger), (m.get(nameKey(p.ledger)) ?? 0) + p.amount);
  return JSON.stringify([...m].filter(([, a]) => a !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function workbookPostings(v: Voucher): string {
  const items = v.inventoryEntries.flatMap((i) => (i.ledger ? [{ ledger: i.ledger, amount: i.amount }] : []));
  return postings([...v.ledgerEntries.map((e) => ({ ledger: e.ledger, amount: e.amount })), ...items]);
}

/** Tally's copies of each workbook voucher, by marker. */
export function copiesIn(state: CompanyState, vouchers: readonly Voucher[]): Map<string, TallyVoucher[]> {
  const byMarker = new Map(vouchers.map((v) => [markerOf(v.remoteId), v.remoteId]));
  const copies = new Map<string, TallyVoucher[]>(vouchers.map((v) => [v.remoteId, []]));
  for (const t of state.vouchers()) {
    const marker = /\[TH:[0-9a-f]{16}\]$/.exec(t.narration ?? "")?.[0];
    const id = marker && byMarker.get(marker);
    if (id) copies.get(id)!.push(t);
  }
  return copies;
}

/** Tally holds the voucher as the workbook has it (the number may be Tally's own where Settings allow). */
export function holdsAsSent(copy: TallyVoucher, v: Voucher, tallyNumbers: ReadonlySet<VoucherKind>): boolean {
  if (copy.cancelled || compareDates(copy.date, v.date) !== 0 || nameKey(copy.type) !== nameKey(v.voucherType)) return false;
  if (!tallyNumbers.has(v.kind) && copy.number !== v.number) return false;
  return postings(postingsOf(copy)) === workbookPostings(v);
}

/**
 * `expectedAbsent`: vouchers Tally rightly refuses (Educational dates), not counted as missing.
 * `lastResults`: each voucher's latest row status.
 */
export function audit(
  state: CompanyState,
  vouchers: readonly Voucher[],
  lastResults: ReadonlyMap<string, VoucherResult>,
  tallyNumbers: ReadonlySet<VoucherKind>,
  expectedAbsent: (v: Voucher) => boolean = () => false,
): AuditCounts {
  const copies = copiesIn(state, vouchers);
  const counts: AuditCounts = { duplicates: 0, missing: 0, falsePosted: 0, falseFailed: 0, renumbered: 0 };
  for (const v of vouchers) {
    const held = copies.get(v.remoteId)!;
    const good = held.filter((c) => holdsAsSent(c, v, tallyNumbers));
    if (held.length > 1) counts.duplicates += held.length - 1;
    if (good.length === 0 && !expectedAbsent(v)) counts.missing++;
    if (held.some((c) => c.number !== v.number && !tallyNumbers.has(v.kind))) counts.renumbered++;
    const outcome = lastResults.get(v.remoteId)?.outcome;
    if (outcome === "Posted" && good.length !== 1) counts.falsePosted++;
    if (outcome === "Failed" && good.length === 1) counts.falseFailed++;
  }
  return counts;
}
