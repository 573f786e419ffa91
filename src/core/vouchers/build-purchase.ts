/**
 * A Purchases table bill as a Purchase voucher, the mirror of a sale (PROTOCOL.md 2.4): supplier Cr
 * with a New Ref bill named by the supplier's Bill No, purchase ledgers and input tax Dr, stock in.
 * ITC Eligible No: the tax is still paid but cannot be claimed, so it is part of the cost and goes
 * to the purchase ledger instead of the Input tax ledgers.
 */
import type { RowGroup } from "../records/groups";
import type { PurchaseRow } from "../records/types";
import type { Voucher } from "./model";
import { makeVoucher, nameLookup, roundOffLedger, voucherHeader, type BuildContext } from "./build-context";
import { gstEntries } from "./gst-invoice";
import { invoiceLine, type ValueLine } from "./invoice-line";
import { gstDetails, purchaseSupply } from "./supply";

/** The Purchase voucher of one bill's rows; undefined when something it needs is missing (validation says what). */
export function buildPurchaseVoucher(group: RowGroup<PurchaseRow>, ctx: BuildContext): Voucher | undefined {
  const { settings } = ctx;
  const first = group.rows[0];
  const supply = purchaseSupply(first.placeOfSupply, first.supplierGstin, settings.companyState);
  if (!supply) return undefined;
  const names = nameLookup(ctx.map);
  const party = names.name("Party", first.supplier);
  const lines: ValueLine[] = [];
  for (const row of group.rows) {
    const line = invoiceLine(row, names.name("Purchase", row.gstRate), names, settings.defaultGodown);
    if (!line) return undefined;
    lines.push(row.itcEligible ? line : { ...line, taxIsCost: true });
  }
  const billNo = first.billNo.trim();
  const entries = gstEntries(
    {
      valueSign: -1,
      valueRole: "purchase",
      taxSide: "Input",
      interState: supply.interState,
      lines,
      counter: { ledger: party, role: "party", bill: { name: billNo, type: "New Ref" } },
      roundOff: roundOffLedger(settings, names),
    },
    names,
  );
  if (names.missing) return undefined;
  return makeVoucher(voucherHeader(ctx, "Purchase", settings.voucherTypes.Purchase, "Purchases", group), {
    party,
    reference: billNo,
    referenceDate: first.billDate,
    narration: first.narration,
    isInvoice: entries.inventoryEntries.length > 0,
    gst: gstDetails(first.supplierGstin, supply),
    ledgerEntries: entries.ledgerEntries,
    inventoryEntries: entries.inventoryEntries,
  });
}
