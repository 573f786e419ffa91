/**
 * Reads a VOUCHER element of an import into a request: the action, its key (client REMOTEID or
 * DATE + TAGNAME + TAGVALUE, PROTOCOL.md 7) and the voucher content. Invoices written by Tally
 * carry both LEDGERENTRIES.LIST and ALLLEDGERENTRIES.LIST; the former wins, so a re-posted export
 * is not counted twice (2.3, GARG normalizeVoucherRaw).
 */
import type { CalendarDate } from "../core/dates";
import { readAmount, readQuantity, readRate, readTallyDate, readYesNo } from "./tally-values";
import type { BatchAllocation, BillAllocation, InventoryLine, LedgerLine, VoucherBody } from "./voucher-record";
import { attr, childrenNamed, textAt, type XNode } from "./xml-tree";

export type VoucherAction = "create" | "alter" | "delete" | "cancel";

/** Voucher content as sent: type and date may be missing until the checks have run. */
export type VoucherDraft = Omit<VoucherBody, "type" | "date"> & {
  type?: string;
  date?: CalendarDate;
  /** Scalar elements the request left out (NARRATION, VOUCHERNUMBER, PARTYLEDGERNAME, kept fields): an upsert keeps them (11.2). */
  omitted: string[];
};

export interface VoucherRequest {
  action: VoucherAction;
  /** Client REMOTEID, from the attribute or a REMOTEID child. */
  remoteId?: string;
  /** DATE + TAGNAME + TAGVALUE addressing (TAGNAME "Voucher Number" or "Master ID"). */
  tag?: { name: string; value: string; date?: CalendarDate };
  /** Whether the element has any child at all (an empty Cancel is refused, P002 26). */
  hasBody: boolean;
  draft: VoucherDraft;
}

/** Voucher-level fields kept and exported again as they came. */
const KEPT_FIELDS = [
  "REFERENCE",
  "REFERENCEDATE",
  "EFFECTIVEDATE",
  "PARTYNAME",
  "PARTYGSTIN",
  "PLACEOFSUPPLY",
  "STATENAME",
  "COUNTRYOFRESIDENCE",
  "GSTREGISTRATIONTYPE",
  "VCHENTRYMODE",
  "ISOPTIONAL",
];

function readBill(n: XNode): BillAllocation {
  const amount = readAmount(textAt(n, "AMOUNT"));
  return { name: textAt(n, "NAME") ?? "", billType: textAt(n, "BILLTYPE") ?? "", amount, creditPeriod: textAt(n, "BILLCREDITPERIOD") };
}

function readBatch(n: XNode): BatchAllocation {
  return {
    godown: textAt(n, "GODOWNNAME") ?? "",
    batch: textAt(n, "BATCHNAME") ?? "",
    destinationGodown: textAt(n, "DESTINATIONGODOWNNAME"),
    trackingNumber: textAt(n, "TRACKINGNUMBER"),
    amount: readAmount(textAt(n, "AMOUNT")),
    actualQty: readQuantity(textAt(n, "ACTUALQTY")),
    billedQty: readQuantity(textAt(n, "BILLEDQTY")),
  };
}

export function readLedgerLine(n: XNode): LedgerLine {
  return {
    ledger: textAt(n, "LEDGERNAME") ?? "",
    isDeemedPositive: readYesNo(textAt(n, "ISDEEMEDPOSITIVE")) ?? false,
    amount: readAmount(textAt(n, "AMOUNT")) ?? 0,
    isPartyLedger: readYesNo(textAt(n, "ISPARTYLEDGER")),
    bills: childrenNamed(n, "BILLALLOCATIONS.LIST")
      .map(readBill)
      .filter((b) => b.name !== "" || b.amount !== undefined),
    inventory: childrenNamed(n, "INVENTORYALLOCATIONS.LIST").map(readInventoryLine),
  };
}

export function readInventoryLine(n: XNode): InventoryLine {
  return {
    item: textAt(n, "STOCKITEMNAME") ?? "",
    isDeemedPositive: readYesNo(textAt(n, "ISDEEMEDPOSITIVE")) ?? false,
    amount: readAmount(textAt(n, "AMOUNT")) ?? 0,
    actualQty: readQuantity(textAt(n, "ACTUALQTY")),
    billedQty: readQuantity(textAt(n, "BILLEDQTY")),
    rate: readRate(textAt(n, "RATE")),
    discount: textAt(n, "DISCOUNT"),
    batches: childrenNamed(n, "BATCHALLOCATIONS.LIST").map(readBatch),
    accounting: childrenNamed(n, "ACCOUNTINGALLOCATIONS.LIST")
      .map(readLedgerLine)
      .filter((l) => l.ledger !== ""),
  };
}

const lines = (v: XNode, tag: string): XNode[] => childrenNamed(v, tag);

function readDraft(v: XNode): VoucherDraft {
  const partyLines = lines(v, "LEDGERENTRIES.LIST");
  const ledgerLines = (partyLines.length > 0 ? partyLines : lines(v, "ALLLEDGERENTRIES.LIST")).map(readLedgerLine);
  const inventory = [...lines(v, "ALLINVENTORYENTRIES.LIST"), ...lines(v, "INVENTORYENTRIES.LIST")].map(readInventoryLine);
  const stockIn = lines(v, "INVENTORYENTRIESIN.LIST").map(readInventoryLine);
  const stockOut = lines(v, "INVENTORYENTRIESOUT.LIST").map(readInventoryLine);
  const fields: Record<string, string> = {};
  for (const f of KEPT_FIELDS) {
    const value = textAt(v, f);
    if (value) fields[f] = value;
  }
  const omitted = [...KEPT_FIELDS, "NARRATION", "VOUCHERNUMBER", "PARTYLEDGERNAME"].filter((f) => !textAt(v, f));
  const objView =
    attr(v, "OBJVIEW") ??
    (stockIn.length + stockOut.length > 0
      ? "Consumption Voucher View"
      : inventory.length > 0
        ? "Invoice Voucher View"
        : "Accounting Voucher View");
  return {
    type: textAt(v, "VOUCHERTYPENAME") || attr(v, "VCHTYPE")?.trim() || undefined,
    date: readTallyDate(textAt(v, "DATE")),
    number: textAt(v, "VOUCHERNUMBER") ?? "",
    narration: textAt(v, "NARRATION") ?? "",
    partyLedger: textAt(v, "PARTYLEDGERNAME") || undefined,
    objView,
    persistedView: textAt(v, "PERSISTEDVIEW"),
    isInvoice: readYesNo(textAt(v, "ISINVOICE")) ?? (inventory.length > 0 || objView === "Invoice Voucher View"),
    ledgerLines: ledgerLines.filter((l) => l.ledger !== "" || l.amount !== 0),
    inventory,
    stockIn,
    stockOut,
    fields,
    omitted,
  };
}

function readAction(v: XNode): VoucherAction {
  const action = attr(v, "ACTION")?.trim().toLowerCase();
  return action === "alter" || action === "delete" || action === "cancel" ? action : "create";
}

/** Reads one VOUCHER element of an import. */
export function readVoucherRequest(v: XNode): VoucherRequest {
  const remoteId = (attr(v, "REMOTEID") ?? textAt(v, "REMOTEID"))?.trim() || undefined;
  const tagName = attr(v, "TAGNAME")?.trim();
  const tagValue = attr(v, "TAGVALUE")?.trim();
  const tag = tagName && tagValue !== undefined ? { name: tagName, value: tagValue, date: readTallyDate(attr(v, "DATE")) } : undefined;
  return { action: readAction(v), remoteId, tag, hasBody: v.children.length > 0, draft: readDraft(v) };
}

/** A draft with no ledger, item or stock line at all. */
export function hasNoEntries(d: VoucherDraft): boolean {
  return d.ledgerLines.length + d.inventory.length + d.stockIn.length + d.stockOut.length === 0;
}
