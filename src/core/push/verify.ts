/**
 * Read-back is the truth about what Tally holds (PROTOCOL.md 7, step 5): a voucher counts as
 * Posted only when Tally exports a voucher with our Remote ID that carries the same date, number
 * and amounts per ledger and item as the workbook's voucher.
 */
import { compareDates } from "../dates";
import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";
import { nameKey } from "../mapping";

function totals(pairs: Iterable<[string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v] of pairs) m.set(k, (m.get(k) ?? 0) + v);
  for (const [k, v] of m) if (v === 0) m.delete(k);
  return m;
}

function sameTotals(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Why Tally's copy differs from ours, or undefined when it is the same voucher. */
export function differenceFromTally(ours: Voucher, theirs: ExportedVoucher): string | undefined {
  if (theirs.isCancelled) return "it is cancelled in Tally";
  if (!theirs.date || compareDates(ours.date, theirs.date) !== 0) return "its date differs in Tally";
  if (ours.number.trim().toLowerCase() !== theirs.voucherNumber.trim().toLowerCase()) return "its number differs in Tally";
  if (ours.voucherType.trim().toLowerCase() !== theirs.voucherType.trim().toLowerCase()) return "its voucher type differs in Tally";
  const ourLedgers = totals(ours.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount]));
  const theirLedgers = totals(theirs.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount]));
  if (!sameTotals(ourLedgers, theirLedgers)) return "its ledger amounts differ in Tally";
  const ourItems = totals(ours.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount]));
  const theirItems = totals(theirs.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount]));
  if (!sameTotals(ourItems, theirItems)) return "its item values differ in Tally";
  return undefined;
}
