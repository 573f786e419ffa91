/**
 * What every rule reads: the books, the LedgerMap index, each table's rows grouped into vouchers
 * (built once, so no rule is O(n^2)), and the words each table uses for its voucher number.
 */
import { indexLedgerMap, nameKey, type LedgerMapIndex } from "../mapping";
import { OPS_TABLES, type OpsTable } from "../findings";
import { groupBooks, VOUCHER_NUMBER_OF, type BookGroups } from "../records/groups";
import { OPS_TABLE_DECLARATIONS } from "../records/ops-tables";
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

/** Each table's voucher number column and words, from its declaration. */
export const VOUCHER_NUMBERS = Object.fromEntries(
  OPS_TABLES.map((table) => {
    const { columns, vouchers } = OPS_TABLE_DECLARATIONS[table];
    const column = (columns as readonly { field: string; header: string }[]).find((c) => c.field === vouchers.numberField)!.header;
    return [table, { column, word: vouchers.word, gstDocument: vouchers.gstDocument, of: VOUCHER_NUMBER_OF[table] }];
  }),
) as unknown as { [T in OpsTable]: NumberSpec<RowOf<T>> };

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
