/**
 * The lines of a voucher as Tally imports them: ledger lines with their bill and bank
 * allocations, item-invoice lines with batch and accounting allocations, stock-journal lines.
 * Signs come from the model as they are (debit and stock in negative, PROTOCOL.md 2.1).
 */
import { tallyDate } from "../dates";
import type { BankAllocation, BillAllocation, InventoryEntry, LedgerEntry, Voucher } from "../vouchers/model";
import type { XmlSink } from "./write-sink";
import { deemedPositive, tallyAmount, tallyPercent, tallyQuantity, tallyRate, tallyText, yesNo } from "./write-values";

export type LedgerListTag = "ALLLEDGERENTRIES.LIST" | "LEDGERENTRIES.LIST";

/** Tally creates batches only where an item tracks them; every other item has this one (PROTOCOL.md 2.4). */
const DEFAULT_BATCH = "Primary Batch";

function optionalText(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? undefined : tallyText(text);
}

/** One ledger line; bills and bank details carry the line's own sign (PROTOCOL.md 2.1, 2.5, 2.6). */
export function writeLedgerEntry(parent: XmlSink, tag: LedgerListTag, e: LedgerEntry, v: Voucher): void {
  const line = parent.ele(tag);
  line.put("LEDGERNAME", tallyText(e.ledger));
  line.word("ISDEEMEDPOSITIVE", deemedPositive(e.amount));
  line.word("ISPARTYLEDGER", yesNo(e.role === "party"));
  line.put("AMOUNT", tallyAmount(e.amount));
  if (e.bank) writeBankAllocation(line, e.bank, v);
  for (const bill of e.bills ?? []) writeBillAllocation(line, bill);
}

function writeBankAllocation(line: XmlSink, bank: BankAllocation, v: Voucher): void {
  const alloc = line.ele("BANKALLOCATIONS.LIST");
  alloc.put("DATE", tallyDate(v.date));
  alloc.put("INSTRUMENTDATE", tallyDate(bank.instrumentDate ?? v.date));
  alloc.put("TRANSACTIONTYPE", tallyText(bank.transactionType));
  alloc.put("INSTRUMENTNUMBER", optionalText(bank.instrumentNumber));
  alloc.put("PAYMENTFAVOURING", optionalText(v.party));
  alloc.put("AMOUNT", tallyAmount(bank.amount));
}

function writeBillAllocation(line: XmlSink, bill: BillAllocation): void {
  const alloc = line.ele("BILLALLOCATIONS.LIST");
  // On Account has no reference; Tally strips any name it is given (PROTOCOL.md 2.6).
  alloc.put("NAME", optionalText(bill.name));
  alloc.word("BILLTYPE", bill.type);
  alloc.put("AMOUNT", tallyAmount(bill.amount));
}

function writeQuantities(parent: XmlSink, e: InventoryEntry): void {
  const qty = tallyQuantity(e.qty, tallyText(e.unit));
  parent.put("ACTUALQTY", qty);
  parent.put("BILLEDQTY", qty);
}

function writeBatchAllocation(line: XmlSink, e: InventoryEntry, withAmount: boolean): void {
  const batch = line.ele("BATCHALLOCATIONS.LIST");
  batch.put("GODOWNNAME", tallyText(e.godown));
  batch.word("BATCHNAME", DEFAULT_BATCH);
  if (withAmount) batch.put("AMOUNT", tallyAmount(e.amount));
  writeQuantities(batch, e);
}

/**
 * One item line of an invoice. Its value books to the sales, purchase or return ledger named in
 * ACCOUNTINGALLOCATIONS, with the line's own sign (PROTOCOL.md 2.1, 2.4).
 */
export function writeInvoiceItem(parent: XmlSink, e: InventoryEntry, v: Voucher): void {
  if (!e.ledger) {
    throw new Error(`[tally-handoff] item '${e.item}' on ${v.kind} ${v.number} has no ledger to book its value to`);
  }
  const line = parent.ele("ALLINVENTORYENTRIES.LIST");
  line.put("STOCKITEMNAME", tallyText(e.item));
  line.word("ISDEEMEDPOSITIVE", deemedPositive(e.amount));
  line.put("RATE", tallyRate(e.rate, tallyText(e.unit)));
  if (e.discountPercent) line.put("DISCOUNT", tallyPercent(e.discountPercent));
  line.put("AMOUNT", tallyAmount(e.amount));
  writeQuantities(line, e);
  line.put("GSTHSNNAME", optionalText(e.hsn));
  writeBatchAllocation(line, e, true);
  const booking = line.ele("ACCOUNTINGALLOCATIONS.LIST");
  booking.put("LEDGERNAME", tallyText(e.ledger));
  booking.word("ISDEEMEDPOSITIVE", deemedPositive(e.amount));
  booking.put("AMOUNT", tallyAmount(e.amount));
}

/**
 * Stock in (destination) or out (source) of a stock journal. A move without a rate has no value,
 * so its direction cannot come from the amount's sign; the stock-move builder then writes the
 * destination as -0, which is why -0 counts as in.
 */
export function isStockIn(e: InventoryEntry): boolean {
  return e.amount < 0 || Object.is(e.amount, -0);
}

/** One stock-journal line: OUT for the source, IN for the destination (PROTOCOL.md 2.8). */
export function writeStockJournalLine(parent: XmlSink, e: InventoryEntry): void {
  const stockIn = isStockIn(e);
  const line = parent.ele(stockIn ? "INVENTORYENTRIESIN.LIST" : "INVENTORYENTRIESOUT.LIST");
  const valued = e.amount !== 0;
  line.put("STOCKITEMNAME", tallyText(e.item));
  line.word("ISDEEMEDPOSITIVE", yesNo(stockIn));
  // Without a rate, RATE and AMOUNT stay out so Tally values the move itself instead of at zero.
  if (e.rate > 0) line.put("RATE", tallyRate(e.rate, tallyText(e.unit)));
  if (valued) line.put("AMOUNT", tallyAmount(e.amount));
  writeQuantities(line, e);
  writeBatchAllocation(line, e, valued);
}
