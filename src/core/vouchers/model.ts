/**
 * The Tally-neutral voucher: what the workbook means in double entry, before any XML.
 * Sign rule everywhere (as Tally exports it, PROTOCOL.md 2.1): debit is negative, credit positive.
 * For inventory: stock out (sales, debit note, stock-journal source) positive; stock in negative.
 */
import type { CalendarDate } from "../dates";
import type { Paise } from "../money";
import type { OpsTable } from "../findings";
import type { VoucherKindName } from "../records/types";

export type VoucherKind = VoucherKindName;

export type GstHead = "CGST" | "SGST" | "IGST";

export type BillType = "New Ref" | "Agst Ref" | "On Account" | "Advance";

export interface BillAllocation {
  /** Bill reference (invoice number); empty for On Account. */
  name: string;
  type: BillType;
  /** Same sign as the ledger line it sits under. */
  amount: Paise;
}

export interface BankAllocation {
  /** Tally's TRANSACTIONTYPE: "Cheque", "UPI", "Others", ... */
  transactionType: string;
  instrumentNumber?: string;
  instrumentDate?: CalendarDate;
  amount: Paise;
}

export type LedgerRole = "party" | "sales" | "purchase" | "tax" | "roundoff" | "account" | "expense" | "ledger";

export interface LedgerEntry {
  ledger: string;
  /** Debit negative, credit positive. */
  amount: Paise;
  role: LedgerRole;
  /** For role "tax": the head and the head's own rate (9 for CGST on an 18% line). */
  taxHead?: GstHead;
  taxRate?: number;
  bills?: BillAllocation[];
  bank?: BankAllocation;
}

export interface InventoryEntry {
  item: string;
  /** Always positive; direction is in the amount's sign. */
  qty: number;
  unit: string;
  /** Rate per unit in paise. */
  rate: Paise;
  discountPercent?: number;
  /** Stock out positive, stock in negative (PROTOCOL.md 2.1 inventory lines). */
  amount: Paise;
  godown: string;
  /** Sales / purchase / return ledger the value books to (ACCOUNTINGALLOCATIONS); absent in a stock journal. */
  ledger?: string;
  hsn?: string;
  gstRate?: number;
}

export interface GstDetails {
  partyGstin?: string;
  /** Registration type in Tally 3.0+ words: "Regular" or "Unregistered/Consumer". */
  registrationType: "Regular" | "Unregistered/Consumer";
  /** State names, as Tally spells them. */
  placeOfSupply: string;
  partyState: string;
  interState: boolean;
}

export interface Voucher {
  kind: VoucherKind;
  /** Tally voucher type name (may be a custom type whose parent is this kind). */
  voucherType: string;
  date: CalendarDate;
  number: string;
  /** Deterministic identity (identity.ts), sent as REMOTEID. */
  remoteId: string;
  source: { table: OpsTable; rows: number[]; indexes: number[] };
  /** Party ledger (Tally name) for invoices, notes, receipts and payments. */
  party?: string;
  /** Supplier's own invoice number and date (purchases). */
  reference?: string;
  referenceDate?: CalendarDate;
  narration?: string;
  /** Item invoice (Invoice Voucher View) when it carries inventory; stock journals carry inventory too. */
  isInvoice: boolean;
  gst?: GstDetails;
  ledgerEntries: LedgerEntry[];
  /** Item invoice lines, or for a stock journal the source (out, +) and destination (in, -) lines. */
  inventoryEntries: InventoryEntry[];
}

/**
 * Dr = Cr to the paisa. For accounting vouchers and invoices the inventory values flow to the
 * books through their ledgers, so ledger lines plus inventory lines must sum to zero. A stock
 * journal books no value (PROTOCOL.md 2.8): consumption is out only and a receipt in only, so only
 * its ledger lines (none) count; a transfer's out = in is the stock-move builder's to keep.
 */
export function voucherImbalance(v: Voucher): Paise {
  let sum = 0;
  for (const e of v.ledgerEntries) sum += e.amount;
  if (v.kind === "StockJournal") return sum;
  for (const i of v.inventoryEntries) sum += i.amount;
  return sum;
}

export function isBalanced(v: Voucher): boolean {
  return voucherImbalance(v) === 0;
}

/** For programmers: a voucher that does not balance after a build is a bug, never data. */
export function assertBalanced(v: Voucher): void {
  const diff = voucherImbalance(v);
  if (diff !== 0) {
    throw new Error(`[tally-handoff] voucher ${v.kind} ${v.number} does not balance by ${diff} paise`);
  }
}
