/**
 * A Receipts table receipt as a Receipt voucher (PROTOCOL.md 2.5): cash/bank Dr for the total,
 * customer Cr with one bill allocation per invoice it settles (several rows with one Receipt No
 * settle several invoices) and On Account for rows with no invoice.
 */
import { sumPaise } from "../money";
import type { RowGroup } from "../records/groups";
import type { ReceiptRow } from "../records/types";
import type { LedgerEntry, Voucher } from "./model";
import { makeVoucher, nameLookup, voucherHeader, type BuildContext } from "./build-context";
import { bankAllocation, settlementBills } from "./settlement";

/** The Receipt voucher of one receipt's rows; undefined when a name has no Tally ledger (validation says which). */
export function buildReceiptVoucher(group: RowGroup<ReceiptRow>, ctx: BuildContext): Voucher | undefined {
  const first = group.rows[0];
  const names = nameLookup(ctx.map);
  const account = names.name("Account", first.account);
  const party = names.name("Party", first.customer);
  if (names.missing) return undefined;
  const total = sumPaise(group.rows.map((r) => r.amount));
  const accountEntry: LedgerEntry = { ledger: account, amount: -total, role: "account" };
  const bank = bankAllocation(first.mode, -total, first.instrumentNo, first.instrumentDate);
  if (bank) accountEntry.bank = bank;
  const bills = settlementBills(
    group.rows.map((r) => ({ bill: r.againstInvoice, amount: r.amount })),
    1,
  );
  return makeVoucher(voucherHeader(ctx, "Receipt", ctx.settings.voucherTypes.Receipt, "Receipts", group), {
    party,
    narration: first.narration,
    isInvoice: false,
    ledgerEntries: [accountEntry, { ledger: party, amount: total, role: "party", bills }],
    inventoryEntries: [],
  });
}
