/**
 * A Returns table note (PROTOCOL.md 2.7). Sales Return -> Credit Note: stock in, sales-return
 * ledger and output tax Dr, customer Cr. Purchase Return -> Debit Note, the mirror: stock out,
 * purchase-return ledger and input tax Cr, supplier Dr. The party's bill is Agst Ref the original
 * invoice, or On Account when the original is external or not named.
 */
import type { RowGroup } from "../records/groups";
import type { ReturnRow, Settings } from "../records/types";
import type { Voucher } from "./model";
import { makeVoucher, nameLookup, roundOffLedger, voucherHeader, type BuildContext } from "./build-context";
import { gstEntries, type GstVoucherPlan } from "./gst-invoice";
import { invoiceLine, type ValueLine } from "./invoice-line";
import { originalInvoices } from "./original-invoices";
import { gstDetails, purchaseSupply, salesSupply, type Supply } from "./supply";

interface NoteSide {
  supply: Supply | undefined;
  /** The note's Party GSTIN, else the original's. */
  gstin: string | undefined;
  /** Bill the note settles; "" = On Account. */
  bill: string;
  /** Input tax on the original purchase could not be claimed, so its reversal is cost too. */
  taxIsCost: boolean;
}

/** Place of supply and bill from the original invoice when the workbook holds it, else from the note. */
function noteSide(first: ReturnRow, ctx: BuildContext): NoteSide {
  const { companyState } = ctx.settings;
  const against = first.external ? "" : (first.againstInvoice?.trim() ?? "");
  const originals = originalInvoices(ctx.books);
  if (first.type === "Sales Return") {
    const sale = against ? originals.sale(against) : undefined;
    const gstin = first.partyGstin?.trim() || sale?.customerGstin;
    return { supply: salesSupply(sale?.placeOfSupply, gstin, companyState), gstin, bill: against, taxIsCost: false };
  }
  const bought = against ? originals.purchase(against) : undefined;
  const gstin = first.partyGstin?.trim() || bought?.supplierGstin;
  const bill = bought ? bought.billNo.trim() : against;
  return { supply: purchaseSupply(bought?.placeOfSupply, gstin, companyState), gstin, bill, taxIsCost: bought?.itcEligible === false };
}

function noteKind(sales: boolean, settings: Settings) {
  return sales
    ? ({
        kind: "CreditNote",
        type: settings.voucherTypes.CreditNote,
        ledgerKind: "SalesReturn",
        valueSign: -1,
        role: "sales",
        taxSide: "Output",
      } as const)
    : ({
        kind: "DebitNote",
        type: settings.voucherTypes.DebitNote,
        ledgerKind: "PurchaseReturn",
        valueSign: 1,
        role: "purchase",
        taxSide: "Input",
      } as const);
}

/** The Credit Note or Debit Note of one note's rows; undefined when something it needs is missing (validation says what). */
export function buildReturnVoucher(group: RowGroup<ReturnRow>, ctx: BuildContext): Voucher | undefined {
  const { settings } = ctx;
  const first = group.rows[0];
  const side = noteSide(first, ctx);
  if (!side.supply) return undefined;
  const note = noteKind(first.type === "Sales Return", settings);
  const names = nameLookup(ctx.map);
  const party = names.name("Party", first.party);
  const lines: ValueLine[] = [];
  for (const row of group.rows) {
    const line = invoiceLine(row, names.name(note.ledgerKind, row.gstRate), names, settings.defaultGodown);
    if (!line) return undefined;
    lines.push(side.taxIsCost ? { ...line, taxIsCost: true } : line);
  }
  const plan: GstVoucherPlan = {
    valueSign: note.valueSign,
    valueRole: note.role,
    taxSide: note.taxSide,
    interState: side.supply.interState,
    lines,
    counter: { ledger: party, role: "party", bill: { name: side.bill, type: side.bill ? "Agst Ref" : "On Account" } },
    roundOff: roundOffLedger(settings, names),
  };
  const entries = gstEntries(plan, names);
  if (names.missing) return undefined;
  return makeVoucher(voucherHeader(ctx, note.kind, note.type, "Returns", group), {
    party,
    narration: first.reason,
    isInvoice: entries.inventoryEntries.length > 0,
    gst: gstDetails(side.gstin, side.supply),
    ledgerEntries: entries.ledgerEntries,
    inventoryEntries: entries.inventoryEntries,
  });
}
