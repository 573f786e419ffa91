/**
 * A Journals table voucher as a Journal (PROTOCOL.md 2.5): each row one ledger line, Debit as a
 * negative amount and Credit as a positive one. Whether it balances is checked once for every
 * voucher by buildVouchers.
 */
import type { RowGroup } from "../records/groups";
import type { JournalRow } from "../records/types";
import type { LedgerEntry, Voucher } from "./model";
import { makeVoucher, nameLookup, voucherHeader, type BuildContext } from "./build-context";

/** The Journal of one voucher's rows; undefined when a ledger has no Tally name (validation says which). */
export function buildJournalVoucher(group: RowGroup<JournalRow>, ctx: BuildContext): Voucher | undefined {
  const names = nameLookup(ctx.map);
  const ledgerEntries: LedgerEntry[] = group.rows.map((row) => ({
    ledger: names.name("Ledger", row.ledger),
    // Exactly one of Debit/Credit per row is validation's rule; if both slip through, the net is what books.
    amount: (row.credit ?? 0) - (row.debit ?? 0),
    role: "ledger",
  }));
  if (names.missing) return undefined;
  return makeVoucher(voucherHeader(ctx, "Journal", ctx.settings.voucherTypes.Journal, "Journals", group), {
    narration: group.rows[0].narration,
    isInvoice: false,
    ledgerEntries,
    inventoryEntries: [],
  });
}
