/**
 * A Sales table invoice as a Sales voucher (PROTOCOL.md 2.4): customer Dr with a New Ref bill named
 * by the invoice number, sales ledgers and output tax Cr. Any line with an Item makes it an item
 * invoice; lines without an Item (freight, a service) stay sales ledger lines beside the stock.
 */
import type { RowGroup } from "../records/groups";
import type { SalesRow } from "../records/types";
import type { Voucher } from "./model";
import { makeVoucher, nameLookup, roundOffLedger, voucherHeader, type BuildContext } from "./build-context";
import { gstEntries } from "./gst-invoice";
import { invoiceLine, type ValueLine } from "./invoice-line";
import { gstDetails, salesSupply } from "./supply";

/** The Sales voucher of one invoice's rows; undefined when something it needs is missing (validation says what). */
export function buildSalesVoucher(group: RowGroup<SalesRow>, ctx: BuildContext): Voucher | undefined {
  const { settings } = ctx;
  const first = group.rows[0];
  const supply = salesSupply(first.placeOfSupply, first.customerGstin, settings.companyState);
  if (!supply) return undefined;
  const names = nameLookup(ctx.map);
  const party = names.name("Party", first.customer);
  const lines: ValueLine[] = [];
  for (const row of group.rows) {
    const line = invoiceLine(row, names.name("Sales", row.gstRate), names, settings.defaultGodown);
    if (!line) return undefined;
    lines.push(line);
  }
  const entries = gstEntries(
    {
      valueSign: 1,
      valueRole: "sales",
      taxSide: "Output",
      interState: supply.interState,
      lines,
      counter: { ledger: party, role: "party", bill: { name: group.number, type: "New Ref" } },
      roundOff: roundOffLedger(settings, names),
    },
    names,
  );
  if (names.missing) return undefined;
  return makeVoucher(voucherHeader(ctx, "Sales", settings.voucherTypes.Sales, "Sales", group), {
    party,
    narration: first.narration,
    isInvoice: entries.inventoryEntries.length > 0,
    gst: gstDetails(first.customerGstin, supply),
    ledgerEntries: entries.ledgerEntries,
    inventoryEntries: entries.inventoryEntries,
  });
}
