/**
 * What every rule reads: the books, the LedgerMap index, each table's rows grouped into vouchers
 * (built once, so no rule is O(n^2)), and the words each table uses for its voucher number.
 */
import { indexLedgerMap, nameKey, type LedgerMapIndex } from "../mapping";
import type { OpsTable } from "../findings";
import { groupBooks, VOUCHER_NUMBER_OF, type BookGroups } from "../records/groups";
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

const numberOf = VOUCHER_NUMBER_OF;

export const VOUCHER_NUMBERS: { [T in OpsTable]: NumberSpec<RowOf<T>> } = {
  Sales: { column: "Invoice No", word: "invoice", gstDocument: true, of: numberOf.Sales },
  Purchases: { column: "Voucher No", word: "purchase", gstDocument: false, of: numberOf.Purchases },
  Receipts: { column: "Receipt No", word: "receipt", gstDocument: false, of: numberOf.Receipts },
  Payments: { column: "Payment No", word: "payment", gstDocument: false, of: numberOf.Payments },
  Expenses: { column: "Voucher No", word: "expense voucher", gstDocument: false, of: numberOf.Expenses },
  Returns: { column: "Note No", word: "note", gstDocument: true, of: numberOf.Returns },
  StockMoves: { column: "Move No", word: "stock move", gstDocument: false, of: numberOf.StockMoves },
  Journals: { column: "Voucher No", word: "journal", gstDocument: false, of: numberOf.Journals },
};

export interface RuleContext {
  readonly books: Books;
  readonly settings: Settings;
  readonly rows: OpsRows;
  readonly ledgers: LedgerMapIndex;
  /** Each table's rows as vouchers (same number within one financial year). */
  readonly groups: BookGroups;
  /** Two workbook party names mean the same party: same words, or the same mapped Tally ledger. */
  sameParty(a: string, b: string): boolean;
}

/** `groups` are the books' own (groupBooks), when the caller has grouped them already. */
export function buildContext(books: Books, groups: BookGroups = groupBooks(books.rows)): RuleContext {
  const ledgers = indexLedgerMap(books.ledgerMap, books.settings);
  return {
    books,
    settings: books.settings,
    rows: books.rows,
    ledgers,
    groups,
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
