/**
 * The plain row of each ops table for tests, written the way a bookkeeper reads it:
 * `salesRow({ invoiceNo: "INV-1", taxableValue: rupees("1000") })`. Each factory fills a row's
 * usual cells; a test adds or overrides only the cells it is about. A row left unplaced gets its
 * sheet row from its position when makeBooks puts it in a table.
 */
import { parseAmount, type Paise } from "../../src/core/money";
import { parseDateCell, type CalendarDate } from "../../src/core/dates";
import type { OpsTable } from "../../src/core/findings";
import type {
  ExpenseRow,
  JournalRow,
  OpsRow,
  PaymentRow,
  PurchaseRow,
  ReceiptRow,
  ReturnRow,
  SalesRow,
  StockMoveRow,
} from "../../src/core/records/types";

/** "2026-04-10" (or any text dates.ts reads) to a CalendarDate; throws on a typo in a test. */
export function day(text: string): CalendarDate {
  const parsed = parseDateCell(text);
  if (!parsed.ok) throw new Error(`test date ${text} ${parsed.reason}`);
  return parsed.value;
}

/** "1,180.40" or 1180.4 rupees to paise; throws on a typo in a test. */
export function rupees(value: string | number): Paise {
  const parsed = parseAmount(value);
  if (!parsed.ok) throw new Error(`test amount ${value} ${parsed.reason}`);
  return parsed.value;
}

const unplaced = { row: 0, index: -1 };

export function salesRow(p: Partial<SalesRow> = {}): SalesRow {
  return { ...unplaced, date: day("2026-04-10"), invoiceNo: "INV-1", customer: "Acme Stores", gstRate: 18, ...p };
}

export function purchaseRow(p: Partial<PurchaseRow> = {}): PurchaseRow {
  return {
    ...unplaced,
    date: day("2026-04-12"),
    voucherNo: "PUR-1",
    supplier: "Bharat Supplies",
    billNo: "BS/101",
    gstRate: 18,
    itcEligible: true,
    ...p,
  };
}

export function receiptRow(p: Partial<ReceiptRow> = {}): ReceiptRow {
  return {
    ...unplaced,
    date: day("2026-04-20"),
    receiptNo: "RC-1",
    customer: "Acme Stores",
    amount: rupees("1000"),
    mode: "Cash",
    account: "Cash",
    openingBill: false,
    ...p,
  };
}

export function paymentRow(p: Partial<PaymentRow> = {}): PaymentRow {
  return {
    ...unplaced,
    date: day("2026-04-21"),
    paymentNo: "PY-1",
    payee: "Bharat Supplies",
    amount: rupees("1000"),
    mode: "Cash",
    account: "Cash",
    openingBill: false,
    ...p,
  };
}

export function expenseRow(p: Partial<ExpenseRow> = {}): ExpenseRow {
  return { ...unplaced, date: day("2026-04-05"), voucherNo: "EXP-1", expenseHead: "Rent", taxableValue: rupees("10000"), gstRate: 0, ...p };
}

export function returnRow(p: Partial<ReturnRow> = {}): ReturnRow {
  return {
    ...unplaced,
    date: day("2026-04-25"),
    noteNo: "CN-1",
    type: "Sales Return",
    party: "Acme Stores",
    external: false,
    gstRate: 18,
    ...p,
  };
}

export function stockMoveRow(p: Partial<StockMoveRow> = {}): StockMoveRow {
  return { ...unplaced, date: day("2026-04-15"), moveNo: "MV-1", item: "Steel Bolt", qty: 10, unit: "Nos", ...p };
}

export function journalRow(p: Partial<JournalRow> = {}): JournalRow {
  return { ...unplaced, date: day("2026-04-30"), voucherNo: "JV-1", ledger: "Depreciation", ...p };
}

/** Each table's plain row with the cells a test gives: what makeBooks fills a table's rows from. */
export const PLAIN_ROW: { [T in OpsTable]: (p?: Partial<OpsRow<T>>) => OpsRow<T> } = {
  Sales: salesRow,
  Purchases: purchaseRow,
  Receipts: receiptRow,
  Payments: paymentRow,
  Expenses: expenseRow,
  Returns: returnRow,
  StockMoves: stockMoveRow,
  Journals: journalRow,
};
