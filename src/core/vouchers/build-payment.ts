/**
 * A Payments table payment as a Payment voucher (PROTOCOL.md 2.5): payee Dr with the bills it
 * settles (Agst Ref a Purchases Bill No, On Account when blank), cash/bank Cr for the total.
 */
import { sumPaise } from "../money";
import type { LedgerMapIndex } from "../mapping";
import type { RowGroup } from "../records/groups";
import type { PaymentRow } from "../records/types";
import type { LedgerEntry, Voucher } from "./model";
import { makeVoucher, nameLookup, voucherHeader, type BuildContext, type NameLookup } from "./build-context";
import { bankAllocation, settlementBills } from "./settlement";

/**
 * The payee is a supplier or any mapped ledger (docs/workbook.md "Payments"): an explicit Party
 * row wins, then an explicit Ledger row, then the Party same-name fallback.
 */
function payeeLedger(payee: string, map: LedgerMapIndex, names: NameLookup): string {
  if (!map.isExplicit("Party", payee) && map.isExplicit("Ledger", payee)) return names.name("Ledger", payee);
  return names.name("Party", payee);
}

/** The Payment voucher of one payment's rows; undefined when a name has no Tally ledger (validation says which). */
export function buildPaymentVoucher(group: RowGroup<PaymentRow>, ctx: BuildContext): Voucher | undefined {
  const first = group.rows[0];
  const names = nameLookup(ctx.map);
  const account = names.name("Account", first.account);
  const payee = payeeLedger(first.payee, ctx.map, names);
  if (names.missing) return undefined;
  const total = sumPaise(group.rows.map((r) => r.amount));
  const bills = settlementBills(
    group.rows.map((r) => ({ bill: r.againstBill, amount: r.amount })),
    -1,
  );
  const accountEntry: LedgerEntry = { ledger: account, amount: total, role: "account" };
  const bank = bankAllocation(first.mode, total, first.instrumentNo);
  if (bank) accountEntry.bank = bank;
  return makeVoucher(voucherHeader(ctx, "Payment", ctx.settings.voucherTypes.Payment, "Payments", group), {
    party: payee,
    narration: first.narration,
    isInvoice: false,
    ledgerEntries: [{ ledger: payee, amount: -total, role: "party", bills }, accountEntry],
    inventoryEntries: [],
  });
}
