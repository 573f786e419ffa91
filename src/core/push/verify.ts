/**
 * Read-back is the truth about what Tally holds (PROTOCOL.md 7, step 5; docs/decisions/0004): a
 * voucher counts as Posted only when Tally exports our voucher (found by its marker, 0006) with the
 * same date, type, number and amounts per ledger and item as the workbook's voucher. The party
 * field is not compared: Tally 7.1 exports a Receipt's or Payment's cash or bank ledger there (11.1).
 */
import { compareDates, type CalendarDate } from "../dates";
import { pushNote } from "../messages";
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

export interface CompareOptions {
  /** Settings let Tally number this kind itself: Tally's number stands (its note shows it). */
  tallyNumbers?: boolean;
}

/** True when Tally's number differs from the workbook's. */
export function numberDiffers(ours: Voucher, theirs: ExportedVoucher): boolean {
  return ours.number.trim().toLowerCase() !== theirs.voucherNumber.trim().toLowerCase();
}

/** How Tally's copy differs from ours, as facts: the first difference found, in the order below. */
export type TallyDifference =
  | { kind: "cancelled" }
  | { kind: "undated" }
  | { kind: "date"; tally: CalendarDate; workbook: CalendarDate }
  | { kind: "type" | "number"; tally: string; workbook: string }
  | { kind: "ledger" | "item"; name: string; tally: number; workbook: number };

/**
 * The first way Tally's copy differs from ours, or undefined when it is the same voucher. Facts,
 * not words: the engine decides on them, and words are made only for a note (differenceInWords).
 */
export function tallyDifference(ours: Voucher, theirs: ExportedVoucher, options: CompareOptions = {}): TallyDifference | undefined {
  if (theirs.isCancelled) return { kind: "cancelled" };
  if (!theirs.date) return { kind: "undated" };
  if (compareDates(ours.date, theirs.date) !== 0) return { kind: "date", tally: theirs.date, workbook: ours.date };
  if (nameKey(ours.voucherType) !== nameKey(theirs.voucherType))
    return { kind: "type", tally: theirs.voucherType, workbook: ours.voucherType };
  if (!options.tallyNumbers && numberDiffers(ours, theirs)) return { kind: "number", tally: theirs.voucherNumber, workbook: ours.number };
  const ledgers = firstDifference(
    totals(ours.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount])),
    totals(theirs.ledgerEntries.map((e) => [nameKey(e.ledger), e.amount])),
  );
  if (ledgers) return { kind: "ledger", name: ledgerName(ours, theirs, ledgers[0]), tally: ledgers[2], workbook: ledgers[1] };
  const items = firstDifference(
    totals(ours.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount])),
    totals(theirs.inventoryEntries.map((e) => [`${nameKey(e.item)}|${Math.sign(e.amount)}`, e.amount])),
  );
  if (items) return { kind: "item", name: items[0].split("|")[0], tally: items[2], workbook: items[1] };
  return undefined;
}

/** A difference in a bookkeeper's words, for a row's Tally Note. */
export function differenceInWords(d: TallyDifference): string {
  switch (d.kind) {
    case "cancelled":
      return pushNote("differs.cancelled", {});
    case "undated":
      return pushNote("differs.undated", {});
    case "date":
      return pushNote("differs.date", { tally: d.tally, workbook: d.workbook });
    case "type":
      return pushNote("differs.type", { tally: d.tally, workbook: d.workbook });
    case "number":
      return pushNote("differs.number", { tally: d.tally, workbook: d.workbook });
    case "ledger":
    case "item":
      return pushNote("differs.amount", { what: d.kind, name: d.name, tally: d.tally, workbook: d.workbook });
  }
}

/** How Tally's copy differs from ours, in a bookkeeper's words, or undefined when it is the same voucher. */
export function differenceFromTally(ours: Voucher, theirs: ExportedVoucher, options: CompareOptions = {}): string | undefined {
  const difference = tallyDifference(ours, theirs, options);
  return difference && differenceInWords(difference);
}

function ledgerName(ours: Voucher, theirs: ExportedVoucher, key: string): string {
  return [...ours.ledgerEntries, ...theirs.ledgerEntries].find((e) => nameKey(e.ledger) === key)?.ledger ?? key;
}
