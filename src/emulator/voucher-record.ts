/**
 * A voucher as the emulator stores it: what was imported, booked by the AMOUNT sign (negative =
 * debit, PROTOCOL.md 2.1), plus the identities Tally gives it (GUID, REMOTEID, MASTERID, ALTERID,
 * VCHKEY; 2.2, 5).
 */
import type { CalendarDate } from "../core/dates";
import type { Paise } from "../core/money";
import type { Quantity, Rate } from "./tally-values";

export interface BillAllocation {
  name: string;
  billType: string;
  amount?: Paise;
  creditPeriod?: string;
}

export interface BatchAllocation {
  godown: string;
  batch: string;
  destinationGodown?: string;
  trackingNumber?: string;
  amount?: Paise;
  actualQty?: Quantity;
  billedQty?: Quantity;
}

export interface LedgerLine {
  ledger: string;
  isDeemedPositive: boolean;
  /** Signed as sent: negative books a debit. */
  amount: Paise;
  isPartyLedger?: boolean;
  bills: BillAllocation[];
  /** INVENTORYALLOCATIONS.LIST nested under the line (accounting-view invoices, 2.3). */
  inventory: InventoryLine[];
}

export interface InventoryLine {
  item: string;
  isDeemedPositive: boolean;
  /** Stock out positive, stock in negative. */
  amount: Paise;
  actualQty?: Quantity;
  billedQty?: Quantity;
  rate?: Rate;
  discount?: string;
  batches: BatchAllocation[];
  /** ACCOUNTINGALLOCATIONS.LIST: the sales/purchase ledger the value books to. */
  accounting: LedgerLine[];
}

/** The content of a voucher, without identities. */
export interface VoucherBody {
  type: string;
  date: CalendarDate;
  number: string;
  narration: string;
  partyLedger?: string;
  objView: string;
  persistedView?: string;
  isInvoice: boolean;
  /** Ledger-level lines, from LEDGERENTRIES.LIST (item invoices) or ALLLEDGERENTRIES.LIST. */
  ledgerLines: LedgerLine[];
  /** ALLINVENTORYENTRIES.LIST (or INVENTORYENTRIES.LIST). */
  inventory: InventoryLine[];
  /** Stock journal: INVENTORYENTRIESIN.LIST / INVENTORYENTRIESOUT.LIST. */
  stockIn: InventoryLine[];
  stockOut: InventoryLine[];
  /** Other single-value voucher fields kept for export (REFERENCE, PLACEOFSUPPLY, PARTYGSTIN, ...). */
  fields: Record<string, string>;
}

export interface Voucher extends VoucherBody {
  guid: string;
  /** The client's REMOTEID, else the GUID (Tally-created vouchers, 2.2). */
  remoteId: string;
  /** True when the REMOTEID came from the client: only those are reliable keys (section 7). */
  clientRemoteId: boolean;
  masterId: number;
  alterId: number;
  vchKey: string;
  voucherKey: number;
  cancelled: boolean;
}

/** Every ledger amount a voucher books: its ledger lines plus the accounting allocations of its items. */
export function postingsOf(v: VoucherBody & { cancelled?: boolean }): { ledger: string; amount: Paise }[] {
  if (v.cancelled) return [];
  const lines = [...v.ledgerLines, ...v.inventory.flatMap((i) => i.accounting)];
  return lines.map((l) => ({ ledger: l.ledger, amount: l.amount }));
}

/** Every ledger name a voucher mentions, in document order. */
export function ledgersNamed(v: VoucherBody): string[] {
  const names = postingsOf(v).map((p) => p.ledger);
  if (v.partyLedger) names.push(v.partyLedger);
  return names;
}

/** Every inventory line, wherever it sits (item lists, nested allocations, stock journal). */
export function inventoryLinesOf(v: VoucherBody): InventoryLine[] {
  return [...v.inventory, ...v.ledgerLines.flatMap((l) => l.inventory), ...v.stockIn, ...v.stockOut];
}
