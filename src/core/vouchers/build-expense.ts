/**
 * An Expenses table bill (docs/workbook.md "Expenses"): expense ledgers and input tax Dr, settled
 * either by the cash/bank account it was paid from (a Payment voucher) or, when Paid From is
 * blank, by the vendor on credit with a New Ref bill = Bill No (Settings' on-credit type, a
 * Journal by default, or a Purchase).
 */
import type { RowGroup } from "../records/groups";
import type { ExpenseRow, Settings, VoucherKindName } from "../records/types";
import type { Voucher } from "./model";
import { makeVoucher, nameLookup, roundOffLedger, voucherHeader, type BuildContext, type NameLookup } from "./build-context";
import { gstEntries, type GstVoucherPlan } from "./gst-invoice";
import { gstDetails, purchaseSupply } from "./supply";

/** The on-credit type books as a Purchase when Settings names the Purchase type, else as a Journal. */
function onCreditKind(settings: Settings): VoucherKindName {
  const type = settings.expenseOnCreditType.trim().toLowerCase();
  return type === settings.voucherTypes.Purchase.trim().toLowerCase() || type === "purchase" ? "Purchase" : "Journal";
}

function counterOf(group: RowGroup<ExpenseRow>, names: NameLookup): GstVoucherPlan["counter"] {
  const first = group.rows[0];
  const paidFrom = first.paidFrom?.trim();
  if (paidFrom) return { ledger: names.name("Account", paidFrom), role: "account" };
  // No Bill No on a credit bill: the voucher number still names the bill the vendor is owed.
  const bill = first.billNo?.trim() || group.number;
  return { ledger: names.name("Party", first.vendor?.trim() || undefined), role: "party", bill: { name: bill, type: "New Ref" } };
}

/** The Payment (paid) or on-credit voucher of one expense bill; undefined when a name has no Tally ledger. */
export function buildExpenseVoucher(group: RowGroup<ExpenseRow>, ctx: BuildContext): Voucher | undefined {
  const { settings } = ctx;
  const first = group.rows[0];
  const supply = purchaseSupply(undefined, first.vendorGstin, settings.companyState);
  if (!supply) return undefined;
  const names = nameLookup(ctx.map);
  const counter = counterOf(group, names);
  const lines = group.rows.map((r) => ({ taxable: r.taxableValue, gstRate: r.gstRate, ledger: names.name("Expense", r.expenseHead) }));
  const plan: GstVoucherPlan = {
    valueSign: -1,
    valueRole: "expense",
    taxSide: "Input",
    interState: supply.interState,
    lines,
    counter,
    roundOff: roundOffLedger(settings, names),
  };
  const entries = gstEntries(plan, names);
  if (names.missing) return undefined;
  const paid = counter.role === "account";
  const kind = paid ? "Payment" : onCreditKind(settings);
  const type = paid ? settings.voucherTypes.Payment : settings.expenseOnCreditType;
  return makeVoucher(voucherHeader(ctx, kind, type, "Expenses", group), {
    party: paid ? undefined : counter.ledger,
    reference: first.billNo?.trim() || undefined,
    narration: first.narration,
    isInvoice: false,
    gst: group.rows.some((r) => r.gstRate > 0) ? gstDetails(first.vendorGstin, supply) : undefined,
    ledgerEntries: entries.ledgerEntries,
    inventoryEntries: entries.inventoryEntries,
  });
}
