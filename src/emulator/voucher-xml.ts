/**
 * A stored voucher written the way TallyPrime exports it (samples
 * resp-export-collection-sales-vouchers-live-bigguide.xml and resp-export-day-book-fixture-marketingbng.xml):
 * REMOTEID and VCHKEY attributes, GUID, leading-space ALTERID/MASTERID, debit-negative amounts with
 * ISDEEMEDPOSITIVE following the sign, `&#4; Not Applicable` in batch allocations, and for item
 * invoices both LEDGERENTRIES.LIST and ALLLEDGERENTRIES.LIST (2.3). Collections carry TYPE attributes,
 * Day Book and Voucher Register do not.
 */
import { tallyDate } from "../core/dates";
import { MAIN_LOCATION } from "./masters";
import type { VoucherReadBack } from "./read-back";
import { NOT_APPLICABLE, spaced, writeAmount, writeQuantity, writeRate, yesNo } from "./tally-values";
import type { BatchAllocation, InventoryLine, LedgerLine, Voucher } from "./voucher-record";
import { el, type XmlNode } from "./xml-out";

/** typed: collection exports add TYPE="..." to scalar elements. */
export interface ExportStyle {
  typed: boolean;
}

type Field = (tag: string, type: string, text: string) => XmlNode;

// type "" = an element Tally writes without TYPE even in collections (GUID, VOUCHERNUMBER, ... in BIGGUIDE).
const fieldWriter =
  (style: ExportStyle): Field =>
  (tag, type, text) =>
    style.typed && type !== "" ? { tag, attrs: { TYPE: type }, text } : { tag, text };

function batchXml(b: BatchAllocation, f: Field): XmlNode {
  return el("BATCHALLOCATIONS.LIST", [
    f("GODOWNNAME", "String", b.godown),
    f("BATCHNAME", "String", b.batch || "Primary Batch"),
    b.destinationGodown !== undefined && f("DESTINATIONGODOWNNAME", "String", b.destinationGodown),
    f("INDENTNO", "String", NOT_APPLICABLE),
    f("ORDERNO", "String", NOT_APPLICABLE),
    f("TRACKINGNUMBER", "String", b.trackingNumber || NOT_APPLICABLE),
    b.amount !== undefined && f("AMOUNT", "Amount", writeAmount(b.amount)),
    b.actualQty && f("ACTUALQTY", "Quantity", writeQuantity(b.actualQty)),
    b.billedQty && f("BILLEDQTY", "Quantity", writeQuantity(b.billedQty)),
  ]);
}

function inventoryXml(tag: string, line: InventoryLine, f: Field, withAccounting: boolean): XmlNode {
  const batches =
    line.batches.length > 0
      ? line.batches
      : [{ godown: MAIN_LOCATION, batch: "Primary Batch", amount: line.amount, actualQty: line.actualQty, billedQty: line.billedQty }];
  return el(tag, [
    f("STOCKITEMNAME", "String", line.item),
    f("ISDEEMEDPOSITIVE", "Logical", yesNo(line.amount < 0)),
    line.rate && f("RATE", "Rate", writeRate(line.rate)),
    line.discount !== undefined && f("DISCOUNT", "Number", line.discount),
    f("AMOUNT", "Amount", writeAmount(line.amount)),
    line.actualQty && f("ACTUALQTY", "Quantity", writeQuantity(line.actualQty)),
    line.billedQty && f("BILLEDQTY", "Quantity", writeQuantity(line.billedQty)),
    ...batches.map((b) => batchXml(b, f)),
    ...(withAccounting ? line.accounting.map((a) => ledgerXml("ACCOUNTINGALLOCATIONS.LIST", a, f)) : []),
  ]);
}

function ledgerXml(tag: string, line: LedgerLine, f: Field): XmlNode {
  return el(tag, [
    f("LEDGERNAME", "String", line.ledger),
    f("ISDEEMEDPOSITIVE", "Logical", yesNo(line.amount < 0)),
    line.isPartyLedger !== undefined && f("ISPARTYLEDGER", "Logical", yesNo(line.isPartyLedger)),
    f("AMOUNT", "Amount", writeAmount(line.amount)),
    ...line.bills.map((b) =>
      el("BILLALLOCATIONS.LIST", [
        f("NAME", "String", b.name),
        f("BILLTYPE", "String", b.billType),
        b.creditPeriod !== undefined && f("BILLCREDITPERIOD", "String", b.creditPeriod),
        b.amount !== undefined && f("AMOUNT", "Amount", writeAmount(b.amount)),
      ]),
    ),
    ...line.inventory.map((i) => inventoryXml("INVENTORYALLOCATIONS.LIST", i, f, false)),
  ]);
}

/** ALLLEDGERENTRIES of an item invoice: party lines, then each sales/purchase ledger with its items nested, then the rest. */
function allLedgerLinesOfInvoice(v: Voucher): LedgerLine[] {
  const byLedger = new Map<string, LedgerLine>();
  for (const item of v.inventory) {
    for (const a of item.accounting) {
      const line = byLedger.get(a.ledger) ?? { ...a, amount: 0, bills: [], inventory: [] };
      line.amount += a.amount;
      line.inventory.push({ ...item, accounting: [] });
      byLedger.set(a.ledger, line);
    }
  }
  const isParty = (l: LedgerLine): boolean => l.isPartyLedger === true || l.ledger === v.partyLedger;
  return [...v.ledgerLines.filter(isParty), ...byLedger.values(), ...v.ledgerLines.filter((l) => !isParty(l))];
}

function headerFields(v: Voucher, view: VoucherReadBack, f: Field): (XmlNode | false)[] {
  const extra = Object.entries(v.fields).filter(([k]) => k !== "EFFECTIVEDATE");
  const party = v.ledgerLines.find((l) => l.isPartyLedger === true || l.ledger === v.partyLedger);
  return [
    f("DATE", "Date", tallyDate(v.date)),
    f("GUID", "", v.guid),
    f("NARRATION", "String", v.narration),
    f("VOUCHERTYPENAME", "", v.type),
    view.partyLedger !== undefined && f("PARTYLEDGERNAME", "String", view.partyLedger),
    f("VOUCHERNUMBER", "", v.number),
    ...extra.map(([k, value]) => f(k, "String", value)),
    f("EFFECTIVEDATE", "Date", view.effectiveDate),
    v.persistedView !== undefined && f("PERSISTEDVIEW", "", v.persistedView),
    f("ISCANCELLED", "", yesNo(v.cancelled)),
    f("ISINVOICE", "", yesNo(v.isInvoice)),
    f("ALTERID", "Number", spaced(v.alterId)),
    f("MASTERID", "Number", spaced(v.masterId)),
    f("VOUCHERKEY", "Number", String(v.voucherKey)),
    party !== undefined && f("AMOUNT", "Amount", writeAmount(party.amount)),
  ];
}

/** One VOUCHER element as Tally exports it; `view` holds what differs between instances (read-back.ts). */
export function voucherXml(v: Voucher, style: ExportStyle, view: VoucherReadBack): XmlNode {
  const f = fieldWriter(style);
  const itemInvoice = v.inventory.length > 0;
  const entries: XmlNode[] = itemInvoice
    ? [
        ...v.inventory.map((i) => inventoryXml("ALLINVENTORYENTRIES.LIST", i, f, true)),
        ...v.ledgerLines.map((l) => ledgerXml("LEDGERENTRIES.LIST", l, f)),
        ...allLedgerLinesOfInvoice(v).map((l) => ledgerXml("ALLLEDGERENTRIES.LIST", l, f)),
      ]
    : [
        ...v.ledgerLines.map((l) => ledgerXml("ALLLEDGERENTRIES.LIST", l, f)),
        ...v.stockIn.map((i) => inventoryXml("INVENTORYENTRIESIN.LIST", i, f, false)),
        ...v.stockOut.map((i) => inventoryXml("INVENTORYENTRIESOUT.LIST", i, f, false)),
      ];
  // Reports write ACTION="Create" (MBNG day-book); collections do not (BIGGUIDE).
  const action: Record<string, string> = style.typed ? {} : { ACTION: "Create" };
  const attrs = { REMOTEID: view.remoteId, VCHKEY: v.vchKey, VCHTYPE: v.type, ...action, OBJVIEW: v.objView };
  return el("VOUCHER", [...headerFields(v, view, f), ...entries], attrs);
}
