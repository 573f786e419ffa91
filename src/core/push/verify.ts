/**
 * Read-back is the truth about what Tally holds (PROTOCOL.md 7, step 5; docs/decisions/0004): a
 * voucher counts as Posted only when Tally exports our voucher (found by its marker, 0006) with the
 * same date, type, number and amounts per ledger and item as the workbook's voucher. The party
 * field is not compared: Tally 7.1 exports a Receipt's or Payment's cash or bank ledger there (11.1).
 */
import { compareDates, displayDate } from "../dates";
import { formatInr } from "../money";
import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";
import { nameKey } from "../mapping";

function totals(pairs: Iterable<[string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v] of pairs) m.set(k, (m.get(k) ?? 0) + v);
  for (const [k, v] of m) if (v === 0) m.delete(k);
  return m;
}

/** The first key whose totals differ, with both amounts (0 when one side lacks it). */
function firstDifference(ours: Map<string, number>, theirs: Map<string, number>): [string, number, number] | undefined {
  for (const [k, v] of ours) if (theirs.get(k) !== v) return [k, v, theirs.get(k) ?? 0];
  for (const [k, v] of theirs) if (!ours.has(k)) return [k, 0, v];
  return undefined;
}

const shown = (paise: number): string => `${formatInr(Math.abs(paise))} ${paise < 0 ? "Dr" : paise > 0 ? "Cr" : ""}`.trim();

export interface CompareOptions {
  /** Settings let Tally number this kind itself: Tally's number stands (its note shows it). */
  tallyNumbers?: boolean;
}

/** True when Tally's number differs from the workbook's. */
export function numberDiffers(ours: Voucher, theirs: ExportedVoucher): boolean {
  return ours.number.trim().toLowerCase() !== theirs.voucherNumber.trim().toLowerCase();
}

/** How Tally's copy differs from ours, in a bookkeeper's words, or undefined when it is the same voucher. */
export function differenceFromTally(ours: Voucher, theirs: ExportedVoucher, options: CompareOptions = {}): string | undefined {
  if (theirs.isCancelled) return "it is cancelled in Tally";
  if (!theirs.date) return "Tally did not say its date";
  if (compareDates(ours.date, theirs.date) !== 0) return `Tally has it dated ${displayDate(theirs.date)}, the workbook ${displayDate(ours.date)}`;
  if (nameKey(ours.voucherType) !== nameKey(theirs.voucherType)) return `Tally has it as a ${theirs.voucherType} voucher, the workbook as ${ours.voucherType}`;
  if (!options.tallyNumbers && numberDiffers(ours, theirs)) return `Tally has it numbered ${theirs.voucherNumber}, the workbook ${ours.number}`;
  const ledgers = firstDifference(
    totals(ours.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount])),
    totals(theirs.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount])),
  );
  if (ledgers) return `ledger ${ledgerName(ours, theirs, ledgers[0])} is ${shown(ledgers[2])} in Tally, ${shown(ledgers[1])} in the workbook`;
  const items = firstDifference(
    totals(ours.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount])),
    totals(theirs.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount])),
  );
  if (items) return `item ${items[0].split("|")[0]} is ${shown(items[2])} in Tally, ${shown(items[1])} in the workbook`;
  return undefined;
}

function ledgerName(ours: Voucher, theirs: ExportedVoucher, key: string): string {
  return [...ours.ledgerEntries, ...theirs.ledgerEntries].find((e) => nameKey(e.ledger) === key)?.ledger ?? key;
}
