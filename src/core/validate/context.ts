/**
 * What every rule reads: the books, the LedgerMap index, each table's rows grouped into vouchers
 * (built once, so no rule is O(n^2)), and the words each table uses for its voucher number.
 */
import { indexLedgerMap, nameKey, type LedgerMapIndex } from "../mapping";
import { OPS_TABLES, type OpsTable } from "../findings";
import { groupByVoucher, type RowGroup } from "../records/groups";
import type { Books, OpsRows, Settings } from "../records/types";

export type RowOf<T extends OpsTable> = OpsRows[T][number];

export interface NumberSpec<R> {
  /** Contract header of the voucher number column. */
  column: string;
  /** What a bookkeeper calls one voucher of this table, for messages. */
  word: string;
  /** Rule 46(b) document numbers: GST invoices and credit/debit notes (gst-facts.md section 7). */
  gstDocument: boolean;
  of: (row: R) => string;
}

export const VOUCHER_NUMBERS: { [T in OpsTable]: NumberSpec<RowOf<T>> } = {
  Sales: { column: "Invoice No", word: "invoice", gstDocument: true, of: (r) => r.invoiceNo },
  Purchases: { column: "Voucher No", word: "purchase", gstDocument: false, of: (r) => r.voucherNo },
  Receipts: { column: "Receipt No", word: "receipt", gstDocument: false, of: (r) => r.receiptNo },
  Payments: { column: "Payment No", word: "payment", gstDocument: false, of: (r) => r.paymentNo },
  Expenses: { column: "Voucher No", word: "expense voucher", gstDocument: false, of: (r) => r.voucherNo },
  Returns: { column: "Note No", word: "note", gstDocument: true, of: (r) => r.noteNo },
  StockMoves: { column: "Move No", word: "stock move", gstDocument: false, of: (r) => r.moveNo },
  Journals: { column: "Voucher No", word: "journal", gstDocument: false, of: (r) => r.voucherNo },
};

type Groups = { [T in OpsTable]: RowGroup<RowOf<T>>[] };

export interface RuleContext {
  readonly books: Books;
  readonly settings: Settings;
  readonly rows: OpsRows;
  readonly ledgers: LedgerMapIndex;
  /** Each table's rows as vouchers (same number within one financial year). */
  readonly groups: Groups;
  /** Two workbook party names mean the same party: same words, or the same mapped Tally ledger. */
  sameParty(a: string, b: string): boolean;
}

function groupTable<T extends OpsTable>(rows: OpsRows, table: T): RowGroup<RowOf<T>>[] {
  const spec = VOUCHER_NUMBERS[table] as NumberSpec<RowOf<T>>;
  return groupByVoucher(rows[table] as readonly RowOf<T>[], spec.of);
}

export function buildContext(books: Books): RuleContext {
  const ledgers = indexLedgerMap(books.ledgerMap, books.settings);
  const groups = {} as Record<OpsTable, unknown>;
  for (const table of OPS_TABLES) groups[table] = groupTable(books.rows, table);
  return {
    books,
    settings: books.settings,
    rows: books.rows,
    ledgers,
    groups: groups as Groups,
    sameParty(a, b) {
      if (a === b || nameKey(a) === nameKey(b)) return true;
      const ledger = ledgers.resolve("Party", a);
      return ledger !== undefined && ledger === ledgers.resolve("Party", b);
    },
  };
}

/** Upper-cased, trimmed: how voucher and bill numbers are compared (as groupByVoucher does). */
export function numberKey(text: string): string {
  return text.trim().toUpperCase();
}

export const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === "";
