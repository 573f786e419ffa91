/**
 * Vouchers as Tally exports them, from a Voucher collection (COLLECTION/VOUCHER) or Day Book /
 * Voucher Register (TALLYMESSAGE/VOUCHER), PROTOCOL.md 4.1 item 5 and 5. Amounts keep Tally's
 * sign (debit negative, stock out positive), the same rule as vouchers/model.ts.
 */
import type { CalendarDate } from "../dates";
import type { Paise } from "../money";
import { childText, childrenNamed, exportedObjects, firstChild, parseTallyXml, type XmlElement } from "./read-xml";
import { tallyAmount, tallyDateValue, tallyNumber, tallyQuantity, tallyRate, tallyYes } from "./read-values";

export interface ExportedLedgerEntry {
  ledger: string;
  /** Debit negative, credit positive, as Tally signs it; 0 when the element is empty. */
  amount: Paise;
  isDeemedPositive: boolean;
}

export interface ExportedInventoryEntry {
  item: string;
  /** BILLEDQTY (else ACTUALQTY); 0 when neither is given. */
  qty: number;
  unit: string;
  /** Per unit, in paise; 0 when RATE is absent. */
  rate: Paise;
  /** Stock out positive, stock in negative. */
  amount: Paise;
  /** First GODOWNNAME of the batch allocations. */
  godown?: string;
  /** Sales / purchase ledger of ACCOUNTINGALLOCATIONS.LIST. */
  ledger?: string;
  isDeemedPositive: boolean;
}

export interface ExportedVoucher {
  guid?: string;
  /** REMOTEID attribute (or element): equals GUID for vouchers Tally created, ours for vouchers we sent. */
  remoteId?: string;
  masterId?: number;
  alterId?: number;
  vchKey?: string;
  /** Absent only when the reply has no readable DATE (it was not fetched). */
  date?: CalendarDate;
  voucherType: string;
  voucherNumber: string;
  partyLedger?: string;
  narration?: string;
  isCancelled: boolean;
  /**
   * For an item invoice the party, tax and round-off lines (LEDGERENTRIES.LIST): the sales or
   * purchase value is on the inventory lines, so ledger + inventory amounts sum to zero. For
   * any other voucher ALLLEDGERENTRIES.LIST, whose amounts alone sum to zero.
   */
  ledgerEntries: ExportedLedgerEntry[];
  inventoryEntries: ExportedInventoryEntry[];
}

const INVENTORY_WITH_ALL = new Set(["ALLINVENTORYENTRIES.LIST", "INVENTORYENTRIESIN.LIST", "INVENTORYENTRIESOUT.LIST"]);
const INVENTORY_PLAIN = new Set(["INVENTORYENTRIES.LIST", "INVENTORYENTRIESIN.LIST", "INVENTORYENTRIESOUT.LIST"]);

function named(lines: XmlElement[], nameTag: string): XmlElement[] {
  // Tally exports empty scaffolding lists; a line without a name is not a line.
  return lines.filter((line) => childText(line, nameTag) !== undefined);
}

/**
 * Inventory lines in document order. Export repeats them (ALLINVENTORYENTRIES and
 * INVENTORYENTRIES; also nested under the sales ledger as INVENTORYALLOCATIONS), so one source only.
 */
function inventoryLines(v: XmlElement): XmlElement[] {
  const wanted = firstChild(v, "ALLINVENTORYENTRIES.LIST") ? INVENTORY_WITH_ALL : INVENTORY_PLAIN;
  const top = named(
    v.children.filter((c) => wanted.has(c.name)),
    "STOCKITEMNAME",
  );
  if (top.length > 0) return top;
  const ledgerLines = [...childrenNamed(v, "ALLLEDGERENTRIES.LIST"), ...childrenNamed(v, "LEDGERENTRIES.LIST")];
  const nested = ledgerLines.flatMap((l) => childrenNamed(l, "INVENTORYALLOCATIONS.LIST"));
  return named(nested, "STOCKITEMNAME");
}

/**
 * Ledger lines without double counting (PROTOCOL.md 2.3): an exported invoice carries both
 * LEDGERENTRIES.LIST and ALLLEDGERENTRIES.LIST, the latter a derived copy that adds the sales
 * line the inventory already carries. With inventory, prefer LEDGERENTRIES.
 */
function ledgerLines(v: XmlElement, hasInventory: boolean): XmlElement[] {
  const plain = named(childrenNamed(v, "LEDGERENTRIES.LIST"), "LEDGERNAME");
  const all = named(childrenNamed(v, "ALLLEDGERENTRIES.LIST"), "LEDGERNAME");
  if (hasInventory && plain.length > 0) return plain;
  return all.length > 0 ? all : plain;
}

function readLedgerEntry(line: XmlElement): ExportedLedgerEntry {
  return {
    ledger: childText(line, "LEDGERNAME") ?? "",
    amount: tallyAmount(childText(line, "AMOUNT")) ?? 0,
    isDeemedPositive: tallyYes(childText(line, "ISDEEMEDPOSITIVE")),
  };
}

function firstNamed(lists: XmlElement[], tag: string): string | undefined {
  return lists.map((l) => childText(l, tag)).find((t) => t !== undefined);
}

function readInventoryEntry(line: XmlElement): ExportedInventoryEntry {
  const rate = tallyRate(childText(line, "RATE"));
  const quantity = tallyQuantity(childText(line, "BILLEDQTY") ?? childText(line, "ACTUALQTY"));
  const entry: ExportedInventoryEntry = {
    item: childText(line, "STOCKITEMNAME") ?? "",
    qty: quantity?.qty ?? 0,
    unit: quantity?.unit || rate?.unit || "",
    rate: rate?.rate ?? 0,
    amount: tallyAmount(childText(line, "AMOUNT")) ?? 0,
    isDeemedPositive: tallyYes(childText(line, "ISDEEMEDPOSITIVE")),
  };
  const godown = firstNamed(childrenNamed(line, "BATCHALLOCATIONS.LIST"), "GODOWNNAME");
  const ledger = firstNamed(childrenNamed(line, "ACCOUNTINGALLOCATIONS.LIST"), "LEDGERNAME");
  if (godown) entry.godown = godown;
  if (ledger) entry.ledger = ledger;
  return entry;
}

/** Optional fields stay absent rather than present-and-undefined, so results compare cleanly. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function readVoucher(v: XmlElement): ExportedVoucher {
  const inventory = inventoryLines(v);
  const optional = definedOnly<Partial<ExportedVoucher>>({
    guid: childText(v, "GUID"),
    remoteId: v.attrs.REMOTEID?.trim() || childText(v, "REMOTEID"),
    masterId: tallyNumber(childText(v, "MASTERID")),
    alterId: tallyNumber(childText(v, "ALTERID")),
    vchKey: v.attrs.VCHKEY?.trim() || undefined,
    date: tallyDateValue(childText(v, "DATE") ?? v.attrs.DATE),
    partyLedger: childText(v, "PARTYLEDGERNAME"),
    narration: childText(v, "NARRATION"),
  });
  return {
    ...optional,
    voucherType: childText(v, "VOUCHERTYPENAME") ?? v.attrs.VCHTYPE?.trim() ?? "",
    voucherNumber: childText(v, "VOUCHERNUMBER") ?? "",
    isCancelled: tallyYes(childText(v, "ISCANCELLED")),
    ledgerEntries: ledgerLines(v, inventory.length > 0).map(readLedgerEntry),
    inventoryEntries: inventory.map(readInventoryEntry),
  };
}

/** Every voucher in an export reply, in Tally's order; [] when none or unreadable (see readExportError). */
export function readVouchers(text: string): ExportedVoucher[] {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) return [];
  return exportedObjects(parsed.root, "VOUCHER").map(readVoucher);
}
