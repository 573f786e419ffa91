/**
 * Every way Tally's copy differs from the workbook's voucher, not only the first: the push's own
 * comparison (core/push/verify.ts tallyDifference) is asked again after each difference it names
 * is set aside, so both agree on what "the same voucher" means.
 */
import { nameKey } from "../mapping";
import { tallyDifference, type CompareOptions, type TallyDifference } from "../push/verify";
import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";

/** Tally's copy with one difference taken away (set to the workbook's side). */
function setAside(theirs: ExportedVoucher, ours: Voucher, d: TallyDifference): ExportedVoucher {
  switch (d.kind) {
    case "date":
      return { ...theirs, date: ours.date };
    case "type":
      return { ...theirs, voucherType: ours.voucherType };
    case "number":
      return { ...theirs, voucherNumber: ours.number };
    case "ledger": {
      const key = nameKey(d.name);
      const kept = theirs.ledgerEntries.filter((e) => nameKey(e.ledger) !== key);
      const mine = ours.ledgerEntries.filter((e) => nameKey(e.ledger) === key);
      return {
        ...theirs,
        ledgerEntries: [...kept, ...mine.map((e) => ({ ledger: e.ledger, amount: e.amount, isDeemedPositive: e.amount < 0 }))],
      };
    }
    default: {
      const key = nameKey(d.kind === "item" ? d.name : "");
      const kept = theirs.inventoryEntries.filter((e) => nameKey(e.item) !== key);
      const mine = ours.inventoryEntries.filter((e) => nameKey(e.item) === key);
      return { ...theirs, inventoryEntries: [...kept, ...mine.map((e) => ({ ...e, isDeemedPositive: e.amount < 0 }))] };
    }
  }
}

/** All differences, in tallyDifference's order; empty when Tally holds the same voucher. */
export function allDifferences(ours: Voucher, theirs: ExportedVoucher, options: CompareOptions = {}): TallyDifference[] {
  const out: TallyDifference[] = [];
  let copy = theirs;
  // Each pass removes one difference; the bound only guards against a comparison that never settles.
  for (
    let pass = 0;
    pass < 1 + ours.ledgerEntries.length + ours.inventoryEntries.length + copy.ledgerEntries.length + copy.inventoryEntries.length + 3;
    pass++
  ) {
    const d = tallyDifference(ours, copy, options);
    if (!d) break;
    out.push(d);
    if (d.kind === "cancelled" || d.kind === "undated") break;
    copy = setAside(copy, ours, d);
  }
  return out;
}
