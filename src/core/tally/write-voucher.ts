/**
 * One VOUCHER element from the Tally-neutral model: its view, header fields, GST tags and lines
 * (PROTOCOL.md 2.2-2.8).
 */
import { tallyDate } from "../dates";
import type { Voucher, VoucherKind } from "../vouchers/model";
import { narrationWithMarker } from "./identity-marker";
import type { XmlSink } from "./write-sink";
import { writeInvoiceItem, writeLedgerEntry, writeStockJournalLine, isStockIn, type LedgerListTag } from "./write-entries";
import { tallyText, yesNo } from "./write-values";

/** The NARRATION a voucher is sent with: the workbook's text, then its identity marker; read-backs look it up by this. */
export function sentNarration(v: Voucher): string {
  return tallyText(narrationWithMarker(v.narration, v.remoteId));
}

export type VoucherAction = "Create" | "Alter";

type View = "Invoice Voucher View" | "Accounting Voucher View" | "Consumption Voucher View";

interface VoucherShape {
  objView: View;
  persistedView: View;
  isInvoice: boolean;
  entryMode?: "Item Invoice" | "Accounting Invoice";
  ledgerTag: LedgerListTag;
}

const INVOICE_KINDS: ReadonlySet<VoucherKind> = new Set<VoucherKind>(["Sales", "Purchase", "CreditNote", "DebitNote"]);

/**
 * How Tally should read the voucher. Item invoices: Invoice Voucher View, items in
 * ALLINVENTORYENTRIES and the other lines in LEDGERENTRIES (PROTOCOL.md 2.3, 2.4). An invoice
 * without items is posted in Accounting Voucher View, because Invoice Voucher View without
 * inventory fails on an inventory company (P002 7), but remembered as an invoice
 * (PERSISTEDVIEW Invoice Voucher View), the combination BIGGUIDE created live (PROTOCOL.md 2.3).
 */
function shapeOf(v: Voucher): VoucherShape {
  if (v.kind === "StockJournal") {
    const view = "Consumption Voucher View";
    return { objView: view, persistedView: view, isInvoice: false, ledgerTag: "ALLLEDGERENTRIES.LIST" };
  }
  if (v.inventoryEntries.length > 0) {
    const view = "Invoice Voucher View";
    return { objView: view, persistedView: view, isInvoice: true, entryMode: "Item Invoice", ledgerTag: "LEDGERENTRIES.LIST" };
  }
  if (INVOICE_KINDS.has(v.kind)) {
    return {
      objView: "Accounting Voucher View",
      persistedView: "Invoice Voucher View",
      isInvoice: true,
      entryMode: "Accounting Invoice",
      ledgerTag: "ALLLEDGERENTRIES.LIST",
    };
  }
  const view = "Accounting Voucher View";
  return { objView: view, persistedView: view, isInvoice: false, ledgerTag: "ALLLEDGERENTRIES.LIST" };
}

/** The voucher-level GST tags TallyPrime 3.0+ expects on GST transactions (OFF-XML3, PROTOCOL.md 2.2). */
function writeGstTags(vch: XmlSink, v: Voucher): void {
  const gst = v.gst;
  if (!gst) return;
  vch.put("STATENAME", tallyText(gst.partyState));
  vch.put("PARTYGSTIN", gst.partyGstin ? tallyText(gst.partyGstin) : undefined);
  vch.word("COUNTRYOFRESIDENCE", "India");
  vch.put("PLACEOFSUPPLY", tallyText(gst.placeOfSupply));
  vch.word("GSTREGISTRATIONTYPE", gst.registrationType);
  vch.word("VCHGSTSTATUSISINCLUDED", "Yes");
  vch.word("VCHGSTSTATUSISUNCERTAIN", "No");
}

function writeHeader(vch: XmlSink, v: Voucher, shape: VoucherShape): void {
  const date = tallyDate(v.date);
  vch.put("DATE", date);
  vch.put("EFFECTIVEDATE", date);
  vch.put("VOUCHERTYPENAME", tallyText(v.voucherType));
  vch.put("VOUCHERNUMBER", tallyText(v.number));
  if (v.party) {
    vch.put("PARTYLEDGERNAME", tallyText(v.party));
    vch.put("PARTYNAME", tallyText(v.party));
  }
  vch.put("REFERENCE", v.reference ? tallyText(v.reference) : undefined);
  vch.put("REFERENCEDATE", v.referenceDate ? tallyDate(v.referenceDate) : undefined);
  vch.put("NARRATION", sentNarration(v));
  vch.word("PERSISTEDVIEW", shape.persistedView);
  vch.word("ISINVOICE", yesNo(shape.isInvoice));
  vch.word("VCHENTRYMODE", shape.entryMode);
  writeGstTags(vch, v);
}

/** Writes `<VOUCHER REMOTEID VCHTYPE ACTION OBJVIEW>` with all its lines into `message`. */
export function writeVoucher(message: XmlSink, v: Voucher, action: VoucherAction): void {
  const shape = shapeOf(v);
  const vch = message.ele("VOUCHER", {
    REMOTEID: v.remoteId,
    VCHTYPE: tallyText(v.voucherType),
    ACTION: action,
    OBJVIEW: shape.objView,
  });
  writeHeader(vch, v, shape);
  if (v.kind === "StockJournal") {
    // Source lines first, then destination lines, as Tally's stock journal screen reads.
    for (const e of v.inventoryEntries) if (!isStockIn(e)) writeStockJournalLine(vch, e);
    for (const e of v.inventoryEntries) if (isStockIn(e)) writeStockJournalLine(vch, e);
  } else {
    for (const e of v.inventoryEntries) writeInvoiceItem(vch, e, v);
  }
  for (const e of v.ledgerEntries) writeLedgerEntry(vch, shape.ledgerTag, e, v);
}
